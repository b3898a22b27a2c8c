package org.chunfeng.reconcile.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.chunfeng.intake.city.CityRefusal;
import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.intake.city.CitySubmissions;
import org.chunfeng.intake.city.Metric;
import org.chunfeng.intake.platform.CountyActivity;
import org.chunfeng.intake.platform.PlatformCityCounts;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.CountyCheck;
import org.chunfeng.reconcile.CountyStatus;
import org.chunfeng.reconcile.MetricCheck;
import org.chunfeng.reconcile.MetricStatus;
import org.chunfeng.reconcile.PlatformFreshness;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.reconcile.SubmissionStatus;
import org.chunfeng.region.City;
import org.chunfeng.region.Divisions;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reconciliation tables. A run's rows are replaced as a whole, so that a restarted
 * run stores its result once; read back, they give the reconciliation as the run made it
 * (the submissions shown are read by their ids, and stored rows never change).
 */
@Repository
class ReconciliationStore {

	private static final List<String> TABLES = List.of("reconciliation_county", "reconciliation_metric",
			"reconciliation_refusal", "reconciliation_completeness", "reconciliation_city", "reconciliation_run");

	private final JdbcTemplate jdbc;

	ReconciliationStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	void store(long runId, Reconciliation reconciliation) {
		for (String table : TABLES) {
			this.jdbc.update("delete from " + table + " where run_id = ?", runId);
		}
		PlatformFreshness platform = reconciliation.platform();
		this.jdbc.update("""
				insert into reconciliation_run (run_id, as_of, period, previous_date, platform_fresh, platform_reason,
				    platform_last_import, platform_last_import_file, platform_newest_update, platform_activities,
				    platform_counted, platform_rejected_rows, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", runId, Date.valueOf(reconciliation.asOf()), Date.valueOf(reconciliation.period()),
				reconciliation.previousDate().map(Date::valueOf).orElse(null), platform.fresh(), platform.reason(),
				(platform.lastImport() != null) ? Timestamp.from(platform.lastImport()) : null,
				platform.lastImportFile(),
				(platform.newestUpdate() != null) ? Timestamp.valueOf(platform.newestUpdate()) : null,
				platform.activities(), platform.counted(), platform.rejectedRows(), Timestamp.from(Instant.now()));
		List<Object[]> cities = new ArrayList<>();
		List<Object[]> metrics = new ArrayList<>();
		List<Object[]> counties = new ArrayList<>();
		List<Object[]> refusals = new ArrayList<>();
		List<Object[]> completeness = new ArrayList<>();
		for (CityReconciliation city : reconciliation.cities()) {
			String code = city.city().code();
			cities.add(new Object[] { runId, Date.valueOf(reconciliation.asOf()), code, city.city().name(),
					city.submitted(), city.submission().map(CitySubmission::id).orElse(null), city.status().name(),
					city.figuresAsOf().map(Date::valueOf).orElse(null),
					city.previous().map(CitySubmission::id).orElse(null) });
			for (MetricCheck check : city.metrics()) {
				metrics.add(new Object[] { runId, code, check.metric().key(), check.reported(), check.platform(),
						check.difference(), check.status().name() });
			}
			for (CountyCheck check : city.counties()) {
				counties
					.add(new Object[] { runId, code, check.countyCode(), check.countyName(), check.platformActivities(),
							check.platformPositions(), check.claim().name(), check.status().name() });
			}
			for (CityRefusal refusal : city.refusals()) {
				refusals.add(new Object[] { runId, code, refusal.id(), refusal.fileName(),
						Date.valueOf(refusal.reportingDate()), Timestamp.from(refusal.receivedAt()),
						String.join("\n", refusal.reasons()) });
			}
			city.completeness()
				.forEach((due, status) -> completeness
					.add(new Object[] { runId, code, Date.valueOf(due), status.name() }));
		}
		this.jdbc.batchUpdate("""
				insert into reconciliation_city (run_id, as_of, city_code, city_name, submitted, submission_id, status,
				    figures_as_of, previous_submission_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", cities, new int[] { Types.BIGINT, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN,
				Types.BIGINT, Types.VARCHAR, Types.DATE, Types.BIGINT });
		this.jdbc.batchUpdate("""
				insert into reconciliation_metric (run_id, city_code, metric, reported, platform, difference, status)
				values (?, ?, ?, ?, ?, ?, ?)
				""", metrics, new int[] { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.BIGINT,
				Types.NUMERIC, Types.VARCHAR });
		this.jdbc.batchUpdate("""
				insert into reconciliation_county
				  (run_id, city_code, county_code, county_name, platform_activities, platform_positions, claim, status)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""", counties);
		this.jdbc.batchUpdate("""
				insert into reconciliation_refusal
				  (run_id, city_code, refusal_id, file_name, reporting_date, received_at, reasons)
				values (?, ?, ?, ?, ?, ?, ?)
				""", refusals);
		this.jdbc.batchUpdate("""
				insert into reconciliation_completeness (run_id, city_code, due_date, status) values (?, ?, ?, ?)
				""", completeness);
	}

	/** The run's reconciliation as stored; empty when the run stored none. */
	Optional<Reconciliation> load(long runId, Divisions divisions, CitySubmissions submissions) {
		List<RunRow> runs = this.jdbc.query("""
				select as_of, period, previous_date, platform_fresh, platform_reason, platform_last_import,
				  platform_last_import_file, platform_newest_update,
				    platform_activities, platform_counted, platform_rejected_rows
				from reconciliation_run where run_id = ?
				""", (rs, n) -> {
			Timestamp last = rs.getTimestamp("platform_last_import");
			Timestamp newest = rs.getTimestamp("platform_newest_update");
			return new RunRow(rs.getObject("as_of", LocalDate.class), rs.getObject("period", LocalDate.class),
					Optional.ofNullable(rs.getObject("previous_date", LocalDate.class)),
					new PlatformFreshness(rs.getBoolean("platform_fresh"), rs.getString("platform_reason"),
							(last != null) ? last.toInstant() : null, rs.getString("platform_last_import_file"),
							(newest != null) ? newest.toLocalDateTime() : null, rs.getLong("platform_activities"),
							rs.getLong("platform_counted"), rs.getLong("platform_rejected_rows")));
		}, runId);
		if (runs.isEmpty()) {
			return Optional.empty();
		}
		RunRow run = runs.get(0);
		Map<String, CityRow> cityRows = new HashMap<>();
		this.jdbc.query(
				"""
						select city_code, status, submission_id, previous_submission_id from reconciliation_city where run_id = ?
						""",
				(rs) -> {
					long id = rs.getLong("submission_id");
					Long shown = rs.wasNull() ? null : id;
					long previousId = rs.getLong("previous_submission_id");
					Long previous = rs.wasNull() ? null : previousId;
					cityRows.put(rs.getString("city_code"),
							new CityRow(SubmissionStatus.valueOf(rs.getString("status")), shown, previous));
				}, runId);
		Map<String, Map<Metric, MetricCheck>> metrics = new HashMap<>();
		this.jdbc.query("""
				select city_code, metric, reported, platform, difference, status from reconciliation_metric
				where run_id = ?
				""", (rs) -> {
			Metric metric = metricOf(rs.getString("metric"));
			metrics.computeIfAbsent(rs.getString("city_code"), (code) -> new HashMap<>())
				.put(metric, new MetricCheck(metric, plain(rs.getBigDecimal("reported")), rs.getLong("platform"),
						plain(rs.getBigDecimal("difference")), MetricStatus.valueOf(rs.getString("status"))));
		}, runId);
		Map<String, Map<String, CountyCheck>> counties = new HashMap<>();
		this.jdbc.query("""
				select city_code, county_code, county_name, platform_activities, platform_positions, claim, status
				from reconciliation_county where run_id = ?
				""", (rs) -> {
			counties.computeIfAbsent(rs.getString("city_code"), (code) -> new HashMap<>())
				.put(rs.getString("county_code"),
						new CountyCheck(rs.getString("county_code"), rs.getString("county_name"),
								rs.getLong("platform_activities"), rs.getLong("platform_positions"),
								CountyCheck.Claim.valueOf(rs.getString("claim")),
								CountyStatus.valueOf(rs.getString("status"))));
		}, runId);
		Map<String, List<CityRefusal>> refusals = new HashMap<>();
		this.jdbc.query("""
				select r.city_code, r.refusal_id, c.city_name, r.file_name, r.reporting_date, r.received_at, r.reasons
				from reconciliation_refusal r
				join reconciliation_city c on c.run_id = r.run_id and c.city_code = r.city_code
				where r.run_id = ? order by r.refusal_id
				""", (rs) -> {
			refusals.computeIfAbsent(rs.getString("city_code"), (code) -> new ArrayList<>())
				.add(new CityRefusal(rs.getLong("refusal_id"), rs.getString("city_code"), rs.getString("city_name"),
						rs.getString("file_name"), rs.getObject("reporting_date", LocalDate.class),
						rs.getTimestamp("received_at").toInstant(), lines(rs.getString("reasons"))));
		}, runId);
		Map<String, Map<LocalDate, SubmissionStatus>> completeness = new HashMap<>();
		TreeSet<LocalDate> dueDates = new TreeSet<>();
		this.jdbc.query("select city_code, due_date, status from reconciliation_completeness where run_id = ?",
				(rs) -> {
					LocalDate due = rs.getObject("due_date", LocalDate.class);
					dueDates.add(due);
					completeness.computeIfAbsent(rs.getString("city_code"), (code) -> new LinkedHashMap<>())
						.put(due, SubmissionStatus.valueOf(rs.getString("status")));
				}, runId);
		List<CityReconciliation> cities = new ArrayList<>();
		for (City city : divisions.cities()) {
			CityRow row = cityRows.get(city.code());
			if (row == null) {
				throw new IllegalStateException("run " + runId + " stored no reconciliation for " + city.name());
			}
			Optional<CitySubmission> submission = submission(row.submissionId(), runId, submissions);
			Optional<CitySubmission> previous = submission(row.previousId(), runId, submissions);
			Map<Metric, MetricCheck> cityMetrics = metrics.getOrDefault(city.code(), Map.of());
			List<MetricCheck> checks = Metric.reconciled().stream().map(cityMetrics::get).toList();
			Map<String, CountyCheck> cityCounties = counties.getOrDefault(city.code(), Map.of());
			List<CountyCheck> countyChecks = city.counties()
				.stream()
				.map((county) -> cityCounties.get(county.code()))
				.filter((check) -> check != null)
				.toList();
			cities.add(new CityReconciliation(city, row.status(), submission, previous,
					platformCounts(city, checks, countyChecks), checks, countyChecks,
					refusals.getOrDefault(city.code(), List.of()), completeness.getOrDefault(city.code(), Map.of())));
		}
		return Optional.of(new Reconciliation(run.asOf(), run.period(), run.previousDate(), run.platform(),
				List.copyOf(dueDates), cities));
	}

	private static Optional<CitySubmission> submission(Long id, long runId, CitySubmissions submissions) {
		if (id == null) {
			return Optional.empty();
		}
		return Optional.of(submissions.byId(id)
			.orElseThrow(() -> new IllegalStateException("submission " + id + " of run " + runId + " is gone")));
	}

	/** The platform's counts as the run saw them, from its stored checks. */
	private static PlatformCityCounts platformCounts(City city, List<MetricCheck> metrics, List<CountyCheck> counties) {
		long[] figures = metrics.stream().mapToLong(MetricCheck::platform).toArray();
		Map<String, CountyActivity> active = new LinkedHashMap<>();
		for (CountyCheck county : counties) {
			if (county.platformActivities() > 0) {
				active.put(county.countyCode(), new CountyActivity(county.countyCode(), county.platformActivities(),
						county.platformPositions()));
			}
		}
		return new PlatformCityCounts(city.code(), figures[0], figures[1], figures[2], figures[3], figures[4], active);
	}

	private static Metric metricOf(String key) {
		for (Metric metric : Metric.values()) {
			if (metric.key().equals(key)) {
				return metric;
			}
		}
		throw new IllegalStateException("unknown metric " + key);
	}

	private static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	private static List<String> lines(String text) {
		return (text == null || text.isEmpty()) ? List.of() : List.of(text.split("\n"));
	}

	private record RunRow(LocalDate asOf, LocalDate period, Optional<LocalDate> previousDate,
			PlatformFreshness platform) {
	}

	private record CityRow(SubmissionStatus status, Long submissionId, Long previousId) {
	}

}
