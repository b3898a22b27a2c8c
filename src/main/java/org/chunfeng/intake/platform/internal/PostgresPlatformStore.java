package org.chunfeng.intake.platform.internal;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyOut;
import org.postgresql.copy.PGCopyInputStream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * PostgreSQL: binary COPY straight into platform_activity (a first import), or into a
 * temporary table upserted from chunk by chunk (a later one), so that the server stores
 * one chunk while the next is read; repeated activities go to the unlogged staging table
 * for one merge at the end.
 */
class PostgresPlatformStore implements PlatformStore {

	/**
	 * Each activity's newest row in the import: the latest updated_at, then the last
	 * line.
	 */
	private static final String NEWEST_ROWS = """
			select distinct on (activity_id) %s from platform_staging where import_id = ?
			order by activity_id, updated_at desc nulls last, line desc""".formatted(COLUMNS);

	/** A chunk of rows naming activities the file did not name before. */
	private static final String CHUNK = "platform_chunk";

	private static final String UPSERT_CHUNK = """
			insert into platform_activity (%s) select %s from platform_chunk
			on conflict (activity_id) do update set name = excluded.name, mode = excluded.mode,
				county_code = excluded.county_code, city_code = excluded.city_code, start_date = excluded.start_date,
				end_date = excluded.end_date, employers = excluded.employers, positions = excluded.positions,
				intents = excluded.intents, campaign = excluded.campaign, status = excluded.status,
				updated_at = excluded.updated_at, import_id = excluded.import_id, line = excluded.line
			where platform_activity.updated_at is null or excluded.updated_at > platform_activity.updated_at
			""".formatted(COLUMNS, COLUMNS);

	private static final String STORED_VERSIONS = """
			copy (select activity_id, updated_at from platform_activity) to stdout with (format binary)""";

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	PostgresPlatformStore(DataSource dataSource, JdbcTemplate jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/** Across processes too: the lock is the one every import takes. */
	@Override
	public boolean beginImport() {
		this.jdbc.execute("lock table platform_activity in share row exclusive mode");
		return !Boolean.TRUE
			.equals(this.jdbc.queryForObject("select exists (select 1 from platform_activity)", Boolean.class));
	}

	@Override
	public Staging activities(long importId) {
		return copy(PostgresStaging.COPY_ACTIVITIES, "platform_activity", importId);
	}

	/**
	 * COPY into a temporary table (no WAL, dropped with the transaction), then one INSERT
	 * … ON CONFLICT: the chunk's rows are distinct, and the server upserts them while the
	 * reader reads the next chunk.
	 */
	@Override
	public Staging changes(long importId) {
		this.jdbc
			.execute("create temporary table if not exists %s (like platform_staging) on commit drop".formatted(CHUNK));
		Staging chunk = copy(PostgresStaging.copyInto(CHUNK), CHUNK, importId);
		return new Staging() {

			@Override
			public void add(PlatformActivity row) {
				chunk.add(row);
			}

			@Override
			public void finish() {
				chunk.finish();
				chunk.close();
				PostgresPlatformStore.this.jdbc.update(UPSERT_CHUNK);
				PostgresPlatformStore.this.jdbc.execute("truncate table " + CHUNK);
			}

			@Override
			public void close() {
				chunk.close();
			}

		};
	}

	@Override
	public Staging staging(long importId) {
		return copy(PostgresStaging.COPY, "platform_staging", importId);
	}

	private Staging copy(String sql, String table, long importId) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
			return new PostgresStaging(copy, table, importId,
					() -> DataSourceUtils.releaseConnection(connection, this.dataSource));
		}
		catch (SQLException ex) {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
			throw PostgresStaging.failed(table, ex);
		}
	}

	/**
	 * One binary COPY out of (activity_id, updated_at): a million activities arrive in
	 * well under a second and take about 35 MB. Not tried when the table's size estimate
	 * says they would not fit.
	 */
	@Override
	public Optional<StoredVersions> storedVersions(long budgetBytes) {
		Long estimate = this.jdbc.queryForObject(
				"select reltuples::bigint from pg_class where oid = 'platform_activity'::regclass", Long.class);
		if (estimate != null && estimate * StoredVersions.BYTES_PER_ACTIVITY > budgetBytes) {
			return Optional.empty();
		}
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(
				new PGCopyInputStream(connection.unwrap(PGConnection.class).getCopyAPI().copyOut(STORED_VERSIONS)),
				1 << 16))) {
			StoredVersions versions = StoredVersions.collecting(budgetBytes);
			boolean fits = readVersions(in, versions);
			// to the end of the COPY, which leaves the connection ready for the next
			// statement
			while (in.read() >= 0) {
				in.skipNBytes(in.available());
			}
			return fits ? Optional.of(versions) : Optional.empty();
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("cannot read the stored activities' versions: " + ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/**
	 * PostgreSQL's binary COPY format: a header, then per row its fields, then -1. Stops
	 * at the first version that does not fit.
	 */
	private static boolean readVersions(DataInputStream in, StoredVersions versions) throws IOException {
		in.skipNBytes(11 + 4);
		in.skipNBytes(in.readInt());
		byte[] id = new byte[256];
		while (true) {
			short fields = in.readShort();
			if (fields < 0) {
				return true;
			}
			int length = in.readInt();
			if (length > id.length) {
				id = new byte[length];
			}
			in.readFully(id, 0, length);
			long version = (in.readInt() < 0) ? StoredVersions.NO_VERSION : in.readLong();
			if (!versions.add(id, 0, length, version)) {
				return false;
			}
		}
	}

	/**
	 * Updates the stored activities the file has newer rows for, then inserts the new
	 * ones, in one statement so that the file's newest rows are sorted out once and both
	 * parts see the activities as stored before it.
	 */
	@Override
	public void merge(long importId) {
		// sorts the staged rows in memory to keep each activity's newest row
		this.jdbc.execute("set local work_mem = '256MB'");
		this.jdbc.execute("lock table platform_activity in share row exclusive mode");
		this.jdbc.update("""
				with newest as materialized (%s),
				updated as (
					update platform_activity a set name = s.name, mode = s.mode, county_code = s.county_code,
						city_code = s.city_code, start_date = s.start_date, end_date = s.end_date,
						employers = s.employers, positions = s.positions, intents = s.intents, campaign = s.campaign,
						status = s.status, updated_at = s.updated_at, import_id = s.import_id, line = s.line
					from newest s
					where a.activity_id = s.activity_id and (a.updated_at is null or s.updated_at > a.updated_at
						or (a.import_id = s.import_id and s.updated_at = a.updated_at)))
				insert into platform_activity (%s)
				select %s from newest s
				where not exists (select 1 from platform_activity a where a.activity_id = s.activity_id)
				""".formatted(NEWEST_ROWS, COLUMNS, COLUMNS), importId);
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
