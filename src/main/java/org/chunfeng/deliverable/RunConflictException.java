package org.chunfeng.deliverable;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A run that cannot start or restart now: the same report is running (in this or another
 * live instance), the run already completed, or its report has been completed by another
 * run since. The message is one Chinese sentence naming the run in the way, for the
 * command line, the console and the API (409).
 */
public class RunConflictException extends IllegalStateException {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final DateTimeFormatter DONE_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

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

	/**
	 * A failed run whose (deliverable, as-of) another run has completed (and sent) since:
	 * restarting it would compile and send the report again.
	 */
	public static RunConflictException completedSince(long runId, String deliverable, LocalDate asOf, long doneBy,
			LocalDateTime doneAt) {
		return new RunConflictException(doneBy, "运行 #" + runId + " 不能重新运行：" + deliverable + "（截至 " + asOf + "）已由运行 #"
				+ doneBy + " 于 " + ((doneAt != null) ? DONE_AT.format(doneAt) : "此后") + " 完成，重新运行会再次编制和发送");
	}

	/**
	 * A run whose draft waits for approval is not restarted: it would only wait again.
	 */
	public static RunConflictException awaitingApproval(long runId) {
		return new RunConflictException(runId,
				"运行 #" + runId + " 的报告稿正在等待审核，审核通过后才会发送：请在控制台该运行的页面点“审核通过”，或运行 chunfeng approve " + runId);
	}

	/** Only a run whose draft waits for approval can be approved. */
	public static RunConflictException notAwaitingApproval(long runId, String why) {
		return new RunConflictException(runId, "运行 #" + runId + " 没有待审核的报告稿：" + why);
	}

	/** Approved already (by someone else a moment before, perhaps). */
	public static RunConflictException alreadyApproved(long runId, String by, LocalDateTime at) {
		return new RunConflictException(runId, "运行 #" + runId + " 的报告稿已于 " + ((at != null) ? DONE_AT.format(at) : "此前")
				+ " 由" + ("cli".equals(by) ? "命令行" : " " + by + " ") + "审核通过，不能再次审核");
	}

	/** The run in the way. */
	public long runId() {
		return this.runId;
	}

}
