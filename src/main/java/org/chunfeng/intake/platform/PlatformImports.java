package org.chunfeng.intake.platform;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * When platform exports were taken in, for the freshness of the platform data (SPEC
 * §4.1).
 */
public interface PlatformImports {

	/** The latest export that loaded (wholly or with rejected rows), if any. */
	Optional<LastImport> lastImport();

	/**
	 * @param importedAt when chunfeng finished taking it in
	 * @param fileName the export's file name
	 * @param newestUpdate the newest 更新时间 of the stored activities (platform time, no
	 * zone), null when none has one
	 */
	record LastImport(Instant importedAt, String fileName, LocalDateTime newestUpdate) {

	}

}
