package org.chunfeng.intake.platform.internal;

import java.util.List;
import java.util.Locale;

import org.chunfeng.intake.platform.PlatformImport;
import org.chunfeng.intake.platform.PlatformImportResult.Outcome;
import org.chunfeng.intake.platform.PlatformRejection;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Nothing to do when the load step took the whole file in, as it does since imports run
 * in one transaction. For an import that an earlier version staged chunk by chunk and
 * that was interrupted before its merge: accounts for every row read (staged + rejected =
 * read), then either refuses the file (too many bad rows: nothing of it kept) or merges
 * its staged rows, in one transaction.
 */
class PlatformMergeTasklet implements Tasklet {

	private static final int EXAMPLES = 3;

	private final long importId;

	private final PlatformStore store;

	private final ImportRecords records;

	private final double refusalThreshold;

	PlatformMergeTasklet(long importId, PlatformStore store, ImportRecords records, double refusalThreshold) {
		this.importId = importId;
		this.store = store;
		this.records = records;
		this.refusalThreshold = refusalThreshold;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		if (this.records.find(this.importId)
			.map((record) -> record.outcome() != PlatformImport.Outcome.RUNNING)
			.orElse(false)) {
			return RepeatStatus.FINISHED;
		}
		long read = this.records.rowsRead(this.importId);
		long staged = this.store.stagedCount(this.importId);
		long rejected = this.records.rejectedCount(this.importId);
		if (staged + rejected != read) {
			throw new IllegalStateException("platform import " + this.importId + " read " + read + " rows but staged "
					+ staged + " and rejected " + rejected);
		}
		if (refused(read, rejected, this.refusalThreshold)) {
			String reason = refusal(this.records, this.importId, read, rejected, this.refusalThreshold);
			this.store.clearStaging(this.importId);
			this.records.deleteRejections(this.importId);
			this.records.finish(this.importId, Outcome.REFUSED, 0, rejected, reason);
		}
		else {
			this.store.merge(this.importId);
			this.store.clearStaging(this.importId);
			this.records.finish(this.importId, Outcome.LOADED, staged, rejected, null);
		}
		return RepeatStatus.FINISHED;
	}

	/** More than the threshold's share of the rows read is bad. */
	static boolean refused(long read, long rejected, double threshold) {
		return read > 0 && rejected > threshold * read;
	}

	/**
	 * The reason names the share and the first problems, as the rejections are not kept.
	 */
	static String refusal(ImportRecords records, long importId, long read, long rejected, double threshold) {
		StringBuilder reason = new StringBuilder(
				String.format(Locale.ROOT, "%d 行中有 %d 行不合格（%.1f%%，超过 %s%%），可能不是平台活动导出格式，整个文件未导入", read, rejected,
						100.0 * rejected / read, percent(threshold)));
		List<PlatformRejection> examples = records.rejections(importId, EXAMPLES);
		for (int i = 0; i < Math.min(EXAMPLES, examples.size()); i++) {
			PlatformRejection example = examples.get(i);
			reason.append(i == 0 ? "。例如：" : "；")
				.append("第 ")
				.append(example.line())
				.append(" 行 ")
				.append(example.reason());
		}
		return (reason.length() > 1900) ? reason.substring(0, 1900) + "…" : reason.toString();
	}

	private static String percent(double share) {
		double percent = share * 100;
		return (percent == Math.rint(percent)) ? String.valueOf((long) percent) : String.valueOf(percent);
	}

}
