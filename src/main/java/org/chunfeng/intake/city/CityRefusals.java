package org.chunfeng.intake.city;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The refused city files, and whether the city has been told (退回通知, once per refused
 * file).
 */
public interface CityRefusals {

	/** Refusals with a reporting date on or before {@code date}, oldest first. */
	List<CityRefusal> upTo(LocalDate date);

	/** Refusals whose city has not been sent a 退回通知 yet, oldest first. */
	List<CityRefusal> unnoticed();

	/**
	 * Records that the notice with this key told the cities of these refusals; a refusal
	 * already noticed keeps its first key.
	 */
	void markNoticed(Collection<Long> refusalIds, String noticeKey, Instant at);

	/** The refusals a notice key told of. */
	List<CityRefusal> noticedBy(String noticeKey);

}
