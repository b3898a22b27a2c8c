package org.chunfeng.intake.platform.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.chunfeng.intake.platform.PlatformImportResult.Outcome;
import org.chunfeng.intake.platform.internal.PlatformStore.Staging;
import org.chunfeng.logging.LogContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Takes a whole export in, in one call and one transaction: too many bad rows or a crash
 * roll it all back, and a restart reads the file again. Rows are read and checked on a
 * thread of their own, up to a chunk ahead, and sent to the database chunk by chunk as
 * they arrive, so that it stores one chunk while the next is read; rejected rows are
 * stored with the reason. Every row read is stored, found unchanged or rejected: nothing
 * is dropped unseen.
 *
 * <p>
 * A first import (nothing stored) sends its rows straight into platform_activity. A later
 * one first reads what is stored, when it fits in memory, and skips rows no newer than
 * that (the weekly re-import of a season is mostly such rows); the rest are upserted
 * chunk by chunk. Either way a row naming an activity the file named before is staged and
 * merged at the end by the newest-wins rule.
 */
class PlatformLoadTasklet implements Tasklet, ItemStream {

	/** The log file has the progress; the command line shows it on the terminal. */
	private static final Logger progress = LoggerFactory.getLogger(LogContext.PROGRESS_LOGGER);

	/** Rows of the file taken in, in the step's context. */
	static final String ROWS_KEY = "platform.rows";

	/** An export row takes at least this many bytes: sizes the filter of seen ids. */
	private static final int BYTES_PER_ROW = 128;

	private final long importId;

	private final String fileName;

	private final PlatformExportReader reader;

	private final PlatformRowValidator validator;

	private final PlatformStore store;

	private final ImportRecords records;

	private final int chunkSize;

	private final double refusalThreshold;

	private final long intervalNanos;

	private final long startedNanos = System.nanoTime();

	private long lastShownNanos = this.startedNanos;

	private ReadAhead<CheckedRow> rows;

	private SeenIds seen;

	/** Rows stored, found unchanged or rejected. */
	private long read;

	private long unchanged;

	private long rejected;

	PlatformLoadTasklet(long importId, String fileName, PlatformRowValidator validator, PlatformStore store,
			ImportRecords records, PlatformProperties properties) {
		this.importId = importId;
		this.fileName = fileName;
		this.reader = new PlatformExportReader(importId, records, properties);
		this.validator = validator;
		this.store = store;
		this.records = records;
		this.chunkSize = properties.chunkSize();
		this.refusalThreshold = properties.refusalThreshold();
		this.intervalNanos = properties.progressInterval().toNanos();
	}

	@Override
	public void open(ExecutionContext context) {
		if (context.getLong(ROWS_KEY, 0L) > 0) {
			// staged chunk by chunk by an earlier version: started again from the top
			this.store.clearStaging(this.importId);
			this.records.deleteRejections(this.importId);
		}
		this.reader.open();
		this.seen = new SeenIds(this.reader.size() / BYTES_PER_ROW);
		this.rows = new ReadAhead<>("read " + this.fileName, this.chunkSize, () -> {
			RawRow raw = this.reader.read();
			return (raw != null) ? this.validator.process(raw) : null;
		});
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		boolean first = this.store.beginImport();
		// a quarter of the heap at most, so that a CSV import stays within 256 MB
		StoredVersions stored = first ? null
				: this.store.storedVersions(Runtime.getRuntime().maxMemory() / 4).orElse(null);
		List<PlatformActivity> repeats = new ArrayList<>();
		boolean end = false;
		while (!end) {
			List<CheckedRow> bad = new ArrayList<>();
			int chunk = 0;
			long unchangedInChunk = 0;
			try (Staging rows = first ? this.store.activities(this.importId) : this.store.changes(this.importId)) {
				while (chunk < this.chunkSize) {
					CheckedRow row = this.rows.next();
					if (row == null) {
						end = true;
						break;
					}
					chunk++;
					if (row.isRejected()) {
						bad.add(row);
					}
					else if (stored != null && stored.holdsAtLeastAsNew(row.activityId(), row.activity().updatedAt())) {
						unchangedInChunk++;
					}
					else if (this.seen.add(row.activityId())) {
						rows.add(row.activity());
					}
					else {
						repeats.add(row.activity());
					}
				}
				rows.finish();
			}
			if (!repeats.isEmpty()) {
				try (Staging staging = this.store.staging(this.importId)) {
					repeats.forEach(staging::add);
					staging.finish();
				}
				repeats.clear();
			}
			account(contribution, chunk, bad, unchangedInChunk);
		}
		if (PlatformMergeTasklet.refused(this.read, this.rejected, this.refusalThreshold)) {
			// rolls back every row and rejection of the file; the service records why
			throw new ExportFormatException(PlatformMergeTasklet.refusal(this.records, this.importId, this.read,
					this.rejected, this.refusalThreshold), this.read, this.rejected);
		}
		if (this.seen.anyClaimed() || !first) {
			// repeated activities, and on H2 every row of a later import
			this.store.merge(this.importId);
			this.store.clearStaging(this.importId);
		}
		this.records.setRowsRead(this.importId, this.read);
		this.records.finish(this.importId, Outcome.LOADED, this.read - this.rejected, this.rejected, null);
		return RepeatStatus.FINISHED;
	}

	private void account(StepContribution contribution, int chunk, List<CheckedRow> bad, long unchangedInChunk) {
		if (!bad.isEmpty()) {
			this.records.reject(this.importId, this.fileName, bad);
		}
		for (int i = 0; i < chunk; i++) {
			contribution.incrementReadCount();
		}
		contribution.incrementWriteCount(chunk - bad.size() - unchangedInChunk);
		contribution.incrementFilterCount(bad.size() + unchangedInChunk);
		this.read += chunk;
		this.unchanged += unchangedInChunk;
		this.rejected += bad.size();
		showProgress();
	}

	@Override
	public void update(ExecutionContext context) {
		context.putLong(ROWS_KEY, this.read);
	}

	@Override
	public void close() {
		if (this.rows != null) {
			this.rows.close();
			this.rows = null;
		}
		this.reader.close();
	}

	private void showProgress() {
		long now = System.nanoTime();
		if (now - this.lastShownNanos >= this.intervalNanos) {
			this.lastShownNanos = now;
			double seconds = Math.max((now - this.startedNanos) / 1e9, 0.001);
			progress.info(String.format("%s: 已读取 %,d 行，%,.0f 行/秒，未变 %,d 行，拒绝 %,d 行", this.fileName, this.read,
					this.read / seconds, this.unchanged, this.rejected));
		}
	}

}
