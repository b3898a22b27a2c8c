package org.chunfeng.reconcile.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chunfeng.intake.city.CityRefusal;
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
import org.chunfeng.reconcile.SubmissionStatus;
import org.chunfeng.region.City;
import org.chunfeng.region.County;

/**
 * The reconciliation rules of SPEC §4 and §4.1 for one city, free of storage: the
 * submission shown (or none), the platform's counts as of its reporting date and whether
 * the platform data is fresh in, the checks out.
 */
final class ReconciliationRules {

	private final ReconcileProperties.Tolerance tolerance;

	ReconciliationRules(ReconcileProperties.Tolerance tolerance) {
		this.tolerance = tolerance;
	}

	/**
	 * The status for a period: submitted for it (on time or late), else refused when the
	 * city's files for it were refused, else carried forward when earlier figures exist,
	 * else not submitted. Figures of a reporting date after the period's (a file of 8
	 * April in the period of 3 April) are for the period, and late: they came after the
	 * period's due time.
	 */
	static SubmissionStatus status(Optional<CitySubmission> shown, LocalDate period, List<CityRefusal> refusals) {
		if (shown.isPresent() && !shown.get().reportingDate().isBefore(period)) {
			boolean late = shown.get().late() || shown.get().reportingDate().isAfter(period);
			return late ? SubmissionStatus.LATE : SubmissionStatus.ON_TIME;
		}
		if (!refusals.isEmpty()) {
			return SubmissionStatus.REFUSED;
		}
		return shown.isPresent() ? SubmissionStatus.CARRIED_FORWARD : SubmissionStatus.NOT_SUBMITTED;
	}

	CityReconciliation reconcile(City city, SubmissionStatus status, Optional<CitySubmission> submission,
			Optional<CitySubmission> previous, PlatformCityCounts platform, boolean platformFresh,
			List<CityRefusal> refusals, Map<LocalDate, SubmissionStatus> completeness) {
		PlatformCityCounts counts = (platform != null) ? platform
				: new PlatformCityCounts(city.code(), 0, 0, 0, 0, 0, Map.of());
		List<MetricCheck> metrics = new ArrayList<>();
		for (Metric metric : Metric.reconciled()) {
			long platformFigure = platformFigure(counts, metric);
			if (submission.isEmpty()) {
				metrics.add(new MetricCheck(metric, null, platformFigure, null, MetricStatus.NOT_SUBMITTED));
			}
			else if (!platformFresh) {
				metrics.add(new MetricCheck(metric, submission.get().figure(metric), platformFigure, null,
						MetricStatus.PLATFORM_STALE));
			}
			else {
				metrics.add(check(metric, submission.get().figure(metric), platformFigure));
			}
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
			CountyStatus countyStatus = submission.isEmpty() ? CountyStatus.NOT_SUBMITTED
					: (!platformFresh && claim != Claim.NOT_LISTED) ? CountyStatus.PLATFORM_STALE
							: countyStatus(claim, activities > 0);
			counties.add(new CountyCheck(county.code(), county.name(), activities, positions, claim, countyStatus));
		}
		return new CityReconciliation(city, status, submission, previous, counts, metrics, counties, refusals,
				completeness);
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
