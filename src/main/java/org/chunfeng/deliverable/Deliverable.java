package org.chunfeng.deliverable;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.chunfeng.campaign.CampaignCalendar;
import org.chunfeng.report.DraftOutline;

/**
 * One scheduled deliverable, as described by its file in {@code jobs/}: what it is, as of
 * which date, which sheets, to whom, and when it fires.
 *
 * @param id weekly, reminder, phase1, phase2 or final
 * @param subject mail subject; {@code {asOf}} and {@code {dueDate}} become Chinese dates
 * @param asOf how the as-of date follows from the firing
 * @param sheets report sheets by their Chinese names, in order
 * @param recipients recipient groups from the configuration
 * @param cityNotices whether each city with discrepancies gets its own notice
 * @param signOff the report waits for an admin's approval: its draft goes to
 * {@code signOffTo} first (SPEC §5.5)
 * @param signOffTo the recipient groups of the draft
 * @param draft the draft report document's outline (phase and final reports), or null
 */
public record Deliverable(String id, String title, String subject, AsOfRule asOf, List<String> sheets,
		List<String> recipients, boolean cityNotices, Schedule schedule, boolean signOff, List<String> signOffTo,
		DraftOutline draft) {

	public Deliverable {
		sheets = List.copyOf(sheets);
		recipients = List.copyOf(recipients);
		signOffTo = (signOffTo != null) ? List.copyOf(signOffTo) : List.of();
	}

	/** A deliverable without sign-off and without a draft document. */
	public Deliverable(String id, String title, String subject, AsOfRule asOf, List<String> sheets,
			List<String> recipients, boolean cityNotices, Schedule schedule) {
		this(id, title, subject, asOf, sheets, recipients, cityNotices, schedule, false, List.of(), null);
	}

	/** It writes a draft report document beside its workbook. */
	public boolean hasDraft() {
		return this.draft != null;
	}

	/**
	 * The day its report is due: the campaign deadline it is anchored on, else the as-of
	 * date (weekly).
	 */
	public LocalDate dueDate(LocalDate asOf, CampaignCalendar campaign) {
		return (this.schedule.anchor() == Anchor.DEADLINE) ? campaign.deadline(this.schedule.deadline()) : asOf;
	}

	/** How the report's as-of date follows from the firing date. */
	public enum AsOfRule {

		/** the weekly due date that fired */
		DUE_DATE,
		/**
		 * the day before the deliverable's deadline (phase reports sent the afternoon
		 * before)
		 */
		DAY_BEFORE_DEADLINE,
		/** the campaign window's last day (final summary) */
		CAMPAIGN_END

	}

	/** What the firings are anchored on. */
	public enum Anchor {

		WEEKLY_DUE_DATES, DEADLINE

	}

	/**
	 * When it fires.
	 *
	 * @param anchor weekly due dates, or a campaign deadline
	 * @param deadline the campaign deadline id (phase1, phase2, final) when
	 * {@code anchor} is DEADLINE
	 * @param leadDays days before the anchor date the first firing happens
	 * @param times times of day of the firings (Asia/Shanghai unless the campaign says)
	 * @param deadlineTime on the anchor date, the time the deliverable must be out by
	 * @param retryEvery a failed firing is retried this often until the deadline
	 * @param alertMargin admins are alerted when it is still unsent this long before the
	 * deadline
	 */
	public record Schedule(Anchor anchor, String deadline, int leadDays, List<LocalTime> times, LocalTime deadlineTime,
			Duration retryEvery, Duration alertMargin) {

		public Schedule {
			times = List.copyOf(times);
		}

	}

	/**
	 * The period a run as of {@code asOf} reports on (SPEC §4.1): for the weekly
	 * deliverables (as of a due date) the latest weekly due date on or before it; for
	 * phase and final reports the as-of date itself.
	 */
	public LocalDate periodFor(LocalDate asOf, CampaignCalendar campaign) {
		return (this.asOf == AsOfRule.DUE_DATE) ? campaign.latestWeeklyDueDate(asOf).orElse(asOf) : asOf;
	}

	/** It compiles a report workbook (the reminders do not). */
	public boolean hasReport() {
		return !this.sheets.isEmpty();
	}

	/** The as-of date of a firing on {@code anchorDate} (the due date or deadline). */
	public LocalDate asOfFor(LocalDate anchorDate, CampaignCalendar campaign) {
		return switch (this.asOf) {
			case DUE_DATE -> anchorDate;
			case DAY_BEFORE_DEADLINE -> anchorDate.minusDays(1);
			case CAMPAIGN_END -> campaign.windowEnd();
		};
	}

	/**
	 * The anchor dates of this deliverable in {@code campaign}: due dates or its
	 * deadline.
	 */
	public List<LocalDate> anchorDates(CampaignCalendar campaign) {
		return switch (this.schedule.anchor()) {
			case WEEKLY_DUE_DATES -> campaign.weeklyDueDates();
			case DEADLINE -> List.of(campaign.deadline(this.schedule.deadline()));
		};
	}

}
