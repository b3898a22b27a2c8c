package org.chunfeng.intake.platform;

import java.time.Instant;

/**
 * A platform export row that was not loaded, with its line number and reason (Chinese).
 */
public record PlatformRejection(String file, long line, String activityId, String reason, Instant at) {

}
