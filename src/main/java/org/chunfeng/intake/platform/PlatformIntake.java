package org.chunfeng.intake.platform;

import java.nio.file.Path;

/** Loads one platform activity export (CSV or XLSX) with an upsert on activity_id. */
public interface PlatformIntake {

	PlatformImportResult importFile(Path file);

}
