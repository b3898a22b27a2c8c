package org.chunfeng.schedule;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What became of one scheduler firing.
 *
 * @param outcome COMPLETED, FAILED or MISSED
 * @param runId the deliverable run it started, if any
 */
public record FiringRecord(long id, String deliverable, String trigger, LocalDate asOf, Instant scheduledAt,
		Instant firedAt, Instant deadline, String outcome, Long runId, String message) {

}
