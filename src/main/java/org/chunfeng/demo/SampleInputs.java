package org.chunfeng.demo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Writes deterministic sample inputs into the work folder's inboxes. */
public interface SampleInputs {

	/** The reporting date the sample workbooks are filled in for. */
	LocalDate REPORTING_DATE = LocalDate.of(2024, 2, 29);

	Written write();

	/**
	 * @param platformExport the platform export written to the platform inbox
	 * @param workbooks the city workbooks written to the city inbox
	 * @param activities activity rows in the export
	 * @param missingCity the city that has not submitted
	 */
	record Written(Path platformExport, List<Path> workbooks, int activities, String missingCity) {

		public Written {
			workbooks = List.copyOf(workbooks);
		}

	}

}
