package org.chunfeng.audit;

import org.chunfeng.deliverable.RunStatus;

/**
 * How what an audit line records turned out: an action's outcome, or how a run ended (a
 * run's status, by the same name).
 */
public enum AuditOutcome {

	OK,

	/** Could not be done: an error. */
	FAILED,

	/** Asked wrongly or cannot be done now (a refused file, a run already running). */
	REFUSED,

	/** A login refused after too many failures. */
	THROTTLED,

	/** A request without the right to it. */
	DENIED,

	/** Started in the background; the run's own line says how it ended. */
	SUBMITTED,

	/** A file with the same bytes as one imported before. */
	DUPLICATE,

	/** A run asked for whose (deliverable, as-of) was completed before: not run again. */
	ALREADY_DONE,

	// how a run ended, as RunStatus names it
	COMPLETED, STARTING, STARTED, STOPPING, STOPPED, ABANDONED, UNKNOWN, COMPLETED_WITH_FAILURES, INTERRUPTED,
	AWAITING_APPROVAL, APPROVED;

	/** How a run ended, as its audit line says it. */
	public static AuditOutcome of(RunStatus status) {
		return valueOf(status.name());
	}

}
