package org.chunfeng.cli;

import org.chunfeng.deliverable.RunRecord;
import org.chunfeng.deliverable.RunStatus;
import org.chunfeng.deliverable.RunWording;

/** One line on stderr for a run that did not complete cleanly. */
final class RunOutcomes {

	private RunOutcomes() {
	}

	/**
	 * The run did what it should: completed, or sent its draft and waits for approval
	 * (SPEC §5.5).
	 */
	static boolean succeeded(RunRecord run) {
		return run.status() == RunStatus.COMPLETED || run.status() == RunStatus.AWAITING_APPROVAL;
	}

	/** What an admin does next with a run whose draft waits for approval. */
	static String awaitingLine(RunRecord run) {
		return "报告稿已发送审核（运行 #" + run.id() + "），审核通过后才发送给领导：chunfeng approve " + run.id() + "（上传修改稿：chunfeng approve "
				+ run.id() + " --docx 修改后的报告稿.docx），或在控制台该运行的页面点“审核通过”";
	}

	static String failureLine(RunRecord run) {
		String reason = (run.exitMessage() != null) ? run.exitMessage().replaceAll("\\s*\\R\\s*", " ") : "";
		if (run.status() == RunStatus.COMPLETED_WITH_FAILURES) {
			return "运行 #" + run.id() + " 已完成，但有收件人被拒收（部分发送失败，已通知管理员）: " + reason;
		}
		return "错误: 运行 " + run.id() + " " + RunWording.status(run.status()) + ": " + reason;
	}

}
