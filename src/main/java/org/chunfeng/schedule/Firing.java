package org.chunfeng.schedule;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * One scheduled firing of a deliverable, in the campaign's time zone.
 *
 * @param deliverable the deliverable id
 * @param anchorDate the weekly due date or deadline the firing belongs to
 * @param asOf the report's as-of date
 * @param at when it fires
 * @param deadline when the deliverable must be out by; a firing not done by then is
 * missed
 * @param alertAt when the admins are alerted if it is still not sent
 * @param repeat a further time of the same anchor date (the 16:00 reminder): it sends
 * again even though the as-of date already completed
 */
public record Firing(String deliverable, LocalDate anchorDate, LocalDate asOf, ZonedDateTime at, ZonedDateTime deadline,
		ZonedDateTime alertAt, boolean repeat) {

	/** A stable name, unique per deliverable: {@code 20240222-1830}. */
	public String key() {
		return String.format("%04d%02d%02d-%02d%02d", this.at.getYear(), this.at.getMonthValue(),
				this.at.getDayOfMonth(), this.at.getHour(), this.at.getMinute());
	}

}
