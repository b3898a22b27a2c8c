package org.chunfeng.schedule;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What became of one scheduler firing.
 *
 * @param runId the deliverable run it started, if any
 */
public record FiringRecord(long id, String deliverable, String trigger, LocalDate asOf, Instant scheduledAt,
		Instant firedAt, Instant deadline, FiringOutcome outcome, Long runId, String message) {

}
