package org.chunfeng.intake.platform.internal;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stages a chunk's valid rows and stores its rejected ones, in the chunk's transaction,
 * and shows progress on the console.
 */
class PlatformStagingWriter implements ItemWriter<CheckedRow> {

	private final long importId;

	private final String fileName;

	private final PlatformStore store;

	private final ImportRecords records;

	private final PrintStream console;

	private final long intervalNanos;

	private final long startedNanos = System.nanoTime();

	private long lastShownNanos = this.startedNanos;

	private long rows;

	private long rejected;

	PlatformStagingWriter(long importId, String fileName, PlatformStore store, ImportRecords records,
			PrintStream console, Duration interval) {
		this.importId = importId;
		this.fileName = fileName;
		this.store = store;
		this.records = records;
		this.console = console;
		this.intervalNanos = interval.toNanos();
	}

	@Override
	public void write(Chunk<? extends CheckedRow> chunk) {
		List<PlatformActivity> valid = new ArrayList<>(chunk.size());
		List<CheckedRow> bad = new ArrayList<>();
		for (CheckedRow row : chunk) {
			if (row.isRejected()) {
				bad.add(row);
			}
			else {
				valid.add(row.activity());
			}
		}
		this.store.stage(this.importId, valid);
		if (!bad.isEmpty()) {
			this.records.reject(this.importId, this.fileName, bad);
		}
		this.rows += chunk.size();
		this.rejected += bad.size();
		long now = System.nanoTime();
		if (now - this.lastShownNanos >= this.intervalNanos) {
			this.lastShownNanos = now;
			double seconds = Math.max((now - this.startedNanos) / 1e9, 0.001);
			this.console.printf("  %s: 已读取 %,d 行，%,.0f 行/秒，拒绝 %,d 行%n", this.fileName, this.rows, this.rows / seconds,
					this.rejected);
		}
	}

}
