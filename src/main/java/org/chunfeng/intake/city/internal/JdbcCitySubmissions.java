package org.chunfeng.intake.city.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.chunfeng.intake.city.CityImportResult;
import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.intake.city.CitySubmissions;
import org.chunfeng.intake.city.Metric;
import org.chunfeng.intake.city.PhaseProgress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The imported files and the accepted submissions. Rows are never updated: the newest
 * accepted row per city and reporting date counts, older ones are its history.
 */
@Repository
class JdbcCitySubmissions implements CitySubmissions {

	/** Outcome of an imported file. */
	enum Outcome {

		ACCEPTED, PARTIAL, REFUSED, DUPLICATE;

		String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	private static final String METRIC_COLUMNS = Arrays.stream(Metric.values())
		.map(Metric::key)
		.collect(Collectors.joining(", "));

	private static final String SUBMISSION_COLUMNS = "id, city_code, city_name, reporting_date, received_at, late, "
			+ "file_name, " + METRIC_COLUMNS + ", counties_active, counties_inactive, warnings, has_phase_progress, "
			+ "launch_ceremony, activity_plan, returned_home, stayed_at_post, returned_to_post, migrant_workers, "
			+ "measures, problems";

	private final JdbcClient jdbc;

	JdbcCitySubmissions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<CitySubmission> current(String cityCode, LocalDate reportingDate) {
		return this.jdbc.sql("select " + SUBMISSION_COLUMNS + """
				 from city_submission where city_code = ? and reporting_date = ?
				order by received_at desc, id desc fetch first 1 rows only
				""").params(cityCode, reportingDate).query(this::submission).optional();
	}

	@Override
	public Optional<CitySubmission> latestOnOrBefore(String cityCode, LocalDate date) {
		return this.jdbc.sql("select " + SUBMISSION_COLUMNS + """
				 from city_submission where city_code = ? and reporting_date <= ?
				order by reporting_date desc, received_at desc, id desc fetch first 1 rows only
				""").params(cityCode, date).query(this::submission).optional();
	}

	@Override
	public Optional<CitySubmission> byId(long id) {
		return this.jdbc.sql("select " + SUBMISSION_COLUMNS + " from city_submission where id = ?")
			.param(id)
			.query(this::submission)
			.optional();
	}

	@Override
	public List<CitySubmission> currentUpTo(LocalDate date) {
		return this.jdbc
			.sql("select " + SUBMISSION_COLUMNS + " from (select " + SUBMISSION_COLUMNS
					+ """
							, row_number() over (partition by city_code, reporting_date order by received_at desc, id desc) as newest
							from city_submission where reporting_date <= ?) s
							where newest = 1 order by city_code, reporting_date
							""")
			.param(date)
			.query(this::submission)
			.list();
	}

	@Override
	public List<CityImportResult> recentImports(int limit) {
		return this.jdbc
			.sql("""
					select id, file_name, imported_at, received_at, reporting_date, outcome, accepted_cities, errors, warnings
					from city_import_file order by imported_at desc, id desc fetch first ? rows only
					""")
			.param(limit)
			.query((rs, n) -> {
				LocalDate reportingDate = rs.getObject("reporting_date", LocalDate.class);
				return new CityImportResult(rs.getString("file_name"), instant(rs, "imported_at"),
						instant(rs, "received_at"), reportingDate,
						Outcome.DUPLICATE.code().equals(rs.getString("outcome")),
						lines(rs.getString("accepted_cities")), lines(rs.getString("errors")),
						lines(rs.getString("warnings")), List.of(), refusedCities(rs.getLong("id")));
			})
			.list();
	}

	private List<String> refusedCities(long importId) {
		return this.jdbc.sql("select city_name from city_refusal where import_id = ? order by id")
			.param(importId)
			.query(String.class)
			.list();
	}

	/**
	 * Stores the refusal of a city's row (or of the whole file for that city), unless the
	 * same bytes were refused for the same city and reporting date before: the city is
	 * told once per refused file.
	 */
	void insertRefusal(long importId, String sha256, String cityCode, String cityName, String fileName,
			LocalDate reportingDate, Instant receivedAt, List<String> reasons) {
		long earlier = this.jdbc.sql("""
				select count(*) from city_refusal where sha256 = ? and city_code = ? and reporting_date = ?
				""").params(sha256, cityCode, reportingDate).query(Long.class).single();
		if (earlier > 0) {
			return;
		}
		this.jdbc.sql("""
				insert into city_refusal (import_id, sha256, city_code, city_name, file_name, reporting_date,
				    received_at, reasons)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(importId, sha256, cityCode, cityName, fileName, reportingDate, utc(receivedAt),
					String.join("\n", reasons))
			.update();
	}

	/** The same bytes were imported before and accepted, wholly or in part. */
	boolean alreadyImported(String sha256) {
		return this.jdbc.sql("""
				select count(*) from city_import_file where sha256 = ? and outcome in ('accepted', 'partial')
				""").param(sha256).query(Long.class).single() > 0;
	}

	long recordImport(String fileName, String sha256, long size, Instant importedAt, Instant receivedAt,
			LocalDate reportingDate, Outcome outcome, List<String> acceptedCities, List<String> errors,
			List<String> warnings) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into city_import_file (file_name, sha256, size_bytes, imported_at, received_at, reporting_date,
				    outcome, accepted_cities, errors, warnings)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(fileName, sha256, size, utc(importedAt), utc(receivedAt), reportingDate, outcome.code(),
					String.join("\n", acceptedCities), String.join("\n", errors), String.join("\n", warnings))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	void insert(long importId, CitySubmission submission) {
		List<Object> params = new ArrayList<>(List.of(importId, submission.cityCode(), submission.cityName(),
				submission.reportingDate(), utc(submission.receivedAt()), submission.late(), submission.fileName()));
		for (Metric metric : Metric.values()) {
			params.add(submission.figure(metric));
		}
		params.add(String.join(",", submission.countiesActive()));
		params.add(String.join(",", submission.countiesInactive()));
		params.add(String.join("\n", submission.warnings()));
		Optional<PhaseProgress> progress = submission.phaseProgress();
		params.add(progress.isPresent());
		params.add(progress.map(PhaseProgress::launchCeremony).orElse(null));
		params.add(progress.map(PhaseProgress::activityPlan).orElse(null));
		params.add(progress.map(PhaseProgress::returnedHome).orElse(null));
		params.add(progress.map(PhaseProgress::stayedAtPost).orElse(null));
		params.add(progress.map(PhaseProgress::returnedToPost).orElse(null));
		params.add(progress.map(PhaseProgress::migrantWorkers).orElse(null));
		params.add(progress.map(PhaseProgress::measures).orElse(null));
		params.add(progress.map(PhaseProgress::problems).orElse(null));
		String placeholders = String.join(", ", java.util.Collections.nCopies(params.size(), "?"));
		this.jdbc
			.sql("insert into city_submission (import_id, " + SUBMISSION_COLUMNS.substring("id, ".length())
					+ ") values (" + placeholders + ")")
			.params(params)
			.update();
	}

	private CitySubmission submission(ResultSet rs, int rowNum) throws SQLException {
		Map<Metric, BigDecimal> figures = new EnumMap<>(Metric.class);
		for (Metric metric : Metric.values()) {
			BigDecimal value = rs.getBigDecimal(metric.key()).stripTrailingZeros();
			figures.put(metric, (value.scale() < 0) ? value.setScale(0) : value);
		}
		Optional<PhaseProgress> progress = Optional.empty();
		if (rs.getBoolean("has_phase_progress")) {
			progress = Optional.of(new PhaseProgress(rs.getString("launch_ceremony"), rs.getString("activity_plan"),
					rs.getObject("returned_home", Long.class), rs.getObject("stayed_at_post", Long.class),
					rs.getObject("returned_to_post", Long.class), rs.getObject("migrant_workers", Long.class),
					rs.getString("measures"), rs.getString("problems")));
		}
		return new CitySubmission(rs.getLong("id"), rs.getString("city_code"), rs.getString("city_name"),
				rs.getObject("reporting_date", LocalDate.class), instant(rs, "received_at"), rs.getBoolean("late"),
				rs.getString("file_name"), figures, codes(rs.getString("counties_active")),
				codes(rs.getString("counties_inactive")), lines(rs.getString("warnings")), progress);
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static List<String> codes(String text) {
		return (text == null || text.isEmpty()) ? List.of() : List.of(text.split(","));
	}

	static List<String> lines(String text) {
		return (text == null || text.isEmpty()) ? List.of() : List.of(text.split("\n"));
	}

}
