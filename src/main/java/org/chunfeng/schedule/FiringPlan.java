package org.chunfeng.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.chunfeng.campaign.CampaignCalendar;
import org.chunfeng.deliverable.Deliverable;

/**
 * Turns a deliverable's schedule (jobs/*.yml) and a campaign calendar into its firings.
 * Pure: everything comes from the two arguments.
 */
public final class FiringPlan {

	private FiringPlan() {
	}

	/** Every firing of the deliverables over the campaign, in time order. */
	public static List<Firing> of(List<Deliverable> deliverables, CampaignCalendar campaign) {
		List<Firing> firings = new ArrayList<>();
		for (Deliverable deliverable : deliverables) {
			firings.addAll(of(deliverable, campaign));
		}
		firings.sort(Comparator.comparing(Firing::at).thenComparing(Firing::deliverable));
		return List.copyOf(firings);
	}

	/**
	 * The firings of one deliverable: on each anchor date (moved back by the lead days,
	 * and further back off non-working days), at each configured time, before the
	 * deadline time of the anchor date.
	 */
	public static List<Firing> of(Deliverable deliverable, CampaignCalendar campaign) {
		Deliverable.Schedule schedule = deliverable.schedule();
		List<Firing> firings = new ArrayList<>();
		for (LocalDate anchor : deliverable.anchorDates(campaign)) {
			ZonedDateTime deadline = anchor.atTime(schedule.deadlineTime()).atZone(campaign.zone());
			ZonedDateTime alertAt = deadline.minus(schedule.alertMargin());
			LocalDate day = fireDay(anchor, schedule.leadDays(), campaign);
			List<LocalTime> times = schedule.times().stream().sorted().toList();
			boolean first = true;
			for (LocalTime time : times) {
				ZonedDateTime at = day.atTime(time).atZone(campaign.zone());
				if (at.isBefore(deadline)) {
					firings.add(new Firing(deliverable.id(), anchor, deliverable.asOfFor(anchor, campaign), at,
							deadline, alertAt, !first));
					first = false;
				}
			}
		}
		return List.copyOf(firings);
	}

	private static LocalDate fireDay(LocalDate anchor, int leadDays, CampaignCalendar campaign) {
		LocalDate day = anchor.minusDays(leadDays);
		// sent ahead of a deadline: on the last working day before it, never after
		while (leadDays > 0 && !campaign.isWorkingDay(day)) {
			day = day.minusDays(1);
		}
		return day;
	}

}
