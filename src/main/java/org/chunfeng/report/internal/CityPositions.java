package org.chunfeng.report.internal;

import java.util.List;

import org.chunfeng.intake.city.Metric;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.reconcile.SubmissionStatus;
import org.chunfeng.region.City;

/**
 * What the charts show: per city the positions offered at online and offline fairs as
 * shown for it (none, and marked, when it has no figures; marked with their date when
 * carried forward), in reference order.
 */
record CityPositions(City city, boolean hasFigures, long online, long offline, String note) {

	static List<CityPositions> of(Reconciliation reconciliation) {
		return reconciliation.cities().stream().map(CityPositions::of).toList();
	}

	static CityPositions of(CityReconciliation city) {
		return city.submission()
			.map((submission) -> new CityPositions(city.city(), true,
					submission.figure(Metric.ONLINE_POSITIONS).longValue(),
					submission.figure(Metric.OFFLINE_POSITIONS).longValue(), note(city)))
			.orElseGet(() -> new CityPositions(city.city(), false, 0, 0, note(city)));
	}

	/** 未报送, 退回, 沿用2月22日, or "" for the period's figures. */
	private static String note(CityReconciliation city) {
		if (!city.hasFigures()) {
			return (city.status() == SubmissionStatus.REFUSED) ? "退回" : "未报送";
		}
		if (!city.carriedForward()) {
			return "";
		}
		return ((city.status() == SubmissionStatus.REFUSED) ? "退回，" : "") + "沿用"
				+ Cells.shortChineseDate(city.figuresAsOf().orElseThrow());
	}

	/**
	 * The category label: the city's name, with the note in brackets when there is one.
	 */
	String label() {
		return this.note.isEmpty() ? this.city.name() : this.city.name() + "（" + this.note + "）";
	}

}
