package org.chunfeng.reconcile;

import java.util.List;
import java.util.Optional;

import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.intake.city.Metric;
import org.chunfeng.intake.platform.PlatformCityCounts;
import org.chunfeng.region.City;

/**
 * A city's reconciliation as of a date: its submission (if any), the platform's counts,
 * the five reconciled figures (in {@code Metric.reconciled()} order) and every county of
 * the city in reference order.
 */
public record CityReconciliation(City city, Optional<CitySubmission> submission, PlatformCityCounts platform,
		List<MetricCheck> metrics, List<CountyCheck> counties) {

	public CityReconciliation {
		metrics = List.copyOf(metrics);
		counties = List.copyOf(counties);
	}

	public boolean submitted() {
		return this.submission.isPresent();
	}

	/**
	 * A reconciled figure is a MISMATCH, or a county's claim disagrees with the platform.
	 */
	public boolean hasDiscrepancies() {
		return this.metrics.stream().anyMatch((check) -> check.status() == MetricStatus.MISMATCH)
				|| this.counties.stream().anyMatch((check) -> check.status().discrepancy());
	}

	/** The check of one reconciled figure. */
	public MetricCheck metric(Metric metric) {
		return this.metrics.stream()
			.filter((check) -> check.metric() == metric)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(metric.key() + " is not a reconciled figure"));
	}

}
