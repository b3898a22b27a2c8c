package org.chunfeng.deliverable;

import java.time.LocalDate;

/**
 * Published when a run of a deliverable has ended, whoever started it (the console, the
 * command line, the scheduler, a restart).
 *
 * @param runId the run's number (the job execution id)
 * @param status how it ended: COMPLETED, FAILED, STOPPED, AWAITING_APPROVAL, ...
 * @param requestedBy who asked: "cli", "scheduler", "demo", or a user name
 * @param failedStep the step that failed; null when none did
 * @param exitMessage the failure's first line; null when none
 * @param restart a restart of an earlier run of the same (deliverable, as-of)
 */
public record RunEnded(long runId, String deliverable, LocalDate asOf, RunStatus status, String requestedBy,
		boolean forced, boolean sendMail, boolean restart, String failedStep, String exitMessage) {

}
