package org.chunfeng.reconcile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.intake.city.Metric;
import org.chunfeng.region.City;
import org.chunfeng.region.Divisions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reconciliation says about the province as a whole, and how the reports say it.
 */
class ReconciliationSummaryTests {

	private static final LocalDate DUE = LocalDate.of(2024, 2, 29);

	private static final LocalDate EARLIER = LocalDate.of(2024, 2, 22);

	private final Divisions divisions = ReconciliationFixtures.shanxi();

	@Test
	void totalsSumTheFiguresShownCarriedForwardIncludedAndSayWhatTheyCover() {
		City taiyuan = this.divisions.cities().get(0);
		City datong = this.divisions.cities().get(1);
		City changzhi = this.divisions.cities().get(3);
		Reconciliation reconciliation = ReconciliationFixtures.reconciliation(DUE,
				ReconciliationFixtures.freshPlatform(),
				this.divisions.cities().stream().map((city) -> switch (city.code()) {
					case "1401" -> city(city, SubmissionStatus.ON_TIME,
							ReconciliationFixtures.submission(taiyuan, DUE)
								.figures(Metric.ONLINE_FAIRS, 12, Metric.SUBSIDIES_WAN, "1.2345")
								.build());
					case "1402" -> city(city, SubmissionStatus.CARRIED_FORWARD,
							ReconciliationFixtures.submission(datong, EARLIER)
								.figures(Metric.ONLINE_FAIRS, 3, Metric.SUBSIDIES_WAN, "0.0005")
								.build());
					case "1404" -> city(city, SubmissionStatus.REFUSED,
							ReconciliationFixtures.submission(changzhi, EARLIER)
								.figures(Metric.ONLINE_FAIRS, 5)
								.build());
					case "1411" -> city(city, SubmissionStatus.NOT_SUBMITTED, null);
					default -> city(city, SubmissionStatus.LATE,
							ReconciliationFixtures.submission(city, DUE)
								.late()
								.figures(Metric.ONLINE_FAIRS, 1)
								.build());
				}).toList());

		assertThat(reconciliation.totals()).hasSize(17);
		assertThat(reconciliation.totals().get(Metric.ONLINE_FAIRS)).isEqualByComparingTo("27");
		assertThat(reconciliation.totals().get(Metric.SUBSIDIES_WAN)).isEqualByComparingTo("1.2350");
		assertThat(reconciliation.totals().get(Metric.BUS_COUNT)).isEqualByComparingTo("0");
		assertThat(reconciliation.withFigures()).hasSize(10);
		assertThat(reconciliation.carriedForward()).extracting((city) -> city.city().name())
			.containsExactly("大同市", "长治市");
		assertThat(reconciliation.missing()).extracting((city) -> city.city().name()).containsExactly("吕梁市");
		assertThat(reconciliation.city("1402")).map(CityReconciliation::figuresAsOf).contains(Optional.of(EARLIER));
		assertThat(ReconciliationText.coverage(reconciliation))
			.isEqualTo("合计为已报送数据的10市之和，吕梁市未报送，未计入合计；大同市沿用2月22日数据；长治市本期所报文件被退回，沿用2月22日数据。");
		assertThat(ReconciliationText.submissions(reconciliation)).isEqualTo(
				"本期（2024年2月29日）报送情况：按时报送1市，逾期报送7市（阳泉市、晋城市、朔州市、晋中市、运城市、忻州市、临汾市），未报送新数据、沿用以前数据1市（大同市），所报文件被退回1市（长治市），从未报送1市（吕梁市）。");
		assertThat(ReconciliationText.status(reconciliation.city("1404").orElseThrow())).isEqualTo("退回，沿用2月22日数据");
		assertThat(ReconciliationText.status(reconciliation.city("1411").orElseThrow())).isEqualTo("未报送");
	}

	@Test
	void withoutAnyFiguresThereAreNoTotalsRatherThanZeros() {
		Reconciliation reconciliation = ReconciliationFixtures.reconciliation(DUE,
				ReconciliationFixtures.freshPlatform(),
				this.divisions.cities()
					.stream()
					.map((city) -> city(city, SubmissionStatus.NOT_SUBMITTED, null))
					.toList());

		assertThat(reconciliation.totals()).isEmpty();
		assertThat(ReconciliationText.coverage(reconciliation)).isEqualTo("各市均无已报送的数据，没有合计。");
		assertThat(reconciliation.allAgree()).isFalse();
	}

	@Test
	void agreementIsClaimedOnlyWhenEveryCityWasComparedAndNoneDisagrees() {
		List<CityReconciliation> all = this.divisions.cities()
			.stream()
			.map((city) -> city(city, SubmissionStatus.ON_TIME, ReconciliationFixtures.submission(city, DUE).build()))
			.toList();

		Reconciliation fresh = ReconciliationFixtures.reconciliation(DUE, ReconciliationFixtures.freshPlatform(), all);
		Reconciliation stale = ReconciliationFixtures.reconciliation(DUE, ReconciliationFixtures.stalePlatform(),
				all.stream().map(ReconciliationSummaryTests::notCompared).toList());

		assertThat(fresh.allAgree()).isTrue();
		assertThat(ReconciliationText.comparison(fresh)).isEqualTo("各市数据与平台数据一致（11市均已核对；平台数据更新至2月29日）。");
		assertThat(stale.allAgree()).isFalse();
		assertThat(ReconciliationText.comparison(stale)).isEqualTo("平台数据未更新（尚未导入平台导出数据），本期未与平台数据核对，不作一致或差异的判断。");
	}

	@Test
	void aPartialSumIsNotTheProvincesAndSaysWhoseItIs() {
		List<CityReconciliation> all = this.divisions.cities()
			.stream()
			.map((city) -> city(city, SubmissionStatus.ON_TIME, ReconciliationFixtures.submission(city, DUE).build()))
			.toList();
		List<CityReconciliation> nine = this.divisions.cities()
			.stream()
			.map((city) -> city.code().compareTo("1410") < 0
					? city(city, SubmissionStatus.ON_TIME, ReconciliationFixtures.submission(city, DUE).build())
					: city(city, SubmissionStatus.NOT_SUBMITTED, null))
			.toList();

		assertThat(ReconciliationText
			.totalsScope(ReconciliationFixtures.reconciliation(DUE, ReconciliationFixtures.freshPlatform(), all)))
			.isEqualTo("全省");
		assertThat(ReconciliationText
			.totalsScope(ReconciliationFixtures.reconciliation(DUE, ReconciliationFixtures.freshPlatform(), nine)))
			.isEqualTo("已报送的9市合计");
	}

	@Test
	void figuresOfAPhaseReportsDateAreSubmittedNeitherOnTimeNorLate() {
		LocalDate phase1 = LocalDate.of(2024, 2, 1);
		Reconciliation reconciliation = ReconciliationFixtures
			.reconciliation(phase1, ReconciliationFixtures.freshPlatform(), this.divisions.cities()
				.stream()
				.map((city) -> city.code().equals("1411") ? city(city, SubmissionStatus.NOT_SUBMITTED, null)
						: city(city, SubmissionStatus.ON_TIME, ReconciliationFixtures.submission(city, phase1).build()))
				.toList());

		assertThat(ReconciliationText.periodHasDueTime(reconciliation)).isFalse();
		assertThat(ReconciliationText.status(reconciliation.city("1401").orElseThrow())).isEqualTo("已报送");
		assertThat(ReconciliationText.submissions(reconciliation)).isEqualTo("本期（2024年2月1日）报送情况：已报送10市，从未报送1市（吕梁市）。");
	}

	/**
	 * A city whose figures all match a platform with nothing in it (zeros everywhere).
	 */
	private static CityReconciliation city(City city, SubmissionStatus status, CitySubmission submission) {
		MetricStatus metricStatus = (submission != null) ? MetricStatus.MATCH : MetricStatus.NOT_SUBMITTED;
		List<MetricCheck> metrics = Metric.reconciled()
			.stream()
			.map((metric) -> new MetricCheck(metric, (submission != null) ? submission.figure(metric) : null, 0, null,
					metricStatus))
			.toList();
		return new CityReconciliation(city, status, Optional.ofNullable(submission), Optional.empty(),
				ReconciliationFixtures.noPlatformActivity(city), metrics, List.of(), List.of(), Map.of());
	}

	private static CityReconciliation notCompared(CityReconciliation city) {
		return new CityReconciliation(city.city(), city.status(), city.submission(), city.previous(), city.platform(),
				city.metrics()
					.stream()
					.map((check) -> new MetricCheck(check.metric(), check.reported(), 0, null,
							MetricStatus.PLATFORM_STALE))
					.toList(),
				city.counties(), city.refusals(), city.completeness());
	}

}
