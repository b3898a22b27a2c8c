package org.chunfeng.intake.platform;

import java.time.Instant;

/**
 * One platform export taken in, as the console and {@code status} list it.
 *
 * @param reason why it was refused or not imported; null otherwise
 * @param finishedAt null while running
 */
public record PlatformImport(long id, String file, Outcome outcome, long rowsRead, long rowsLoaded, long rowsRejected,
		String reason, Instant startedAt, Instant finishedAt) {

	/** What became of an import attempt, so far. */
	public enum Outcome {

		/** Stored, possibly with rejected rows. */
		LOADED,

		/** Nothing stored: the file or too many of its rows were wrong. */
		REFUSED,

		/** The same bytes as an earlier import: nothing done. */
		DUPLICATE,

		/**
		 * Its job has not finished (it is running, failed or its process died): the same
		 * bytes resume it.
		 */
		RUNNING,

		/**
		 * Given up (it could not resume): nothing of it kept; the same bytes import
		 * afresh.
		 */
		FAILED;

		/** A finished import's outcome. */
		public static Outcome of(PlatformImportResult.Outcome outcome) {
			return valueOf(outcome.name());
		}

	}

}
