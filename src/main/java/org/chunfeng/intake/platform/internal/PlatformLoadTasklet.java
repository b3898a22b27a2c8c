package org.chunfeng.intake.platform.internal;

import java.util.ArrayList;
import java.util.List;

import org.chunfeng.intake.platform.internal.PlatformStore.Staging;
import org.chunfeng.logging.LogContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Stages up to chunk-size rows per call, each call one transaction. Rows are read and
 * checked on a thread of their own, a few batches ahead; valid ones go to the store as
 * they arrive, so that PostgreSQL stores them while the next ones are parsed, and
 * rejected ones are stored with the reason. The position in the file commits with the
 * rows, so a failed or killed import restarts after its last committed chunk. Every row
 * read is either staged or rejected: nothing is skipped.
 */
class PlatformLoadTasklet implements Tasklet, ItemStream, StepExecutionListener {

	/** The log file has the progress; the command line shows it on the terminal. */
	private static final Logger progress = LoggerFactory.getLogger(LogContext.PROGRESS_LOGGER);

	static final String ROWS_KEY = "platform.rows";

	private final long importId;

	private final String fileName;

	private final PlatformExportReader reader;

	private final PlatformRowValidator validator;

	private final PlatformStore store;

	private final ImportRecords records;

	private final int chunkSize;

	private final long intervalNanos;

	private final long startedNanos = System.nanoTime();

	private long lastShownNanos = this.startedNanos;

	private ReadAhead<CheckedRow> rows;

	/** Rows an earlier attempt committed, skipped by this one. */
	private long skipped;

	/** Rows this attempt staged or rejected. */
	private long rowsThisAttempt;

	private long rejectedThisAttempt;

	PlatformLoadTasklet(long importId, String fileName, PlatformRowValidator validator, PlatformStore store,
			ImportRecords records, PlatformProperties properties) {
		this.importId = importId;
		this.fileName = fileName;
		this.reader = new PlatformExportReader(importId, records, store, properties);
		this.validator = validator;
		this.store = store;
		this.records = records;
		this.chunkSize = properties.chunkSize();
		this.intervalNanos = properties.progressInterval().toNanos();
	}

	@Override
	public void open(ExecutionContext context) {
		this.skipped = this.reader.open(context.getLong(ROWS_KEY, 0L));
		this.rows = new ReadAhead<>("read " + this.fileName, () -> {
			RawRow raw = this.reader.read();
			return (raw != null) ? this.validator.process(raw) : null;
		});
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		List<CheckedRow> bad = new ArrayList<>();
		int read = 0;
		boolean end = false;
		try (Staging staging = this.store.staging(this.importId)) {
			while (read < this.chunkSize) {
				CheckedRow row = this.rows.next();
				if (row == null) {
					end = true;
					break;
				}
				read++;
				if (row.isRejected()) {
					bad.add(row);
				}
				else {
					staging.add(row.activity());
				}
			}
			staging.finish();
		}
		if (!bad.isEmpty()) {
			this.records.reject(this.importId, this.fileName, bad);
		}
		for (int i = 0; i < read; i++) {
			contribution.incrementReadCount();
		}
		contribution.incrementWriteCount(read - bad.size());
		contribution.incrementFilterCount(bad.size());
		// only committed with this chunk: a rolled-back chunk's rows are read again
		this.rowsThisAttempt += read;
		this.rejectedThisAttempt += bad.size();
		showProgress();
		return end ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
	}

	@Override
	public void update(ExecutionContext context) {
		context.putLong(ROWS_KEY, position());
	}

	@Override
	public void close() {
		if (this.rows != null) {
			this.rows.close();
			this.rows = null;
		}
		this.reader.close();
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (!stepExecution.getStatus().isUnsuccessful()) {
			this.records.setRowsRead(this.importId, position());
		}
		return null;
	}

	/** Rows of the file staged or rejected, by this attempt and the earlier ones. */
	private long position() {
		return this.skipped + this.rowsThisAttempt;
	}

	private void showProgress() {
		long now = System.nanoTime();
		if (now - this.lastShownNanos >= this.intervalNanos) {
			this.lastShownNanos = now;
			double seconds = Math.max((now - this.startedNanos) / 1e9, 0.001);
			progress.info(String.format("%s: 已读取 %,d 行，%,.0f 行/秒，拒绝 %,d 行", this.fileName, this.rowsThisAttempt,
					this.rowsThisAttempt / seconds, this.rejectedThisAttempt));
		}
	}

}
