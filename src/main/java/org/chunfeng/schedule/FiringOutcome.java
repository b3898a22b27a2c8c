package org.chunfeng.schedule;

import org.chunfeng.deliverable.RunStatus;

/** What became of one scheduler firing. */
public enum FiringOutcome {

	/** The run completed: the deliverable is out. */
	COMPLETED,

	/**
	 * The run completed, but a recipient was rejected for good: not retried, the admins
	 * were alerted.
	 */
	COMPLETED_WITH_FAILURES,

	/** The run sent its draft and waits for an admin's approval: not retried. */
	AWAITING_APPROVAL,

	/** The run failed, or could not start: retried while time is left. */
	FAILED,

	/** The run was running in another instance: looked at again later. */
	ALREADY_RUNNING,

	/** Its deadline passed before it could run. */
	MISSED;

	/** What a run that the firing started and that ended so means for the firing. */
	public static FiringOutcome of(RunStatus status) {
		return switch (status) {
			case COMPLETED -> COMPLETED;
			case COMPLETED_WITH_FAILURES -> COMPLETED_WITH_FAILURES;
			case AWAITING_APPROVAL -> AWAITING_APPROVAL;
			default -> FAILED;
		};
	}

}
