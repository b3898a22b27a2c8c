package org.chunfeng.intake.platform.internal;

import java.util.Optional;

/**
 * The database-specific half of an import: rows sent in bulk (COPY on PostgreSQL, JDBC
 * batches elsewhere) straight into platform_activity for a first import, else into
 * platform_staging for one set-based merge.
 */
interface PlatformStore {

	String COLUMNS = """
			activity_id, name, mode, county_code, city_code, start_date, end_date, employers, positions, intents,
			campaign, status, updated_at, import_id, line""";

	/**
	 * In the caller's transaction: whether nothing is stored, so that a file can go
	 * straight into platform_activity; then no other import loads or merges until that
	 * transaction ends.
	 */
	boolean beginFirstImport();

	/**
	 * Starts sending rows straight into platform_activity in the caller's transaction; no
	 * other statement may run on it until they are finished. Only for rows whose activity
	 * is neither stored nor sent before.
	 */
	Staging activities(long importId);

	/**
	 * Starts staging rows in the caller's transaction; no other statement may run on it
	 * until the staging is finished.
	 */
	Staging staging(long importId);

	/**
	 * The stored activities' versions, in the caller's transaction, when they fit in
	 * {@code budgetBytes} of heap and the database is worth asking (empty otherwise).
	 */
	Optional<StoredVersions> storedVersions(long budgetBytes);

	/**
	 * Upserts the import's staged rows: per activity the newest updated_at of the file
	 * (the later line when equal), replacing a stored one only when newer, or when it
	 * came from an earlier line of this import with the same updated_at.
	 * @param repeats whether the staged rows may name an activity more than once
	 */
	void merge(long importId, boolean repeats);

	long stagedCount(long importId);

	void clearStaging(long importId);

	/** Rows on their way into the database, sent as they are added. */
	interface Staging extends AutoCloseable {

		void add(PlatformActivity row);

		/** Stores everything added; until then nothing is guaranteed to be stored. */
		void finish();

		/** Abandons what is not finished. */
		@Override
		void close();

	}

}
