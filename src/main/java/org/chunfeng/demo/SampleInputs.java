package org.chunfeng.demo;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes deterministic sample inputs: a platform export into the work folder's platform
 * inbox, and city workbooks with the times they were received: two weeks of statistics,
 * and the phase reports' and the final summary's with their 阶段进展 sheets.
 */
public interface SampleInputs {

	/** The reporting date of the second week, the one the demo reports on. */
	LocalDate REPORTING_DATE = LocalDate.of(2024, 2, 29);

	/** The first week's reporting date. */
	LocalDate FIRST_REPORTING_DATE = LocalDate.of(2024, 2, 22);

	/** The first phase report's date (春节前阶段性活动进展, due 2 Feb). */
	LocalDate PHASE1_DATE = LocalDate.of(2024, 2, 1);

	/** The second phase report's date (第二次阶段性活动进展, due 22 Feb). */
	LocalDate PHASE2_DATE = LocalDate.of(2024, 2, 21);

	/** The final summary's date: the campaign's last day. */
	LocalDate FINAL_DATE = LocalDate.of(2024, 4, 8);

	Written write();

	/**
	 * A city workbook as it arrived.
	 *
	 * @param receivedAt when it arrived (by email, say): what the demo states when it
	 * imports it, as an admin would with {@code --received-at}
	 * @param note what it shows, in Chinese (逾期, 更正, 将被退回), or ""
	 */
	record Workbook(Path file, LocalDate reportingDate, Instant receivedAt, String note) {

	}

	/**
	 * @param platformExport the platform export written to the platform inbox
	 * @param workbooks the city workbooks, in the order they arrived
	 * @param activities activity rows in the export
	 * @param missingCity the city that never submits
	 * @param carriedForwardCity the city that submits the first week only
	 * @param refusedCity the city whose second-week file is refused
	 * @param noProgressCity the city that sends its statistics without a 阶段进展 sheet
	 * @param blankFigureCity the city that leaves a 阶段进展 count blank
	 */
	record Written(Path platformExport, List<Workbook> workbooks, int activities, String missingCity,
			String carriedForwardCity, String refusedCity, String noProgressCity, String blankFigureCity) {

		public Written {
			workbooks = List.copyOf(workbooks);
		}

	}

}
