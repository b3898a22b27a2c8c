package org.chunfeng.deliverable;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A run that cannot start or restart now: the same report is running (in this or another
 * live instance), or the run already completed. The message is one Chinese sentence for
 * the command line, the console and the API (409).
 */
public class RunConflictException extends IllegalStateException {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final long runId;

	private RunConflictException(long runId, String message) {
		super(message);
		this.runId = runId;
	}

	/** The same (deliverable, as-of) is running in a live instance. */
	public static RunConflictException alreadyRunning(long runId, LocalDateTime startedAt) {
		return new RunConflictException(runId, "已有同一报表正在运行（运行 #" + runId + "，开始于 "
				+ ((startedAt != null) ? SHOWN.format(startedAt) : "刚才") + "），请稍后查看 `status`");
	}

	/** A completed run has no failed step to restart from. */
	public static RunConflictException alreadyDone(long runId) {
		return new RunConflictException(runId,
				"运行 #" + runId + " 已完成，没有可重跑的步骤；如需重新发送，请用 `run <报表> --as-of <日期> --force`");
	}

	/** The run in the way. */
	public long runId() {
		return this.runId;
	}

}
