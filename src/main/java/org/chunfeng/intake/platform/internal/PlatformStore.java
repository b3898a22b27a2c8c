package org.chunfeng.intake.platform.internal;

import java.util.List;

/**
 * The database-specific half of an import: staging rows (COPY on PostgreSQL, JDBC batches
 * elsewhere) and the one set-based merge into platform_activity.
 */
interface PlatformStore {

	String COLUMNS = """
			activity_id, name, mode, county_code, city_code, start_date, end_date, employers, positions, intents,
			campaign, status, updated_at, import_id, line""";

	/** Stages the rows in the caller's transaction. */
	void stage(long importId, List<PlatformActivity> rows);

	/**
	 * Upserts the import's staged rows: per activity the newest updated_at of the file,
	 * replacing a stored one only when newer.
	 */
	void merge(long importId);

	long stagedCount(long importId);

	void clearStaging(long importId);

}
