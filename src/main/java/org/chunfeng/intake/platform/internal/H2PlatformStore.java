package org.chunfeng.intake.platform.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * H2 (the embedded default): JDBC batches straight into platform_activity (a first
 * import) or into staging, then MERGE at the end of the file.
 */
class H2PlatformStore implements PlatformStore {

	private static final long MERGE_SLICE = 50_000;

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	H2PlatformStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The service's lock keeps imports of one process apart; H2 is not shared by several.
	 */
	@Override
	public boolean beginImport() {
		return !Boolean.TRUE
			.equals(this.jdbc.queryForObject("select exists (select 1 from platform_activity)", Boolean.class));
	}

	@Override
	public Staging activities(long importId) {
		return batches("platform_activity", importId);
	}

	/** Staged: H2's MERGE sorts out the whole file's rows at the end. */
	@Override
	public Staging changes(long importId) {
		return staging(importId);
	}

	@Override
	public Staging staging(long importId) {
		return batches("platform_staging", importId);
	}

	/** H2 runs in this process: no point in holding the stored versions twice. */
	@Override
	public Optional<StoredVersions> storedVersions(long budgetBytes) {
		return Optional.empty();
	}

	private Staging batches(String table, long importId) {
		return new Staging() {

			private final List<PlatformActivity> rows = new ArrayList<>(BATCH);

			@Override
			public void add(PlatformActivity row) {
				this.rows.add(row);
				if (this.rows.size() == BATCH) {
					finish();
				}
			}

			@Override
			public void finish() {
				insert(table, importId, this.rows);
				this.rows.clear();
			}

			@Override
			public void close() {
				this.rows.clear();
			}

		};
	}

	private void insert(String table, long importId, List<PlatformActivity> rows) {
		if (rows.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate("""
				insert into %s (%s) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""".formatted(table, COLUMNS), rows, rows.size(), (statement, row) -> {
			statement.setString(1, row.activityId());
			statement.setString(2, row.name());
			statement.setString(3, row.mode().name());
			statement.setString(4, row.countyCode());
			statement.setString(5, row.cityCode());
			statement.setDate(6, Date.valueOf(row.startDate()));
			statement.setDate(7, (row.endDate() != null) ? Date.valueOf(row.endDate()) : null);
			statement.setLong(8, row.employers());
			statement.setLong(9, row.positions());
			statement.setLong(10, row.intents());
			statement.setString(11, row.campaign());
			statement.setString(12, row.status());
			statement.setTimestamp(13, (row.updatedAt() != null) ? Timestamp.valueOf(row.updatedAt()) : null);
			statement.setLong(14, importId);
			statement.setLong(15, row.line());
		});
	}

	/**
	 * Merges in slices of lines, so that a large file does not need the whole staging
	 * table in memory. Slices go in line order and a later line of the same import with
	 * an equal updated_at replaces an earlier one, which keeps the whole file's newest
	 * row.
	 */
	@Override
	public void merge(long importId) {
		Long last = this.jdbc.queryForObject("select max(line) from platform_staging where import_id = ?", Long.class,
				importId);
		if (last == null) {
			return;
		}
		for (long from = 0; from <= last; from += MERGE_SLICE) {
			this.jdbc.update("""
					merge into platform_activity a
					using (select %s from (select s.*, row_number() over (partition by activity_id
							order by updated_at desc nulls last, line desc) as rank_in_file
						from platform_staging s where import_id = ? and line >= ? and line < ?) ranked
						where rank_in_file = 1) s
					on (a.activity_id = s.activity_id)
					when matched and (a.updated_at is null or s.updated_at > a.updated_at
							or (a.import_id = s.import_id and s.updated_at = a.updated_at)) then update set
						name = s.name, mode = s.mode, county_code = s.county_code, city_code = s.city_code,
						start_date = s.start_date, end_date = s.end_date, employers = s.employers,
						positions = s.positions, intents = s.intents, campaign = s.campaign, status = s.status,
						updated_at = s.updated_at, import_id = s.import_id, line = s.line
					when not matched then insert (%s) values (s.activity_id, s.name, s.mode, s.county_code,
						s.city_code, s.start_date, s.end_date, s.employers, s.positions, s.intents, s.campaign,
						s.status, s.updated_at, s.import_id, s.line)
					""".formatted(COLUMNS, COLUMNS), importId, from, from + MERGE_SLICE);
		}
	}

	@Override
	public long stagedCount(long importId) {
		return this.jdbc.queryForObject("select count(*) from platform_staging where import_id = ?", Long.class,
				importId);
	}

	@Override
	public void clearStaging(long importId) {
		this.jdbc.update("delete from platform_staging where import_id = ?", importId);
	}

}
