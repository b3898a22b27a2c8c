package org.chunfeng.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chunfeng.intake.city.Metric;

/**
 * Every city of the province reconciled as of one date, in reference order (SPEC §4.1).
 *
 * @param asOf the date the report is as of
 * @param period the latest weekly due date on or before it (phase and final reports: the
 * as-of date itself): the reporting date a city's submission is for to count as submitted
 * @param previousDate the weekly due date before the latest one on or before the as-of
 * date: what 周环比 compares with
 * @param platform the platform data compared with, and whether it is fresh
 * @param dueDates the weekly due dates up to the as-of date (the completeness matrix's
 * columns)
 */
public record Reconciliation(LocalDate asOf, LocalDate period, Optional<LocalDate> previousDate,
		PlatformFreshness platform, List<LocalDate> dueDates, List<CityReconciliation> cities) {

	public Reconciliation {
		dueDates = List.copyOf(dueDates);
		cities = List.copyOf(cities);
	}

	public Optional<CityReconciliation> city(String cityCode) {
		return this.cities.stream().filter((city) -> city.city().code().equals(cityCode)).findFirst();
	}

	/** The cities whose figures are shown (and summed), in reference order. */
	public List<CityReconciliation> withFigures() {
		return this.cities.stream().filter(CityReconciliation::hasFigures).toList();
	}

	/**
	 * The cities without figures (NOT_SUBMITTED, or REFUSED with nothing earlier): left
	 * out of the totals. JSON {@code totals_cover.missing}.
	 */
	public List<CityReconciliation> missing() {
		return this.cities.stream().filter((city) -> !city.hasFigures()).toList();
	}

	/**
	 * The cities whose figures are of an earlier reporting date (CARRIED_FORWARD, or
	 * REFUSED with earlier figures). JSON {@code totals_cover.carried_forward}.
	 */
	public List<CityReconciliation> carriedForward() {
		return this.cities.stream().filter(CityReconciliation::carriedForward).toList();
	}

	/** The cities with this status, in reference order. */
	public List<CityReconciliation> withStatus(SubmissionStatus status) {
		return this.cities.stream().filter((city) -> city.status() == status).toList();
	}

	/**
	 * The sum of the figures shown, every metric (carried-forward figures included);
	 * empty when no city has figures.
	 */
	public Map<Metric, BigDecimal> totals() {
		if (withFigures().isEmpty()) {
			return Map.of();
		}
		Map<Metric, BigDecimal> totals = new EnumMap<>(Metric.class);
		for (Metric metric : Metric.values()) {
			totals.put(metric, BigDecimal.ZERO);
		}
		for (CityReconciliation city : withFigures()) {
			totals.replaceAll((metric, sum) -> sum.add(city.submission().orElseThrow().figure(metric)));
		}
		return Collections.unmodifiableMap(totals);
	}

	/** The cities whose figures were compared with the platform. */
	public List<CityReconciliation> compared() {
		return this.cities.stream().filter(CityReconciliation::compared).toList();
	}

	/** The compared cities with a mismatching figure or an unconfirmed county. */
	public List<CityReconciliation> withDiscrepancies() {
		return this.cities.stream().filter(CityReconciliation::hasDiscrepancies).toList();
	}

	/**
	 * Every city was compared and none has a discrepancy: only then may a report say the
	 * cities' figures agree with the platform.
	 */
	public boolean allAgree() {
		return this.platform.fresh() && this.cities.stream().allMatch(CityReconciliation::compared)
				&& withDiscrepancies().isEmpty();
	}

}
