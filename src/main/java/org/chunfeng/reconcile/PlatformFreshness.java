package org.chunfeng.reconcile;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The platform data a reconciliation compared with (SPEC §4.1): fresh when an export was
 * imported after the previous weekly due date's due time (for the first period: any
 * import) and it counts activities for the period; otherwise stale, and nothing is
 * compared.
 *
 * @param fresh whether the cities' figures were compared with it
 * @param reason why it is fresh or stale, one Chinese sentence
 * @param lastImport when the latest export was taken in; null when none was
 * @param lastImportFile that export's file name; null when none was
 * @param newestUpdate the newest 更新时间 among the activities (platform time); null when
 * none
 * @param activities activities stored
 * @param counted activities counted as of the period (SPEC §3.2)
 * @param rejectedRows rows rejected over all imports
 */
public record PlatformFreshness(boolean fresh, String reason, Instant lastImport, String lastImportFile,
		LocalDateTime newestUpdate, long activities, long counted, long rejectedRows) {

}
