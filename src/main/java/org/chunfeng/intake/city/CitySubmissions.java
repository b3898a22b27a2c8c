package org.chunfeng.intake.city;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The accepted city submissions, newest first where several exist. */
public interface CitySubmissions {

	/** The newest accepted submission of the city for exactly this reporting date. */
	Optional<CitySubmission> current(String cityCode, LocalDate reportingDate);

	/** The newest accepted submission of the city with a reporting date on or before. */
	Optional<CitySubmission> latestOnOrBefore(String cityCode, LocalDate date);

	/**
	 * The submission stored under this id (rows are never changed, so a run that noted
	 * the id reads the same figures later).
	 */
	Optional<CitySubmission> byId(long id);

	/**
	 * For every city and reporting date on or before {@code date}, the newest accepted
	 * submission; ordered by city code and reporting date.
	 */
	List<CitySubmission> currentUpTo(LocalDate date);

	/** Every imported file (accepted, refused or duplicate), newest first. */
	List<CityImportResult> recentImports(int limit);

}
