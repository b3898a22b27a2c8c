package org.chunfeng.reconcile.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.intake.city.Metric;
import org.chunfeng.intake.platform.CountyActivity;
import org.chunfeng.intake.platform.PlatformCityCounts;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.CountyCheck;
import org.chunfeng.reconcile.CountyCheck.Claim;
import org.chunfeng.reconcile.CountyStatus;
import org.chunfeng.reconcile.MetricCheck;
import org.chunfeng.reconcile.MetricStatus;
import org.chunfeng.region.City;
import org.chunfeng.region.County;

/**
 * The reconciliation rules of SPEC §4 for one city, free of storage: a submission (or
 * none) and the platform's counts in, the checks out.
 */
final class ReconciliationRules {

	private final ReconcileProperties.Tolerance tolerance;

	ReconciliationRules(ReconcileProperties.Tolerance tolerance) {
		this.tolerance = tolerance;
	}

	CityReconciliation reconcile(City city, Optional<CitySubmission> submission, PlatformCityCounts platform) {
		PlatformCityCounts counts = (platform != null) ? platform
				: new PlatformCityCounts(city.code(), 0, 0, 0, 0, 0, Map.of());
		List<MetricCheck> metrics = new ArrayList<>();
		for (Metric metric : Metric.reconciled()) {
			long platformFigure = platformFigure(counts, metric);
			metrics.add(submission.map((sub) -> check(metric, sub.figure(metric), platformFigure))
				.orElseGet(() -> new MetricCheck(metric, null, platformFigure, null, MetricStatus.NOT_SUBMITTED)));
		}
		Set<String> active = new HashSet<>(submission.map(CitySubmission::countiesActive).orElse(List.of()));
		Set<String> inactive = new HashSet<>(submission.map(CitySubmission::countiesInactive).orElse(List.of()));
		List<CountyCheck> counties = new ArrayList<>();
		for (County county : city.counties()) {
			CountyActivity activity = counts.activeCounties().get(county.code());
			long activities = (activity != null) ? activity.activities() : 0;
			long positions = (activity != null) ? activity.positions() : 0;
			// a county in both lists (a warning at intake) counts as claimed active: the
			// city did say it ran activities there, and the platform decides
			Claim claim = active.contains(county.code()) ? Claim.ACTIVE
					: inactive.contains(county.code()) ? Claim.INACTIVE : Claim.NOT_LISTED;
			counties.add(new CountyCheck(county.code(), county.name(), activities, positions, claim,
					countyStatus(claim, activities > 0)));
		}
		return new CityReconciliation(city, submission, counts, metrics, counties);
	}

	MetricCheck check(Metric metric, BigDecimal reported, long platform) {
		BigDecimal platformFigure = BigDecimal.valueOf(platform);
		BigDecimal difference = reported.subtract(platformFigure);
		BigDecimal allowed = this.tolerance.absolute().max(this.tolerance.relative().multiply(platformFigure.abs()));
		MetricStatus status = (difference.abs().compareTo(allowed) <= 0) ? MetricStatus.MATCH : MetricStatus.MISMATCH;
		return new MetricCheck(metric, reported, platform, difference, status);
	}

	static CountyStatus countyStatus(Claim claim, boolean activeOnPlatform) {
		return switch (claim) {
			case NOT_LISTED -> CountyStatus.NOT_LISTED;
			case ACTIVE ->
				activeOnPlatform ? CountyStatus.CONFIRMED_ACTIVE : CountyStatus.CLAIMED_WITHOUT_PLATFORM_RECORD;
			case INACTIVE ->
				activeOnPlatform ? CountyStatus.PLATFORM_ACTIVITY_NOT_CLAIMED : CountyStatus.CONFIRMED_INACTIVE;
		};
	}

	static long platformFigure(PlatformCityCounts counts, Metric metric) {
		return switch (metric) {
			case ONLINE_FAIRS -> counts.onlineFairs();
			case ONLINE_POSITIONS -> counts.onlinePositions();
			case OFFLINE_FAIRS -> counts.offlineFairs();
			case OFFLINE_POSITIONS -> counts.offlinePositions();
			case AGREEMENTS -> counts.agreements();
			default -> throw new IllegalArgumentException(metric.key() + " has no platform figure");
		};
	}

}
