package org.chunfeng.audit;

import java.time.Instant;

/**
 * One line of the audit log.
 *
 * @param user the user name, or 命令行 / 定时任务 for runs they started
 * @param address the client's address (logins and web actions); null otherwise
 * @param action LOGIN, LOGOUT, DENIED, RUN, RESTART, PAUSE, RESUME, UPLOAD_CITY,
 * UPLOAD_PLATFORM, ...
 * @param outcome an action's outcome, or a run's end status (COMPLETED, FAILED, STOPPED,
 * ...)
 * @param runId the run's number, for runs
 */
public record AuditEntry(long id, Instant at, String user, String address, String action, String target, String detail,
		AuditOutcome outcome, Long runId) {

}
