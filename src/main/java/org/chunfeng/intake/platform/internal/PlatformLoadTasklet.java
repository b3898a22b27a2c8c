package org.chunfeng.intake.platform.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.chunfeng.intake.platform.PlatformImportResult.Outcome;
import org.chunfeng.intake.platform.internal.PlatformStore.Staging;

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
 * Takes an export's rows in. Rows are read and checked on a thread of their own, a few
 * batches ahead, and valid ones go to the database as they arrive, so that it stores them
 * while the next ones are parsed; rejected ones are stored with the reason. Every row
 * read is stored, found unchanged or rejected: nothing is skipped unseen.
 *
 * <p>
 * A first import (nothing stored yet) loads the whole file straight into
 * platform_activity in one call, one transaction: too many bad rows or a crash roll it
 * all back, and a restart reads the file again. Any other import stages up to chunk-size
 * rows per call, each call one transaction, for the merge step; the position in the file
 * commits with the rows, so a failed or killed import restarts after its last committed
 * chunk. Rows no newer than the stored activity are not staged at all.
 */
class PlatformLoadTasklet implements Tasklet, ItemStream, StepExecutionListener {

	static final String ROWS_KEY = "platform.rows";

	/**
	 * Rows found no newer than what is stored, in the step's and then the job's context.
	 */
	static final String UNCHANGED_KEY = "platform.unchanged";

	/** In the job's context: whether the staged rows may name an activity twice. */
	static final String REPEATS_KEY = "platform.repeats";

	/** A CSV row takes at least this many bytes: sizes the filter of seen ids. */
	private static final int BYTES_PER_ROW = 128;

	private final long importId;

	private final String fileName;

	private final PlatformExportReader reader;

	private final PlatformRowValidator validator;

	private final PlatformStore store;

	private final ImportRecords records;

	private final int chunkSize;

	private final double refusalThreshold;

	private final PrintStream console;

	private final long intervalNanos;

	private final long startedNanos = System.nanoTime();

	private long lastShownNanos = this.startedNanos;

	private ReadAhead<CheckedRow> rows;

	private SeenIds seen;

	/** The stored versions, on a re-import when they fit in memory; else null. */
	private StoredVersions stored;

	private boolean started;

	/** Rows an earlier attempt committed, skipped by this one. */
	private long skipped;

	/** Of those, rows found unchanged. */
	private long unchangedBefore;

	/** Rows this attempt staged, found unchanged or rejected. */
	private long rowsThisAttempt;

	private long unchangedThisAttempt;

	private long rejectedThisAttempt;

	PlatformLoadTasklet(long importId, String fileName, PlatformRowValidator validator, PlatformStore store,
			ImportRecords records, PlatformProperties properties, PrintStream console) {
		this.importId = importId;
		this.fileName = fileName;
		this.reader = new PlatformExportReader(importId, records, store, properties);
		this.validator = validator;
		this.store = store;
		this.records = records;
		this.chunkSize = properties.chunkSize();
		this.refusalThreshold = properties.refusalThreshold();
		this.console = console;
		this.intervalNanos = properties.progressInterval().toNanos();
	}

	@Override
	public void open(ExecutionContext context) {
		long done = context.getLong(ROWS_KEY, 0L);
		this.unchangedBefore = context.getLong(UNCHANGED_KEY, 0L);
		this.skipped = this.reader.open(done, this.unchangedBefore);
		if (this.skipped == 0) {
			this.unchangedBefore = 0;
		}
		this.seen = new SeenIds(this.reader.size() / BYTES_PER_ROW);
		this.rows = new ReadAhead<>("read " + this.fileName, () -> {
			RawRow raw = this.reader.read();
			return (raw != null) ? this.validator.process(raw) : null;
		});
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		if (!this.started) {
			this.started = true;
			if (this.skipped == 0 && this.store.beginFirstImport()) {
				loadWholeFile(contribution);
				return RepeatStatus.FINISHED;
			}
			// a quarter of the heap at most, so that a CSV import stays within 256 MB
			this.stored = this.store.storedVersions(Runtime.getRuntime().maxMemory() / 4).orElse(null);
		}
		return stageChunk(contribution) ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
	}

	/**
	 * A first import: every chunk straight into platform_activity, except rows naming an
	 * activity the file named before, which are staged and merged at the end by the
	 * newest-wins rule. Refused or loaded before this transaction commits.
	 */
	private void loadWholeFile(StepContribution contribution) throws IOException {
		List<PlatformActivity> repeats = new ArrayList<>();
		boolean end = false;
		while (!end) {
			List<CheckedRow> bad = new ArrayList<>();
			int read = 0;
			try (Staging activities = this.store.activities(this.importId)) {
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
					else if (this.seen.add(row.activityId())) {
						activities.add(row.activity());
					}
					else {
						repeats.add(row.activity());
					}
				}
				activities.finish();
			}
			if (!repeats.isEmpty()) {
				try (Staging staging = this.store.staging(this.importId)) {
					repeats.forEach(staging::add);
					staging.finish();
				}
				repeats.clear();
			}
			account(contribution, read, bad, 0);
		}
		long read = position();
		if (PlatformMergeTasklet.refused(read, this.rejectedThisAttempt, this.refusalThreshold)) {
			// rolls back every row and rejection of the file; the service records why
			throw new ExportFormatException(PlatformMergeTasklet.refusal(this.records, this.importId, read,
					this.rejectedThisAttempt, this.refusalThreshold));
		}
		if (this.seen.anyClaimed()) {
			this.store.merge(this.importId, true);
			this.store.clearStaging(this.importId);
		}
		this.records.setRowsRead(this.importId, read);
		this.records.finish(this.importId, Outcome.LOADED, read - this.rejectedThisAttempt, this.rejectedThisAttempt,
				null);
	}

	/** Stages up to chunk-size rows; true at the end of the file. */
	private boolean stageChunk(StepContribution contribution) throws IOException {
		List<CheckedRow> bad = new ArrayList<>();
		int read = 0;
		long unchanged = 0;
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
					continue;
				}
				if (this.stored != null
						&& this.stored.holdsAtLeastAsNew(row.activityId(), row.activity().updatedAt())) {
					unchanged++;
				}
				else {
					this.seen.add(row.activityId());
					staging.add(row.activity());
				}
			}
			staging.finish();
		}
		account(contribution, read, bad, unchanged);
		return end;
	}

	private void account(StepContribution contribution, int read, List<CheckedRow> bad, long unchanged) {
		if (!bad.isEmpty()) {
			this.records.reject(this.importId, this.fileName, bad);
		}
		for (int i = 0; i < read; i++) {
			contribution.incrementReadCount();
		}
		contribution.incrementWriteCount(read - bad.size() - unchanged);
		contribution.incrementFilterCount(bad.size() + unchanged);
		// only committed with this chunk: a rolled-back chunk's rows are read again
		this.rowsThisAttempt += read;
		this.unchangedThisAttempt += unchanged;
		this.rejectedThisAttempt += bad.size();
		showProgress();
	}

	@Override
	public void update(ExecutionContext context) {
		context.putLong(ROWS_KEY, position());
		context.putLong(UNCHANGED_KEY, this.unchangedBefore + this.unchangedThisAttempt);
	}

	@Override
	public void close() {
		if (this.rows != null) {
			this.rows.close();
			this.rows = null;
		}
		this.reader.close();
		this.stored = null;
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (!stepExecution.getStatus().isUnsuccessful()) {
			this.records.setRowsRead(this.importId, position());
			// for the merge step; rows staged by an earlier attempt were not seen by this
			// one
			ExecutionContext job = stepExecution.getJobExecution().getExecutionContext();
			job.putLong(UNCHANGED_KEY, this.unchangedBefore + this.unchangedThisAttempt);
			job.put(REPEATS_KEY, this.skipped > 0 || this.seen.anyClaimed());
		}
		return null;
	}

	/**
	 * Rows of the file stored, found unchanged or rejected, by this attempt and the
	 * earlier ones.
	 */
	private long position() {
		return this.skipped + this.rowsThisAttempt;
	}

	private void showProgress() {
		long now = System.nanoTime();
		if (now - this.lastShownNanos >= this.intervalNanos) {
			this.lastShownNanos = now;
			double seconds = Math.max((now - this.startedNanos) / 1e9, 0.001);
			this.console.printf("  %s: 已读取 %,d 行，%,.0f 行/秒，拒绝 %,d 行%n", this.fileName, this.rowsThisAttempt,
					this.rowsThisAttempt / seconds, this.rejectedThisAttempt);
		}
	}

}
