package org.chunfeng.deliverable;

import java.util.List;

/**
 * A message of a run as the JSON summary lists it (SPEC §5.3).
 *
 * @param kind REPORT, DISCREPANCY, REFUSAL, REMINDER, DRAFT or ALERT
 * @param city the city a city message is for; null for the others
 * @param status PENDING, SENT or FAILED from the outbox; NOT_SENT for a {@code --no-mail}
 * run, which lists what it would have sent
 * @param lastError why it failed, or null
 */
public record RunMail(List<String> to, String subject, String kind, String city, String status, String lastError) {

	public RunMail {
		to = List.copyOf(to);
	}

}
