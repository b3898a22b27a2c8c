package org.chunfeng.intake.platform.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chunfeng.campaign.CampaignCalendar;
import org.chunfeng.intake.platform.CountyActivity;
import org.chunfeng.intake.platform.PlatformActivities;
import org.chunfeng.intake.platform.PlatformCityCounts;
import org.chunfeng.intake.platform.PlatformImport;
import org.chunfeng.intake.platform.PlatformRejection;
import org.chunfeng.region.City;
import org.chunfeng.region.Divisions;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** SPEC §3.2's counting, done by the database over the stored activities. */
@Component
class JdbcPlatformActivities implements PlatformActivities {

	private final JdbcTemplate jdbc;

	private final Divisions divisions;

	private final PlatformProperties properties;

	JdbcPlatformActivities(JdbcTemplate jdbc, Divisions divisions, PlatformProperties properties) {
		this.jdbc = jdbc;
		this.divisions = divisions;
		this.properties = properties;
	}

	@Override
	public Map<String, PlatformCityCounts> countAsOf(LocalDate asOf, CampaignCalendar campaign) {
		LocalDate last = asOf.isBefore(campaign.windowEnd()) ? asOf : campaign.windowEnd();
		List<Object> arguments = new ArrayList<>(List.of(Date.valueOf(campaign.windowStart()), Date.valueOf(last)));
		StringBuilder where = new StringBuilder("start_date >= ? and start_date <= ?");
		List<String> names = this.properties.campaignNames();
		if (!names.isEmpty()) {
			where.append(" and (")
				.append(String.join(" or ", Collections.nCopies(names.size(), "campaign like ?")))
				.append(")");
			names.forEach((name) -> arguments.add("%" + likeEscaped(Divisions.normalize(name)) + "%"));
		}
		List<String> cancelled = this.properties.cancelledStatuses();
		if (!cancelled.isEmpty()) {
			where.append(" and (status is null or lower(status) not in (")
				.append(String.join(", ", Collections.nCopies(cancelled.size(), "?")))
				.append("))");
			cancelled.forEach((status) -> arguments.add(Divisions.normalize(status).toLowerCase(Locale.ROOT)));
		}
		Map<String, Tally> tallies = new HashMap<>();
		Map<String, Map<String, long[]>> counties = new HashMap<>();
		this.jdbc.query("""
				select city_code, county_code, mode, count(*), sum(positions), sum(intents)
				from platform_activity
				where %s
				group by city_code, county_code, mode
				""".formatted(where), (rs) -> {
			String city = rs.getString(1);
			String county = rs.getString(2);
			boolean online = PlatformActivity.Mode.ONLINE.name().equals(rs.getString(3));
			long activities = rs.getLong(4);
			long positions = rs.getLong(5);
			Tally tally = tallies.computeIfAbsent(city, (key) -> new Tally());
			if (online) {
				tally.onlineFairs += activities;
				tally.onlinePositions += positions;
			}
			else {
				tally.offlineFairs += activities;
				tally.offlinePositions += positions;
			}
			tally.agreements += rs.getLong(6);
			long[] figures = counties.computeIfAbsent(city, (key) -> new LinkedHashMap<>())
				.computeIfAbsent(county, (key) -> new long[2]);
			figures[0] += activities;
			figures[1] += positions;
		}, arguments.toArray());
		Map<String, PlatformCityCounts> result = new LinkedHashMap<>();
		for (City city : this.divisions.cities()) {
			Tally tally = tallies.getOrDefault(city.code(), new Tally());
			Map<String, CountyActivity> active = new LinkedHashMap<>();
			counties.getOrDefault(city.code(), Map.of())
				.forEach((code, figures) -> active.put(code, new CountyActivity(code, figures[0], figures[1])));
			result.put(city.code(), new PlatformCityCounts(city.code(), tally.onlineFairs, tally.onlinePositions,
					tally.offlineFairs, tally.offlinePositions, tally.agreements, active));
		}
		return result;
	}

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	@Override
	public long activityCount() {
		return this.jdbc.queryForObject("select count(*) from platform_activity", Long.class);
	}

	@Override
	public long rejectedRowCount() {
		return this.jdbc.queryForObject("""
				select count(*) from platform_rejection r
				join platform_import i on i.id = r.import_id
				where i.outcome = 'LOADED'
				""", Long.class);
	}

	@Override
	public List<PlatformRejection> recentRejections(int limit) {
		return this.jdbc.query("""
				select r.file_name, r.line, r.activity_id, r.reason, r.rejected_at from platform_rejection r
				join platform_import i on i.id = r.import_id
				where i.outcome = 'LOADED'
				order by r.rejected_at desc, r.id desc
				limit ?
				""", (rs, n) -> new PlatformRejection(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
				rs.getTimestamp(5).toInstant()), limit);
	}

	@Override
	public List<PlatformImport> recentImports(int limit) {
		return this.jdbc.query("""
				select id, file_name, outcome, rows_read, rows_loaded, rows_rejected, reason, started_at, finished_at
				from platform_import order by started_at desc, id desc limit ?
				""",
				(rs, n) -> new PlatformImport(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
						rs.getLong(5), rs.getLong(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
						(rs.getTimestamp(9) != null) ? rs.getTimestamp(9).toInstant() : null),
				limit);
	}

	private static final class Tally {

		long onlineFairs;

		long onlinePositions;

		long offlineFairs;

		long offlinePositions;

		long agreements;

	}

}
