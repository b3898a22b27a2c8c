package org.chunfeng.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.chunfeng.intake.city.CityRefusal;
import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.intake.city.Metric;
import org.chunfeng.intake.platform.PlatformCityCounts;
import org.chunfeng.region.City;

/**
 * A city in a reconciliation (SPEC §4.1): its submission status for the period, the
 * figures shown (its latest accepted submission on or before the as-of date; none when
 * NOT_SUBMITTED), the platform's counts as of the figures' own reporting date (as of the
 * period when there are none), the five reconciled figures in {@code Metric.reconciled()}
 * order, every county in reference order, the period's refused files, and its status for
 * every weekly due date up to the as-of date.
 *
 * @param submission the submission whose figures are shown, empty when none
 * @param previous the city's figures as of the previous weekly due date (for 周环比), empty
 * when none
 * @param refusals the city's refused files for the period, oldest first
 * @param completeness the status for each weekly due date up to the as-of date, in order
 */
public record CityReconciliation(City city, SubmissionStatus status, Optional<CitySubmission> submission,
		Optional<CitySubmission> previous, PlatformCityCounts platform, List<MetricCheck> metrics,
		List<CountyCheck> counties, List<CityRefusal> refusals, Map<LocalDate, SubmissionStatus> completeness) {

	public CityReconciliation {
		metrics = List.copyOf(metrics);
		counties = List.copyOf(counties);
		refusals = List.copyOf(refusals);
		completeness = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(completeness));
	}

	/** Figures are shown for the city (of the period or carried forward). */
	public boolean hasFigures() {
		return this.submission.isPresent();
	}

	/** Submitted for the period: ON_TIME or LATE. */
	public boolean submitted() {
		return this.status.submitted();
	}

	public boolean late() {
		return this.status == SubmissionStatus.LATE;
	}

	/**
	 * The figures shown are of an earlier reporting date (CARRIED_FORWARD or REFUSED).
	 */
	public boolean carriedForward() {
		return hasFigures() && !submitted();
	}

	/** The reporting date of the figures shown. */
	public Optional<LocalDate> figuresAsOf() {
		return this.submission.map(CitySubmission::reportingDate);
	}

	/** A figure as shown; empty when the city has no figures. */
	public Optional<BigDecimal> figure(Metric metric) {
		return this.submission.map((shown) -> shown.figure(metric));
	}

	/** The city's figures were compared with the platform. */
	public boolean compared() {
		return this.metrics.stream().anyMatch((check) -> check.status().compared());
	}

	/**
	 * A compared figure is a MISMATCH, or a county is not confirmed (SPEC §4.1). A city
	 * that was not compared has none.
	 */
	public boolean hasDiscrepancies() {
		return compared() && (this.metrics.stream().anyMatch((check) -> check.status() == MetricStatus.MISMATCH)
				|| this.counties.stream().anyMatch((check) -> check.status().discrepancy()));
	}

	/** The check of one reconciled figure. */
	public MetricCheck metric(Metric metric) {
		return this.metrics.stream()
			.filter((check) -> check.metric() == metric)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(metric.key() + " is not a reconciled figure"));
	}

}
