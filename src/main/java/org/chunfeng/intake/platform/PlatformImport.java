package org.chunfeng.intake.platform;

import java.time.Instant;

/**
 * One platform export taken in, as the console and {@code status} list it.
 *
 * @param outcome LOADED, REFUSED, DUPLICATE, or RUNNING while it is being imported
 * @param reason why it was refused or not imported; null otherwise
 * @param finishedAt null while running
 */
public record PlatformImport(long id, String file, String outcome, long rowsRead, long rowsLoaded, long rowsRejected,
		String reason, Instant startedAt, Instant finishedAt) {

}
