package org.chunfeng.report.internal;

import java.util.List;

import org.chunfeng.intake.city.Metric;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.region.City;

/**
 * What the charts show: per city the positions offered at online and offline fairs as the
 * city reported them (0 and marked when it has not submitted), in reference order.
 */
record CityPositions(City city, boolean submitted, long online, long offline) {

	static List<CityPositions> of(Reconciliation reconciliation) {
		return reconciliation.cities().stream().map(CityPositions::of).toList();
	}

	static CityPositions of(CityReconciliation city) {
		return city.submission()
			.map((submission) -> new CityPositions(city.city(), true,
					submission.figure(Metric.ONLINE_POSITIONS).longValue(),
					submission.figure(Metric.OFFLINE_POSITIONS).longValue()))
			.orElseGet(() -> new CityPositions(city.city(), false, 0, 0));
	}

	/** The category label: the city's name, with （未报送） when it has not submitted. */
	String label() {
		return this.submitted ? this.city.name() : this.city.name() + "（未报送）";
	}

}
