package org.chunfeng.intake.platform.internal;

/**
 * The database-specific half of an import: staging rows (COPY on PostgreSQL, JDBC batches
 * elsewhere) and the one set-based merge into platform_activity.
 */
interface PlatformStore {

	String COLUMNS = """
			activity_id, name, mode, county_code, city_code, start_date, end_date, employers, positions, intents,
			campaign, status, updated_at, import_id, line""";

	/**
	 * Starts staging rows in the caller's transaction; no other statement may run on it
	 * until the staging is finished.
	 */
	Staging staging(long importId);

	/**
	 * Upserts the import's staged rows: per activity the newest updated_at of the file,
	 * replacing a stored one only when newer.
	 */
	void merge(long importId);

	long stagedCount(long importId);

	void clearStaging(long importId);

	/** Rows on their way into platform_staging, sent as they are added. */
	interface Staging extends AutoCloseable {

		void add(PlatformActivity row);

		/** Stages everything added; until then nothing is guaranteed to be stored. */
		void finish();

		/** Abandons what is not finished. */
		@Override
		void close();

	}

}
