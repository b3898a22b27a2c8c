package org.chunfeng.cli;

import org.chunfeng.deliverable.RunRecord;

/** One line on stderr for a run that did not complete cleanly. */
final class RunOutcomes {

	private RunOutcomes() {
	}

	static String failureLine(RunRecord run) {
		String reason = (run.exitMessage() != null) ? run.exitMessage().replaceAll("\\s*\\R\\s*", " ") : "";
		if (RunRecord.COMPLETED_WITH_FAILURES.equals(run.status())) {
			return "运行 #" + run.id() + " 已完成，但有收件人被拒收（部分发送失败，已通知管理员）: " + reason;
		}
		return "错误: 运行 " + run.id() + " " + run.status() + ": " + reason;
	}

}
