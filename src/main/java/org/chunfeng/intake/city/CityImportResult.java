package org.chunfeng.intake.city;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What became of one imported workbook.
 *
 * @param file the file name
 * @param importedAt when chunfeng took it in
 * @param receivedAt when it counts as received: {@code importedAt}, or the time the admin
 * stated ({@code --received-at})
 * @param reportingDate the reporting date used (null when the file was unreadable and no
 * date could be told)
 * @param duplicate the same bytes were imported before: nothing was done
 * @param acceptedCities names of the cities whose rows were stored
 * @param errors why the file, or a city's row, was refused; one line each, in Chinese,
 * naming the file, sheet, cell and value
 * @param warnings warnings stored with the accepted rows
 * @param accepted per accepted city: lateness and the submission it replaces
 * @param refusedCities the cities whose row (or whole file) was refused, as far as the
 * file tells
 */
public record CityImportResult(String file, Instant importedAt, Instant receivedAt, LocalDate reportingDate,
		boolean duplicate, List<String> acceptedCities, List<String> errors, List<String> warnings,
		List<Accepted> accepted, List<String> refusedCities) {

	public CityImportResult {
		acceptedCities = List.copyOf(acceptedCities);
		errors = List.copyOf(errors);
		warnings = List.copyOf(warnings);
		accepted = List.copyOf(accepted);
		refusedCities = List.copyOf(refusedCities);
	}

	/** The file, or a city's row in it, was refused. */
	public boolean refused() {
		return !this.errors.isEmpty();
	}

	/**
	 * One accepted city row.
	 *
	 * @param late received after the due time of its reporting date
	 * @param dueAt that due time; null when the reporting date is not a weekly due date
	 * (a phase or final summary file): no due time applies, and it is not late
	 * @param replaces the submission for the same city and reporting date that counted
	 * before and no longer does; null when there was none
	 * @param supersededBy a submission for the same city and date received later than
	 * this one (its receipt time was stated as earlier): this one is kept as history only
	 */
	public record Accepted(String city, boolean late, Instant dueAt, Earlier replaces, Earlier supersededBy) {

	}

	/** Another submission of the same city and reporting date. */
	public record Earlier(String fileName, Instant receivedAt) {

	}

}
