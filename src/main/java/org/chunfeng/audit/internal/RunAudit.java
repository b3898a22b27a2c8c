package org.chunfeng.audit.internal;

import org.chunfeng.audit.Actors;
import org.chunfeng.audit.AuditLog;
import org.chunfeng.audit.AuditOutcome;
import org.chunfeng.deliverable.RunApproved;
import org.chunfeng.deliverable.RunEnded;
import org.chunfeng.deliverable.RunStatus;
import org.chunfeng.deliverable.RunWording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every run in the audit log when it ends, with its actor, its number and its real
 * outcome, wherever it was started (console, API, command line, scheduler).
 */
@Component
class RunAudit {

	private static final Logger logger = LoggerFactory.getLogger(RunAudit.class);

	private final AuditLog audit;

	RunAudit(AuditLog audit) {
		this.audit = audit;
	}

	/** An approval of a run's draft, with who and when (SPEC §5.5). */
	@EventListener
	void approved(RunApproved approval) {
		String detail = "运行 #" + approval.runId() + "，截至 " + approval.asOf() + "，"
				+ (approval.edited() ? "上传修改后的报告稿并审核通过" : "报告稿审核通过") + "，随即发送";
		try {
			this.audit.record(Actors.of(approval.approvedBy()), null, "APPROVE", approval.deliverable(), detail,
					AuditOutcome.OK, approval.runId());
		}
		catch (RuntimeException ex) {
			logger.error("cannot write the audit line of the approval of run {}", approval.runId(), ex);
		}
	}

	@EventListener
	void ended(RunEnded run) {
		StringBuilder detail = new StringBuilder("运行 #").append(run.runId()).append("，截至 ").append(run.asOf());
		if (run.forced()) {
			detail.append("，强制重新生成");
		}
		if (!run.sendMail()) {
			detail.append("，不发邮件");
		}
		if (run.restart()) {
			detail.append("，重新运行");
		}
		if (run.status() == RunStatus.AWAITING_APPROVAL) {
			detail.append("。报告稿已发送审核，审核通过后才发送给领导");
		}
		else if (run.status() != RunStatus.COMPLETED) {
			// the sentence only: the audit log is open to viewers; the detail is in the
			// log
			// and on the run's page for admins
			detail.append("。").append(RunWording.failure(run.failedStep()));
		}
		try {
			this.audit.record(Actors.of(run.requestedBy()), null, "RUN", run.deliverable(), detail.toString(),
					AuditOutcome.of(run.status()), run.runId());
		}
		catch (RuntimeException ex) {
			// the run's own outcome stands; only its audit line is missing
			logger.error("cannot write the audit line of run {}", run.runId(), ex);
		}
	}

}
