package org.chunfeng.schedule;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * An alert to the admins about a deliverable that is not out.
 *
 * @param kind AT_RISK: still unsent shortly before its deadline; MISSED: its deadline
 * passed before it could run
 */
public record Alert(String deliverable, LocalDate asOf, Kind kind, ZonedDateTime deadline, String subject,
		String body) {

	public enum Kind {

		AT_RISK, MISSED

	}

}
