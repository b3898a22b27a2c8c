package org.chunfeng.reconcile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chunfeng.campaign.CampaignCalendar;
import org.chunfeng.campaign.CampaignCalendar.Holiday;
import org.chunfeng.campaign.CampaignCalendar.HolidayShift;
import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.intake.city.Metric;
import org.chunfeng.intake.city.PhaseProgress;
import org.chunfeng.intake.platform.CountyActivity;
import org.chunfeng.intake.platform.PlatformCityCounts;
import org.chunfeng.region.City;
import org.chunfeng.region.County;
import org.chunfeng.region.Divisions;

/**
 * Inputs for reconciliation and report tests, built in code: the real divisions file, the
 * 2024 campaign, submissions and platform counts.
 */
public final class ReconciliationFixtures {

	public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private ReconciliationFixtures() {
	}

	/** The bundled {@code config/divisions.csv}: 11 cities, 117 counties. */
	public static Divisions shanxi() {
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, List<County>> counties = new LinkedHashMap<>();
		try {
			List<String> lines = Files.readAllLines(Path.of("config/divisions.csv"), StandardCharsets.UTF_8);
			for (String line : lines.subList(1, lines.size())) {
				if (line.isBlank()) {
					continue;
				}
				String[] fields = line.split(",");
				names.put(fields[0], fields[1]);
				counties.computeIfAbsent(fields[0], (code) -> new ArrayList<>())
					.add(new County(fields[2], fields[3], fields[0]));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<City> cities = new ArrayList<>();
		names.forEach((code, name) -> cities.add(new City(code, name, counties.get(code))));
		return new Divisions("山西省", cities);
	}

	/** The 2024 campaign as in {@code config/campaign-2024.yml}. */
	public static CampaignCalendar campaign2024() {
		return new CampaignCalendar(2024, "2024年春风行动", "山西省", SHANGHAI, LocalDate.of(2024, 1, 25),
				LocalDate.of(2024, 4, 8),
				Map.of("contacts", LocalDate.of(2024, 1, 25), "phase1", LocalDate.of(2024, 2, 2), "phase2",
						LocalDate.of(2024, 2, 22), "final", LocalDate.of(2024, 4, 10)),
				DayOfWeek.THURSDAY, LocalDate.of(2024, 2, 22), LocalDate.of(2024, 4, 8), LocalTime.of(18, 0),
				HolidayShift.PREVIOUS,
				List.of(new Holiday("春节", LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 17)),
						new Holiday("清明节", LocalDate.of(2024, 4, 4), LocalDate.of(2024, 4, 6))),
				Set.of(LocalDate.of(2024, 2, 4), LocalDate.of(2024, 2, 18), LocalDate.of(2024, 4, 7)));
	}

	/** Figures keyed by metric from alternating metric/value pairs; the rest are 0. */
	public static Map<Metric, BigDecimal> figures(Object... pairs) {
		Map<Metric, BigDecimal> figures = new EnumMap<>(Metric.class);
		for (Metric metric : Metric.values()) {
			figures.put(metric, BigDecimal.ZERO);
		}
		for (int i = 0; i < pairs.length; i += 2) {
			figures.put((Metric) pairs[i], new BigDecimal(pairs[i + 1].toString()));
		}
		return figures;
	}

	public static SubmissionBuilder submission(City city, LocalDate reportingDate) {
		return new SubmissionBuilder(city, reportingDate);
	}

	/** Platform data imported on 2024-03-01 09:00, counting activities: fresh. */
	public static PlatformFreshness freshPlatform() {
		return new PlatformFreshness(true, "平台数据导入于2024-03-01 09:00",
				LocalDate.of(2024, 3, 1).atTime(9, 0).atZone(SHANGHAI).toInstant(), "export.csv",
				LocalDate.of(2024, 2, 29).atTime(18, 0), 100, 90, 0);
	}

	/** No platform export imported: stale. */
	public static PlatformFreshness stalePlatform() {
		return new PlatformFreshness(false, "尚未导入平台导出数据", null, null, null, 0, 0, 0);
	}

	/**
	 * A weekly reconciliation as of {@code asOf} (its own period, the weekly due dates up
	 * to it) from cities reconciled by hand.
	 */
	public static Reconciliation reconciliation(LocalDate asOf, PlatformFreshness platform,
			List<CityReconciliation> cities) {
		CampaignCalendar campaign = campaign2024();
		LocalDate period = campaign.latestWeeklyDueDate(asOf).orElse(asOf);
		return new Reconciliation(asOf, period, campaign.previousWeeklyDueDate(period), platform,
				campaign.weeklyDueDates().stream().filter((due) -> !due.isAfter(asOf)).toList(), cities);
	}

	public static PlatformCityCounts noPlatformActivity(City city) {
		return new PlatformCityCounts(city.code(), 0, 0, 0, 0, 0, Map.of());
	}

	/**
	 * A city whose submission has the given status and matches the platform figure by
	 * figure.
	 */
	public static CityReconciliation matching(City city, SubmissionStatus status, CitySubmission submission) {
		List<MetricCheck> metrics = Metric.reconciled()
			.stream()
			.map((metric) -> new MetricCheck(metric, submission.figure(metric), 0, null, MetricStatus.MATCH))
			.toList();
		return new CityReconciliation(city, status, Optional.of(submission), Optional.empty(), noPlatformActivity(city),
				metrics, List.of(), List.of(), Map.of());
	}

	/** A city that never submitted: every figure 未报送. */
	public static CityReconciliation notSubmitted(City city) {
		List<MetricCheck> metrics = Metric.reconciled()
			.stream()
			.map((metric) -> new MetricCheck(metric, null, 0, null, MetricStatus.NOT_SUBMITTED))
			.toList();
		return new CityReconciliation(city, SubmissionStatus.NOT_SUBMITTED, Optional.empty(), Optional.empty(),
				noPlatformActivity(city), metrics, List.of(), List.of(), Map.of());
	}

	/** Builds a {@link CitySubmission} received at 17:00 on its reporting date. */
	public static final class SubmissionBuilder {

		private final City city;

		private final LocalDate reportingDate;

		private long id = 1;

		private Map<Metric, BigDecimal> figures = ReconciliationFixtures.figures();

		private List<String> active = List.of();

		private List<String> inactive = List.of();

		private List<String> warnings = List.of();

		private boolean late;

		private String fileName;

		private PhaseProgress phaseProgress;

		SubmissionBuilder(City city, LocalDate reportingDate) {
			this.city = city;
			this.reportingDate = reportingDate;
			this.fileName = city.shortName() + "春风行动统计表.xlsx";
		}

		public SubmissionBuilder id(long id) {
			this.id = id;
			return this;
		}

		public SubmissionBuilder figures(Object... pairs) {
			this.figures = ReconciliationFixtures.figures(pairs);
			return this;
		}

		public SubmissionBuilder active(String... countyCodes) {
			this.active = List.of(countyCodes);
			return this;
		}

		public SubmissionBuilder inactive(String... countyCodes) {
			this.inactive = List.of(countyCodes);
			return this;
		}

		public SubmissionBuilder warnings(String... warnings) {
			this.warnings = List.of(warnings);
			return this;
		}

		public SubmissionBuilder late() {
			this.late = true;
			return this;
		}

		public SubmissionBuilder fileName(String fileName) {
			this.fileName = fileName;
			return this;
		}

		public SubmissionBuilder phaseProgress(PhaseProgress phaseProgress) {
			this.phaseProgress = phaseProgress;
			return this;
		}

		public CitySubmission build() {
			Instant received = this.reportingDate.atTime(this.late ? 19 : 17, 0).atZone(SHANGHAI).toInstant();
			return new CitySubmission(this.id, this.city.code(), this.city.name(), this.reportingDate, received,
					this.late, this.fileName, this.figures, this.active, this.inactive, this.warnings,
					Optional.ofNullable(this.phaseProgress));
		}

	}

	/** Platform counts of one city, with its active counties. */
	public static PlatformCityCounts platform(City city, long onlineFairs, long onlinePositions, long offlineFairs,
			long offlinePositions, long agreements, CountyActivity... counties) {
		Map<String, CountyActivity> active = new LinkedHashMap<>();
		for (CountyActivity county : counties) {
			active.put(county.countyCode(), county);
		}
		return new PlatformCityCounts(city.code(), onlineFairs, onlinePositions, offlineFairs, offlinePositions,
				agreements, active);
	}

}
