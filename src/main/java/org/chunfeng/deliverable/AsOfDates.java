package org.chunfeng.deliverable;

import java.time.LocalDate;
import java.util.Optional;

import org.chunfeng.campaign.CampaignCalendar;

/**
 * The as-of dates a report may have (SPEC §4.1): from the campaign's start to its end,
 * plus the final summary's due date. Anything else is bad usage.
 */
public final class AsOfDates {

	private AsOfDates() {
	}

	/**
	 * The last as-of date allowed: the later of the window's end and the final due date.
	 */
	public static LocalDate last(CampaignCalendar campaign) {
		LocalDate finalDue = campaign.deadlines().get("final");
		return (finalDue != null && finalDue.isAfter(campaign.windowEnd())) ? finalDue : campaign.windowEnd();
	}

	/**
	 * Why {@code asOf} is refused, one Chinese line naming the window; empty when
	 * allowed.
	 */
	public static Optional<String> problem(LocalDate asOf, CampaignCalendar campaign) {
		if (!asOf.isBefore(campaign.windowStart()) && !asOf.isAfter(last(campaign))) {
			return Optional.empty();
		}
		return Optional.of("截至日期 " + asOf + " 不在" + campaign.name() + "期间：可用的日期为 " + campaign.windowStart() + " 至 "
				+ last(campaign) + "（活动期 " + campaign.windowStart() + " 至 " + campaign.windowEnd() + "，另加整体总结截止日）");
	}

}
