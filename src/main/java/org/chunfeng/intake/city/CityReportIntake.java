package org.chunfeng.intake.city;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

/** Takes in one city statistics workbook: reads, validates, stores all or nothing. */
public interface CityReportIntake {

	/**
	 * @param file the workbook (.xlsx or .xls)
	 * @param fileName the name to record and show (an upload's original name)
	 * @param reportingDate the reporting date, or null: from the sheet's 填报日期, else the
	 * latest weekly due date on or before today
	 * @param receivedAt when the file arrived, for lateness
	 */
	CityImportResult importFile(Path file, String fileName, LocalDate reportingDate, Instant receivedAt);

}
