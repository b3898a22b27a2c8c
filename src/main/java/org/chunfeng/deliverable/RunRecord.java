package org.chunfeng.deliverable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One run of a deliverable (a Spring Batch job execution) as admins see it.
 *
 * @param id the job execution id
 * @param status COMPLETED, {@value #COMPLETED_WITH_FAILURES}, FAILED, STARTED,
 * {@value #INTERRUPTED}, {@value #AWAITING_APPROVAL}, {@value #APPROVED}, STOPPED, ...
 * @param reportFile the compiled workbook, relative to the work folder; null before
 * compile
 */
public record RunRecord(long id, String deliverable, LocalDate asOf, String status, Instant startedAt, Instant endedAt,
		String exitMessage, String requestedBy, String reportFile, List<Step> steps) {

	/**
	 * Completed, but a recipient was permanently rejected (e.g. SMTP 550): not fully
	 * sent, and retrying would not change it. Exit 1 on the command line.
	 */
	public static final String COMPLETED_WITH_FAILURES = "COMPLETED_WITH_FAILURES";

	/**
	 * Left STARTED by a JVM that is gone: waiting to be taken over (by {@code serve}
	 * within two minutes, or by {@code run} or {@code restart}).
	 */
	public static final String INTERRUPTED = "INTERRUPTED";

	/**
	 * Its draft went to the reviewers; the report waits for an admin's approval (SPEC
	 * §5.5). Shown as 待审核.
	 */
	public static final String AWAITING_APPROVAL = "AWAITING_APPROVAL";

	/**
	 * Approved; the report is being sent (or its sending failed and a restart sends it).
	 */
	public static final String APPROVED = "APPROVED";

	public RunRecord {
		steps = List.copyOf(steps);
	}

	/** A step of the run with its counts. */
	public record Step(String name, String status, long readCount, long writeCount, long skipCount,
			String exitMessage) {

	}

}
