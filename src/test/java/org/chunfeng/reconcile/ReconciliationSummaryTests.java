package org.chunfeng.reconcile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.intake.city.Metric;
import org.chunfeng.region.City;
import org.chunfeng.region.Divisions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a reconciliation says about the province as a whole. */
class ReconciliationSummaryTests {

	private static final LocalDate DUE = LocalDate.of(2024, 2, 29);

	private final Divisions divisions = ReconciliationFixtures.shanxi();

	@Test
	void totalsSumTheSubmittedCitiesReportedFigures() {
		City taiyuan = this.divisions.cities().get(0);
		City datong = this.divisions.cities().get(1);
		Reconciliation reconciliation = new Reconciliation(DUE, List.of(
				city(taiyuan,
						Optional.of(ReconciliationFixtures.submission(taiyuan, DUE)
							.figures(Metric.ONLINE_FAIRS, 12, Metric.SUBSIDIES_WAN, "1.2345")
							.build())),
				city(datong,
						Optional.of(ReconciliationFixtures.submission(datong, DUE)
							.figures(Metric.ONLINE_FAIRS, 3, Metric.SUBSIDIES_WAN, "0.0005")
							.build())),
				city(this.divisions.cities().get(2), Optional.empty())));

		assertThat(reconciliation.reportedTotals()).hasSize(17);
		assertThat(reconciliation.reportedTotals().get(Metric.ONLINE_FAIRS)).isEqualByComparingTo("15");
		assertThat(reconciliation.reportedTotals().get(Metric.SUBSIDIES_WAN)).isEqualByComparingTo("1.2350");
		assertThat(reconciliation.reportedTotals().get(Metric.BUS_COUNT)).isEqualByComparingTo("0");
		assertThat(reconciliation.notSubmitted()).extracting((city) -> city.city().name()).containsExactly("阳泉市");
		assertThat(reconciliation.city("1402")).map((city) -> city.city().name()).contains("大同市");
		assertThat(reconciliation.withDiscrepancies()).isEmpty();
	}

	private static CityReconciliation city(City city, Optional<org.chunfeng.intake.city.CitySubmission> submission) {
		return new CityReconciliation(city, submission, ReconciliationFixtures.noPlatformActivity(city), List.of(),
				List.of());
	}

}
