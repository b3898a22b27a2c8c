package org.chunfeng.deliverable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One run of a deliverable (a Spring Batch job execution) as admins see it.
 *
 * @param id the job execution id
 * @param status Batch's status of the job execution, or ours where Batch's says too
 * little
 * @param reportFile the compiled workbook, relative to the work folder; null before
 * compile
 */
public record RunRecord(long id, String deliverable, LocalDate asOf, RunStatus status, Instant startedAt,
		Instant endedAt, String exitMessage, String requestedBy, String reportFile, List<Step> steps) {

	public RunRecord {
		steps = List.copyOf(steps);
	}

	/**
	 * A step of the run with its counts.
	 *
	 * @param status Batch's status of the step execution
	 */
	public record Step(String name, RunStatus status, long readCount, long writeCount, long skipCount,
			String exitMessage) {

	}

}
