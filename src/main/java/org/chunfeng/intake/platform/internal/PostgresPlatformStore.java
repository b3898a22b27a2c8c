package org.chunfeng.intake.platform.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/** PostgreSQL: COPY into the unlogged staging table, then INSERT … ON CONFLICT. */
class PostgresPlatformStore implements PlatformStore {

	private static final String COPY = """
			copy platform_staging (import_id, line, activity_id, name, mode, county_code, city_code, start_date,
			end_date, employers, positions, intents, campaign, status, updated_at) from stdin""";

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	PostgresPlatformStore(DataSource dataSource, JdbcTemplate jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	@Override
	public void stage(long importId, List<PlatformActivity> rows) {
		if (rows.isEmpty()) {
			return;
		}
		StringBuilder text = new StringBuilder(rows.size() * 160);
		for (PlatformActivity row : rows) {
			text.append(importId).append('\t').append(row.line()).append('\t');
			field(text, row.activityId());
			field(text, row.name());
			text.append(row.mode().name()).append('\t');
			text.append(row.countyCode()).append('\t').append(row.cityCode()).append('\t');
			text.append(row.startDate()).append('\t');
			field(text, (row.endDate() != null) ? row.endDate().toString() : null);
			text.append(row.employers()).append('\t').append(row.positions()).append('\t');
			text.append(row.intents()).append('\t');
			field(text, row.campaign());
			field(text, row.status());
			if (row.updatedAt() != null) {
				text.append(row.updatedAt());
			}
			else {
				text.append("\\N");
			}
			text.append('\n');
		}
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		// a lost chunk commit after a database crash is re-read on restart, like a failed
		// one
		this.jdbc.execute("set local synchronous_commit = off");
		// the connection of the chunk's transaction, so that a failed chunk stages
		// nothing
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
			try {
				copy.writeToCopy(bytes, 0, bytes.length);
				copy.endCopy();
			}
			finally {
				if (copy.isActive()) {
					copy.cancelCopy();
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("COPY into platform_staging failed: " + ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/** A text-format COPY field and its tab; null as \N. */
	private static void field(StringBuilder text, String value) {
		if (value == null) {
			text.append("\\N\t");
			return;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> text.append("\\\\");
				case '\t' -> text.append("\\t");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				default -> text.append(c);
			}
		}
		text.append('\t');
	}

	@Override
	public void merge(long importId) {
		// sorts a full season's export in memory to keep each activity's newest row
		this.jdbc.execute("set local work_mem = '256MB'");
		this.jdbc.update("""
				insert into platform_activity as a (%s)
				select distinct on (activity_id) %s
				from platform_staging where import_id = ?
				order by activity_id, updated_at desc nulls last, line desc
				on conflict (activity_id) do update set name = excluded.name, mode = excluded.mode,
					county_code = excluded.county_code, city_code = excluded.city_code,
					start_date = excluded.start_date, end_date = excluded.end_date, employers = excluded.employers,
					positions = excluded.positions, intents = excluded.intents, campaign = excluded.campaign,
					status = excluded.status, updated_at = excluded.updated_at, import_id = excluded.import_id,
					line = excluded.line
				where a.updated_at is null or excluded.updated_at > a.updated_at
				""".formatted(COLUMNS, COLUMNS), importId);
	}

	@Override
	public long stagedCount(long importId) {
		return this.jdbc.queryForObject("select count(*) from platform_staging where import_id = ?", Long.class,
				importId);
	}

	@Override
	public void clearStaging(long importId) {
		Boolean others = this.jdbc.queryForObject("select exists (select 1 from platform_staging where import_id <> ?)",
				Boolean.class, importId);
		if (Boolean.TRUE.equals(others)) {
			this.jdbc.update("delete from platform_staging where import_id = ?", importId);
		}
		else {
			// much faster than deleting a million rows one by one
			this.jdbc.execute("truncate table platform_staging");
		}
	}

}
