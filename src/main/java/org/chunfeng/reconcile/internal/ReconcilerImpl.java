package org.chunfeng.reconcile.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chunfeng.campaign.CampaignCalendar;
import org.chunfeng.campaign.Campaigns;
import org.chunfeng.intake.city.CityRefusal;
import org.chunfeng.intake.city.CityRefusals;
import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.intake.city.CitySubmissions;
import org.chunfeng.intake.platform.PlatformActivities;
import org.chunfeng.intake.platform.PlatformCityCounts;
import org.chunfeng.intake.platform.PlatformImports;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.PlatformFreshness;
import org.chunfeng.reconcile.Reconciler;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.reconcile.ReconciliationText;
import org.chunfeng.reconcile.SubmissionStatus;
import org.chunfeng.region.City;
import org.chunfeng.region.Divisions;

import org.springframework.stereotype.Component;

/**
 * Picks each city's figures as of the date, its status for the period and for every
 * weekly due date so far, asks the platform for its counts as of each date the figures
 * are of (once per distinct date), judges the platform data's freshness and applies
 * {@link ReconciliationRules}.
 */
@Component
class ReconcilerImpl implements Reconciler {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final CitySubmissions submissions;

	private final CityRefusals refusals;

	private final PlatformActivities platform;

	private final PlatformImports imports;

	private final Divisions divisions;

	private final Campaigns campaigns;

	private final ReconcileProperties properties;

	private final ReconciliationRules rules;

	private final ReconciliationStore store;

	ReconcilerImpl(CitySubmissions submissions, CityRefusals refusals, PlatformActivities platform,
			PlatformImports imports, Divisions divisions, Campaigns campaigns, ReconcileProperties properties,
			ReconciliationStore store) {
		this.submissions = submissions;
		this.refusals = refusals;
		this.platform = platform;
		this.imports = imports;
		this.divisions = divisions;
		this.campaigns = campaigns;
		this.properties = properties;
		this.rules = new ReconciliationRules(properties.tolerance());
		this.store = store;
	}

	@Override
	public LocalDate weeklyPeriod(LocalDate asOf) {
		return this.campaigns.current().latestWeeklyDueDate(asOf).orElse(asOf);
	}

	@Override
	public Reconciliation reconcile(LocalDate asOf, LocalDate period) {
		return reconcile(asOf, period, new Sources(this.submissions, this.refusals, this.platform, this.imports));
	}

	/** Where the data comes from: the intake modules, or stand-ins in tests. */
	record Sources(CitySubmissions submissions, CityRefusals refusals, PlatformActivities platform,
			PlatformImports imports) {
	}

	Reconciliation reconcile(LocalDate asOf, LocalDate period, Sources sources) {
		if (period.isAfter(asOf)) {
			throw new IllegalArgumentException("period " + period + " is after the as-of date " + asOf);
		}
		CampaignCalendar campaign = this.campaigns.current();
		List<LocalDate> dueDates = campaign.weeklyDueDates().stream().filter((due) -> !due.isAfter(asOf)).toList();
		Optional<LocalDate> previousDate = previousReportingDate(campaign, asOf);
		Map<String, List<CitySubmission>> submitted = new HashMap<>();
		for (CitySubmission submission : sources.submissions().currentUpTo(asOf)) {
			submitted.computeIfAbsent(submission.cityCode(), (code) -> new ArrayList<>()).add(submission);
		}
		Map<String, List<CityRefusal>> refused = new HashMap<>();
		for (CityRefusal refusal : sources.refusals().upTo(asOf)) {
			refused.computeIfAbsent(refusal.cityCode(), (code) -> new ArrayList<>()).add(refusal);
		}
		// the platform as of each date some city's figures are of, asked once per date
		Map<LocalDate, Map<String, PlatformCityCounts>> counts = new HashMap<>();
		Map<String, PlatformCityCounts> atPeriod = counts.computeIfAbsent(period,
				(date) -> sources.platform().countAsOf(date, campaign));
		PlatformFreshness freshness = freshness(period, campaign, atPeriod, sources);
		List<CityReconciliation> cities = new ArrayList<>();
		for (City city : this.divisions.cities()) {
			List<CitySubmission> mine = submitted.getOrDefault(city.code(), List.of());
			List<CityRefusal> myRefusals = refused.getOrDefault(city.code(), List.of());
			Optional<CitySubmission> shown = latestOnOrBefore(mine, asOf);
			List<CityRefusal> periodRefusals = between(myRefusals, period, asOf);
			SubmissionStatus status = ReconciliationRules.status(shown, period, periodRefusals);
			// a weekly due date's column covers the files up to the day before the next
			// one
			// (up to the as-of date for the last): the period's column says what the
			// period's status says
			Map<LocalDate, SubmissionStatus> completeness = new LinkedHashMap<>();
			for (int i = 0; i < dueDates.size(); i++) {
				LocalDate due = dueDates.get(i);
				LocalDate end = (i + 1 < dueDates.size()) ? dueDates.get(i + 1).minusDays(1) : asOf;
				completeness.put(due,
						ReconciliationRules.status(latestOnOrBefore(mine, end), due, between(myRefusals, due, end)));
			}
			LocalDate platformDate = shown.map(CitySubmission::reportingDate).orElse(period);
			PlatformCityCounts platformCounts = counts
				.computeIfAbsent(platformDate, (date) -> sources.platform().countAsOf(date, campaign))
				.get(city.code());
			Optional<CitySubmission> previous = previousDate.flatMap((date) -> latestOnOrBefore(mine, date));
			cities.add(this.rules.reconcile(city, status, shown, previous, platformCounts, freshness.fresh(),
					periodRefusals, completeness));
		}
		return new Reconciliation(asOf, period, previousDate, freshness, dueDates, cities);
	}

	/**
	 * The weekly due date before the one the report stands on: for a due date the one
	 * before it; for another date (the final summary as of the campaign's end) the one
	 * before the latest due date, so that the week compared is the last full one.
	 */
	static Optional<LocalDate> previousReportingDate(CampaignCalendar campaign, LocalDate asOf) {
		LocalDate current = campaign.latestWeeklyDueDate(asOf).orElse(asOf);
		return campaign.previousWeeklyDueDate(current);
	}

	private static Optional<CitySubmission> latestOnOrBefore(List<CitySubmission> submissions, LocalDate date) {
		return submissions.stream()
			.filter((submission) -> !submission.reportingDate().isAfter(date))
			.max(Comparator.comparing(CitySubmission::reportingDate));
	}

	/** The refused files with a reporting date from {@code first} to {@code last}. */
	private static List<CityRefusal> between(List<CityRefusal> refusals, LocalDate first, LocalDate last) {
		return refusals.stream()
			.filter((refusal) -> !refusal.reportingDate().isBefore(first) && !refusal.reportingDate().isAfter(last))
			.toList();
	}

	/**
	 * Fresh when an export was imported after the previous weekly due date's due time
	 * (for the first period any import will do; {@code ANY_IMPORT}: any import at all),
	 * its newest record is recent enough for the period ({@code newest-record-within}
	 * before the period's due time) and, unless configured otherwise, the platform counts
	 * activities for the period. The reason says how recent the platform data is.
	 */
	PlatformFreshness freshness(LocalDate period, CampaignCalendar campaign, Map<String, PlatformCityCounts> atPeriod,
			Sources sources) {
		Optional<PlatformImports.LastImport> last = sources.imports().lastImport();
		long counted = atPeriod.values().stream().mapToLong((city) -> city.onlineFairs() + city.offlineFairs()).sum();
		long activities = sources.platform().activityCount();
		long rejected = sources.platform().rejectedRowCount();
		Optional<LocalDate> previousDue = campaign.previousWeeklyDueDate(period);
		Instant threshold = (this.properties.freshness()
			.importedAfter() == ReconcileProperties.ImportedAfter.PREVIOUS_DUE_TIME)
					? previousDue.map((due) -> campaign.dueAt(due).toInstant()).orElse(null) : null;
		LocalDateTime newest = last.map(PlatformImports.LastImport::newestUpdate).orElse(null);
		Duration within = this.properties.freshness().newestRecordWithin();
		LocalDateTime needed = (within != null) ? campaign.dueAt(period).toLocalDateTime().minus(within) : null;
		boolean fresh;
		String reason;
		if (last.isEmpty()) {
			fresh = false;
			reason = "尚未导入平台导出数据";
		}
		else if (threshold != null && !last.get().importedAt().isAfter(threshold)) {
			fresh = false;
			reason = "最近一次平台数据导入于" + shown(last.get().importedAt(), campaign) + "，早于上一报送日"
					+ ReconciliationText.shortDate(previousDue.orElseThrow()) + campaign.weeklyDueTime().getHour()
					+ "时，本期没有新的平台数据";
		}
		else if (needed != null && newest != null && newest.isBefore(needed)) {
			fresh = false;
			reason = "平台数据只更新至" + ReconciliationText.shortDate(newest.toLocalDate()) + "，早于本期核对所需的"
					+ ReconciliationText.shortDate(needed.toLocalDate());
		}
		else if (counted == 0 && this.properties.freshness().requireActivities()) {
			fresh = false;
			reason = "平台数据中没有截至" + ReconciliationText.date(period) + "开展的春风行动活动";
		}
		else {
			fresh = true;
			reason = (newest != null)
					? "平台数据更新至" + ReconciliationText.shortDate(newest.toLocalDate()) + "（导入于"
							+ shown(last.get().importedAt(), campaign) + "）"
					: "平台数据导入于" + shown(last.get().importedAt(), campaign) + "（导出中没有更新时间，无法判断数据更新至何时）";
		}
		return new PlatformFreshness(fresh, reason, last.map(PlatformImports.LastImport::importedAt).orElse(null),
				last.map(PlatformImports.LastImport::fileName).orElse(null), newest, activities, counted, rejected);
	}

	private static String shown(Instant instant, CampaignCalendar campaign) {
		return SHOWN.format(instant.atZone(campaign.zone()));
	}

	@Override
	public void store(long runId, Reconciliation reconciliation) {
		this.store.store(runId, reconciliation);
	}

	@Override
	public Optional<Reconciliation> stored(long runId) {
		return this.store.load(runId, this.divisions, this.submissions);
	}

}
