package org.chunfeng.intake.platform.internal;

import java.util.Optional;

/**
 * The database-specific half of an import, all in the caller's transaction: rows sent in
 * bulk (COPY on PostgreSQL, JDBC batches elsewhere) straight into platform_activity for a
 * first import, upserted chunk by chunk for a later one, and rows naming an activity the
 * file named before staged for one set-based merge at the end.
 */
interface PlatformStore {

	String COLUMNS = """
			activity_id, name, mode, county_code, city_code, start_date, end_date, employers, positions, intents,
			campaign, status, updated_at, import_id, line""";

	/**
	 * Starts an import: no other import loads or merges until the caller's transaction
	 * ends (readers are not held up).
	 * @return whether nothing is stored, so that rows can go straight into
	 * platform_activity
	 */
	boolean beginImport();

	/**
	 * Rows straight into platform_activity. Only for rows whose activity is neither
	 * stored nor sent before.
	 */
	Staging activities(long importId);

	/**
	 * Rows that replace a stored activity when newer, or add a new one: stored when
	 * {@link Staging#finish()} returns, or at the latest by {@link #merge}. Only for rows
	 * whose activity the file did not name before.
	 */
	Staging changes(long importId);

	/** Rows for {@link #merge}: any, repeated activities included. */
	Staging staging(long importId);

	/**
	 * The stored activities' versions, when they fit in {@code budgetBytes} of heap and
	 * the database is worth asking (empty otherwise).
	 */
	Optional<StoredVersions> storedVersions(long budgetBytes);

	/**
	 * Upserts the import's staged rows: per activity the newest updated_at of the file
	 * (the later line when equal), replacing a stored one only when newer, or when it
	 * came from an earlier line of this import with the same updated_at.
	 */
	void merge(long importId);

	long stagedCount(long importId);

	void clearStaging(long importId);

	/**
	 * Rows on their way into the database, sent as they are added; no other statement may
	 * run on the transaction until they are finished.
	 */
	interface Staging extends AutoCloseable {

		void add(PlatformActivity row);

		/** Stores everything added; until then nothing is guaranteed to be stored. */
		void finish();

		/** Abandons what is not finished. */
		@Override
		void close();

	}

}
