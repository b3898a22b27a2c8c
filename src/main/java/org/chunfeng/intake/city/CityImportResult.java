package org.chunfeng.intake.city;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What became of one imported workbook.
 *
 * @param file the file name
 * @param importedAt when it was imported
 * @param reportingDate the reporting date used (null when the file was unreadable)
 * @param duplicate the same bytes were imported before: nothing was done
 * @param acceptedCities names of the cities whose rows were stored
 * @param errors why the file, or a city's row, was refused; one line each, in Chinese,
 * naming the file, sheet, cell and value
 * @param warnings warnings stored with the accepted rows
 */
public record CityImportResult(String file, Instant importedAt, LocalDate reportingDate, boolean duplicate,
		List<String> acceptedCities, List<String> errors, List<String> warnings) {

	public CityImportResult {
		acceptedCities = List.copyOf(acceptedCities);
		errors = List.copyOf(errors);
		warnings = List.copyOf(warnings);
	}

	/** The file, or a city's row in it, was refused. */
	public boolean refused() {
		return !this.errors.isEmpty();
	}

}
