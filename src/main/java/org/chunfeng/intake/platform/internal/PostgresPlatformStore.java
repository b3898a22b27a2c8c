package org.chunfeng.intake.platform.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/** PostgreSQL: binary COPY into the unlogged staging table, then a set-based merge. */
class PostgresPlatformStore implements PlatformStore {

	/**
	 * Each activity's newest row in the import: the latest updated_at, then the last
	 * line.
	 */
	private static final String NEWEST_ROWS = """
			select distinct on (activity_id) %s from platform_staging where import_id = ?
			order by activity_id, updated_at desc nulls last, line desc""".formatted(COLUMNS);

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	PostgresPlatformStore(DataSource dataSource, JdbcTemplate jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/**
	 * On the connection of the caller's transaction, so that a failed chunk stages
	 * nothing.
	 */
	@Override
	public Staging staging(long importId) {
		// a lost chunk commit after a database crash is re-read on restart, like a failed
		// one
		this.jdbc.execute("set local synchronous_commit = off");
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(PostgresStaging.COPY);
			return new PostgresStaging(copy, importId,
					() -> DataSourceUtils.releaseConnection(connection, this.dataSource));
		}
		catch (SQLException ex) {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
			throw new IllegalStateException("COPY into platform_staging failed: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Updates the stored activities the file has newer rows for, then inserts the new
	 * ones: a plain insert of rows no activity has yet costs half of an INSERT … ON
	 * CONFLICT, which checks every row speculatively. A first import (nothing stored)
	 * needs neither the update nor the check.
	 */
	@Override
	public void merge(long importId) {
		// sorts a full season's export in memory to keep each activity's newest row
		this.jdbc.execute("set local work_mem = '256MB'");
		// one merge at a time, across processes too: both statements must see the same
		// stored activities; readers are not blocked
		this.jdbc.execute("lock table platform_activity in share row exclusive mode");
		if (!Boolean.TRUE
			.equals(this.jdbc.queryForObject("select exists (select 1 from platform_activity)", Boolean.class))) {
			loadIntoEmpty(importId);
			return;
		}
		// row estimates for joining a large file with what is stored
		this.jdbc.execute("analyze platform_staging");
		// one statement, so that the file's newest rows are sorted out once; both parts
		// see the activities as stored before it, and the insert takes only new ones
		this.jdbc.update("""
				with newest as materialized (%s),
				updated as (
					update platform_activity a set name = s.name, mode = s.mode, county_code = s.county_code,
						city_code = s.city_code, start_date = s.start_date, end_date = s.end_date,
						employers = s.employers, positions = s.positions, intents = s.intents, campaign = s.campaign,
						status = s.status, updated_at = s.updated_at, import_id = s.import_id, line = s.line
					from newest s
					where a.activity_id = s.activity_id and (a.updated_at is null or s.updated_at > a.updated_at))
				insert into platform_activity (%s)
				select %s from newest s
				where not exists (select 1 from platform_activity a where a.activity_id = s.activity_id)
				""".formatted(NEWEST_ROWS, COLUMNS, COLUMNS), importId);
	}

	/**
	 * A first import loads as PostgreSQL advises for populating a table: rows first, the
	 * primary key's index built once afterwards (readers wait the seconds this takes).
	 * Most exports name each activity once, so the rows go in as they are and the key
	 * proves it; a file that repeats an activity goes back and keeps each one's newest
	 * row.
	 */
	private void loadIntoEmpty(long importId) {
		this.jdbc.execute("set local maintenance_work_mem = '256MB'");
		this.jdbc.execute("alter table platform_activity drop constraint platform_activity_pkey");
		this.jdbc.execute("savepoint rows_as_they_are");
		try {
			this.jdbc.update("insert into platform_activity (%s) select %s from platform_staging where import_id = ?"
				.formatted(COLUMNS, COLUMNS), importId);
			addPrimaryKey();
			this.jdbc.execute("release savepoint rows_as_they_are");
		}
		catch (DuplicateKeyException ex) {
			this.jdbc.execute("rollback to savepoint rows_as_they_are");
			this.jdbc.update("insert into platform_activity (%s) %s".formatted(COLUMNS, NEWEST_ROWS), importId);
			addPrimaryKey();
		}
	}

	private void addPrimaryKey() {
		this.jdbc
			.execute("alter table platform_activity add constraint platform_activity_pkey primary key (activity_id)");
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
