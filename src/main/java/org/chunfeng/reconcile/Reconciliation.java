package org.chunfeng.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chunfeng.intake.city.Metric;

/** Every city of the province reconciled as of one date, in reference order. */
public record Reconciliation(LocalDate asOf, List<CityReconciliation> cities) {

	public Reconciliation {
		cities = List.copyOf(cities);
	}

	public Optional<CityReconciliation> city(String cityCode) {
		return this.cities.stream().filter((city) -> city.city().code().equals(cityCode)).findFirst();
	}

	/** The cities without a submission for the as-of date, in reference order. */
	public List<CityReconciliation> notSubmitted() {
		return this.cities.stream().filter((city) -> !city.submitted()).toList();
	}

	/**
	 * The province's totals of the cities' reported figures (every metric, the cities
	 * that have submitted), as in the 合计 row of the statistics table.
	 */
	public Map<Metric, BigDecimal> reportedTotals() {
		Map<Metric, BigDecimal> totals = new EnumMap<>(Metric.class);
		for (Metric metric : Metric.values()) {
			totals.put(metric, BigDecimal.ZERO);
		}
		for (CityReconciliation city : this.cities) {
			city.submission()
				.ifPresent((submission) -> totals.replaceAll((metric, sum) -> sum.add(submission.figure(metric))));
		}
		return Collections.unmodifiableMap(totals);
	}

	/** The cities with a mismatching figure or county claim, in reference order. */
	public List<CityReconciliation> withDiscrepancies() {
		return this.cities.stream().filter(CityReconciliation::hasDiscrepancies).toList();
	}

}
