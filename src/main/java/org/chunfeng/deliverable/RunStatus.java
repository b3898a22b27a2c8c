package org.chunfeng.deliverable;

import org.springframework.batch.core.BatchStatus;

/**
 * A run's status as admins see it: Spring Batch's status of its job execution, by the
 * same name, or one of ours where Batch's would say too little. A step has Batch's only.
 */
public enum RunStatus {

	COMPLETED, STARTING, STARTED, STOPPING, STOPPED, FAILED, ABANDONED, UNKNOWN,

	/**
	 * Completed, but a recipient was permanently rejected (e.g. SMTP 550): not fully
	 * sent, and retrying would not change it. Exit 1 on the command line.
	 */
	COMPLETED_WITH_FAILURES,

	/**
	 * Left STARTED by a JVM that is gone: waiting to be taken over (by {@code serve}
	 * within two minutes, or by {@code run} or {@code restart}).
	 */
	INTERRUPTED,

	/**
	 * Its draft went to the reviewers; the report waits for an admin's approval (SPEC
	 * §5.5). Shown as 待审核.
	 */
	AWAITING_APPROVAL,

	/**
	 * Approved; the report is being sent (or its sending failed and a restart sends it).
	 */
	APPROVED;

	/** Batch's status as ours. */
	public static RunStatus of(BatchStatus status) {
		return valueOf(status.name());
	}

}
