package org.chunfeng.reconcile.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.chunfeng.reconcile.ReconciliationFixtures;
import org.chunfeng.reconcile.SubmissionStatus;
import org.chunfeng.region.City;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The rules of SPEC §4 for one city, without storage. */
class ReconciliationRulesTests {

	private static final LocalDate DUE = LocalDate.of(2024, 2, 29);

	private final City taiyuan = ReconciliationFixtures.shanxi().cities().get(0);

	private final ReconciliationRules exact = new ReconciliationRules(ReconcileProperties.Tolerance.EXACT);

	@Test
	void comparesTheFiveReconciledFiguresInOrder() {
		CitySubmission submission = ReconciliationFixtures.submission(this.taiyuan, DUE)
			.figures(Metric.ONLINE_FAIRS, 12, Metric.ONLINE_POSITIONS, 3400, Metric.OFFLINE_FAIRS, 7,
					Metric.OFFLINE_POSITIONS, 2100, Metric.AGREEMENTS, 530, Metric.TRANSPORT_TOTAL, 999)
			.build();
		CityReconciliation result = fresh(this.taiyuan, Optional.of(submission),
				ReconciliationFixtures.platform(this.taiyuan, 12, 3390, 8, 2100, 530));

		assertThat(result.metrics()).containsExactly(
				new MetricCheck(Metric.ONLINE_FAIRS, new BigDecimal("12"), 12, new BigDecimal("0"), MetricStatus.MATCH),
				new MetricCheck(Metric.ONLINE_POSITIONS, new BigDecimal("3400"), 3390, new BigDecimal("10"),
						MetricStatus.MISMATCH),
				new MetricCheck(Metric.OFFLINE_FAIRS, new BigDecimal("7"), 8, new BigDecimal("-1"),
						MetricStatus.MISMATCH),
				new MetricCheck(Metric.OFFLINE_POSITIONS, new BigDecimal("2100"), 2100, new BigDecimal("0"),
						MetricStatus.MATCH),
				new MetricCheck(Metric.AGREEMENTS, new BigDecimal("530"), 530, new BigDecimal("0"),
						MetricStatus.MATCH));
		assertThat(result.submitted()).isTrue();
		assertThat(result.hasDiscrepancies()).isTrue();
	}

	@Test
	void absoluteToleranceAllowsThatMuchDifferenceEitherWay() {
		ReconciliationRules rules = new ReconciliationRules(
				new ReconcileProperties.Tolerance(new BigDecimal("2"), BigDecimal.ZERO));

		assertThat(rules.check(Metric.ONLINE_FAIRS, new BigDecimal("12"), 10).status()).isEqualTo(MetricStatus.MATCH);
		assertThat(rules.check(Metric.ONLINE_FAIRS, new BigDecimal("8"), 10).status()).isEqualTo(MetricStatus.MATCH);
		assertThat(rules.check(Metric.ONLINE_FAIRS, new BigDecimal("13"), 10).status())
			.isEqualTo(MetricStatus.MISMATCH);
		assertThat(rules.check(Metric.ONLINE_FAIRS, new BigDecimal("7"), 10).status()).isEqualTo(MetricStatus.MISMATCH);
	}

	@Test
	void relativeToleranceScalesWithThePlatformFigure() {
		ReconciliationRules rules = new ReconciliationRules(
				new ReconcileProperties.Tolerance(BigDecimal.ZERO, new BigDecimal("0.02")));

		assertThat(rules.check(Metric.ONLINE_POSITIONS, new BigDecimal("1020"), 1000).status())
			.isEqualTo(MetricStatus.MATCH);
		assertThat(rules.check(Metric.ONLINE_POSITIONS, new BigDecimal("1021"), 1000).status())
			.isEqualTo(MetricStatus.MISMATCH);
		assertThat(rules.check(Metric.ONLINE_POSITIONS, new BigDecimal("980"), 1000).status())
			.isEqualTo(MetricStatus.MATCH);
		assertThat(rules.check(Metric.ONLINE_FAIRS, new BigDecimal("1"), 0).status()).isEqualTo(MetricStatus.MISMATCH);
	}

	@Test
	void theLargerOfAbsoluteAndRelativeToleranceApplies() {
		ReconciliationRules rules = new ReconciliationRules(
				new ReconcileProperties.Tolerance(new BigDecimal("5"), new BigDecimal("0.01")));

		assertThat(rules.check(Metric.ONLINE_FAIRS, new BigDecimal("15"), 10).status()).isEqualTo(MetricStatus.MATCH);
		assertThat(rules.check(Metric.ONLINE_FAIRS, new BigDecimal("16"), 10).status())
			.isEqualTo(MetricStatus.MISMATCH);
		assertThat(rules.check(Metric.ONLINE_POSITIONS, new BigDecimal("2020"), 2000).status())
			.isEqualTo(MetricStatus.MATCH);
		assertThat(rules.check(Metric.ONLINE_POSITIONS, new BigDecimal("2021"), 2000).status())
			.isEqualTo(MetricStatus.MISMATCH);
	}

	@Test
	void everyCountyStatusFromClaimAndPlatform() {
		// 小店区 active+platform, 迎泽区 active without platform, 杏花岭区 inactive with platform,
		// 尖草坪区 inactive without, 万柏林区 not listed but active on the platform
		CitySubmission submission = ReconciliationFixtures.submission(this.taiyuan, DUE)
			.active("140105", "140106")
			.inactive("140107", "140108")
			.build();
		CityReconciliation result = fresh(this.taiyuan, Optional.of(submission),
				ReconciliationFixtures.platform(this.taiyuan, 3, 300, 0, 0, 0, new CountyActivity("140105", 2, 200),
						new CountyActivity("140107", 1, 100), new CountyActivity("140109", 4, 50)));

		assertThat(result.counties()).hasSize(10);
		assertThat(result.counties().subList(0, 5)).containsExactly(
				new CountyCheck("140105", "小店区", 2, 200, Claim.ACTIVE, CountyStatus.CONFIRMED_ACTIVE),
				new CountyCheck("140106", "迎泽区", 0, 0, Claim.ACTIVE, CountyStatus.CLAIMED_WITHOUT_PLATFORM_RECORD),
				new CountyCheck("140107", "杏花岭区", 1, 100, Claim.INACTIVE, CountyStatus.PLATFORM_ACTIVITY_NOT_CLAIMED),
				new CountyCheck("140108", "尖草坪区", 0, 0, Claim.INACTIVE, CountyStatus.CONFIRMED_INACTIVE),
				new CountyCheck("140109", "万柏林区", 4, 50, Claim.NOT_LISTED, CountyStatus.NOT_LISTED));
		assertThat(result.counties().subList(5, 10)).extracting(CountyCheck::status)
			.containsOnly(CountyStatus.NOT_LISTED);
		assertThat(result.counties()).extracting(CountyCheck::countyCode)
			.containsExactly("140105", "140106", "140107", "140108", "140109", "140110", "140121", "140122", "140123",
					"140181");
	}

	@Test
	void aCountyInBothListsCountsAsClaimedActive() {
		CitySubmission submission = ReconciliationFixtures.submission(this.taiyuan, DUE)
			.active("140105", "140106")
			.inactive("140105", "140106")
			.build();
		CityReconciliation result = fresh(this.taiyuan, Optional.of(submission),
				ReconciliationFixtures.platform(this.taiyuan, 1, 10, 0, 0, 0, new CountyActivity("140105", 1, 10)));

		assertThat(result.counties().subList(0, 2)).extracting(CountyCheck::status)
			.containsExactly(CountyStatus.CONFIRMED_ACTIVE, CountyStatus.CLAIMED_WITHOUT_PLATFORM_RECORD);
	}

	@Test
	void notSubmittedLeavesReportedEmptyAndNoCountyChecked() {
		CityReconciliation result = fresh(this.taiyuan, Optional.empty(),
				ReconciliationFixtures.platform(this.taiyuan, 5, 500, 2, 80, 40, new CountyActivity("140105", 7, 580)));

		assertThat(result.submitted()).isFalse();
		assertThat(result.metrics()).containsExactly(
				new MetricCheck(Metric.ONLINE_FAIRS, null, 5, null, MetricStatus.NOT_SUBMITTED),
				new MetricCheck(Metric.ONLINE_POSITIONS, null, 500, null, MetricStatus.NOT_SUBMITTED),
				new MetricCheck(Metric.OFFLINE_FAIRS, null, 2, null, MetricStatus.NOT_SUBMITTED),
				new MetricCheck(Metric.OFFLINE_POSITIONS, null, 80, null, MetricStatus.NOT_SUBMITTED),
				new MetricCheck(Metric.AGREEMENTS, null, 40, null, MetricStatus.NOT_SUBMITTED));
		assertThat(result.counties()).extracting(CountyCheck::status).containsOnly(CountyStatus.NOT_SUBMITTED);
		assertThat(result.counties().get(0).platformActivities()).isEqualTo(7);
		assertThat(result.hasFigures()).isFalse();
		assertThat(result.compared()).isFalse();
		assertThat(result.hasDiscrepancies()).isFalse();
	}

	@Test
	void aCityMissingFromThePlatformCountsHasZeros() {
		CitySubmission submission = ReconciliationFixtures.submission(this.taiyuan, DUE)
			.figures(Metric.ONLINE_FAIRS, 1)
			.inactive("140105")
			.build();
		CityReconciliation result = fresh(this.taiyuan, Optional.of(submission), null);

		assertThat(result.metrics()).extracting(MetricCheck::platform).containsOnly(0L);
		assertThat(result.metrics()).extracting(MetricCheck::status)
			.containsExactly(MetricStatus.MISMATCH, MetricStatus.MATCH, MetricStatus.MATCH, MetricStatus.MATCH,
					MetricStatus.MATCH);
		assertThat(result.counties().get(0).status()).isEqualTo(CountyStatus.CONFIRMED_INACTIVE);
		assertThat(result.metric(Metric.ONLINE_FAIRS).difference()).isEqualByComparingTo("1");
	}

	@Test
	void aCountyLeftOutOfBothListsIsADiscrepancyWhateverThePlatformShows() {
		CitySubmission submission = ReconciliationFixtures.submission(this.taiyuan, DUE)
			.active("140105")
			.inactive("140106", "140107", "140108", "140110", "140121", "140122", "140123", "140181")
			.build();
		CityReconciliation withActivity = fresh(this.taiyuan, Optional.of(submission),
				ReconciliationFixtures.platform(this.taiyuan, 0, 0, 0, 0, 0, new CountyActivity("140105", 1, 100),
						new CountyActivity("140109", 8, 800)));
		CityReconciliation without = fresh(this.taiyuan, Optional.of(submission),
				ReconciliationFixtures.platform(this.taiyuan, 0, 0, 0, 0, 0, new CountyActivity("140105", 1, 100)));

		assertThat(withActivity.counties().get(4))
			.isEqualTo(new CountyCheck("140109", "万柏林区", 8, 800, Claim.NOT_LISTED, CountyStatus.NOT_LISTED));
		assertThat(withActivity.metrics()).extracting(MetricCheck::status).containsOnly(MetricStatus.MATCH);
		assertThat(withActivity.hasDiscrepancies()).isTrue();
		assertThat(without.counties().get(4).status()).isEqualTo(CountyStatus.NOT_LISTED);
		assertThat(without.metrics()).extracting(MetricCheck::status).containsOnly(MetricStatus.MATCH);
		assertThat(without.hasDiscrepancies()).isTrue();
	}

	@Test
	void withStalePlatformDataNothingIsComparedAndNoCityHasADiscrepancy() {
		CitySubmission submission = ReconciliationFixtures.submission(this.taiyuan, DUE)
			.figures(Metric.ONLINE_FAIRS, 38)
			.active("140105")
			.inactive("140106")
			.build();
		CityReconciliation result = this.exact.reconcile(this.taiyuan, SubmissionStatus.ON_TIME,
				Optional.of(submission), Optional.empty(), null, false, List.of(), Map.of());

		assertThat(result.metrics()).extracting(MetricCheck::status).containsOnly(MetricStatus.PLATFORM_STALE);
		assertThat(result.metric(Metric.ONLINE_FAIRS).reported()).isEqualByComparingTo("38");
		assertThat(result.metric(Metric.ONLINE_FAIRS).difference()).isNull();
		assertThat(result.counties().subList(0, 3)).extracting(CountyCheck::status)
			.containsExactly(CountyStatus.PLATFORM_STALE, CountyStatus.PLATFORM_STALE, CountyStatus.NOT_LISTED);
		assertThat(result.compared()).isFalse();
		assertThat(result.hasDiscrepancies()).isFalse();
	}

	@Test
	void theStatusForAPeriodFollowsFromTheFiguresShownAndTheRefusals() {
		LocalDate feb22 = LocalDate.of(2024, 2, 22);
		CitySubmission onTime = ReconciliationFixtures.submission(this.taiyuan, DUE).build();
		CitySubmission late = ReconciliationFixtures.submission(this.taiyuan, DUE).late().build();
		CitySubmission earlier = ReconciliationFixtures.submission(this.taiyuan, feb22).build();
		CityRefusal refused = new CityRefusal(1, "1401", "太原市", "taiyuan.xlsx", DUE,
				DUE.atTime(10, 0).atZone(ReconciliationFixtures.SHANGHAI).toInstant(),
				List.of("taiyuan.xlsx 统计表!C5: '十二场' 不是数字，线上招聘会提供就业岗位数量应填阿拉伯数字"));

		assertThat(ReconciliationRules.status(Optional.of(onTime), DUE, List.of())).isEqualTo(SubmissionStatus.ON_TIME);
		assertThat(ReconciliationRules.status(Optional.of(late), DUE, List.of())).isEqualTo(SubmissionStatus.LATE);
		assertThat(ReconciliationRules.status(Optional.of(onTime), DUE, List.of(refused)))
			.isEqualTo(SubmissionStatus.ON_TIME);
		assertThat(ReconciliationRules.status(Optional.of(earlier), DUE, List.of()))
			.isEqualTo(SubmissionStatus.CARRIED_FORWARD);
		assertThat(ReconciliationRules.status(Optional.of(earlier), DUE, List.of(refused)))
			.isEqualTo(SubmissionStatus.REFUSED);
		assertThat(ReconciliationRules.status(Optional.empty(), DUE, List.of(refused)))
			.isEqualTo(SubmissionStatus.REFUSED);
		assertThat(ReconciliationRules.status(Optional.empty(), DUE, List.of()))
			.isEqualTo(SubmissionStatus.NOT_SUBMITTED);
		assertThat(refused.reasonsInFile()).containsExactly("统计表!C5: '十二场' 不是数字，线上招聘会提供就业岗位数量应填阿拉伯数字");
	}

	@Test
	void figuresOfADateAfterThePeriodsDueDateAreLateForThePeriodNeverOnTime() {
		LocalDate period = LocalDate.of(2024, 4, 3);
		// received on 8 April before 18:00: on time for its own date, which has no due
		// time
		CitySubmission april8 = ReconciliationFixtures.submission(this.taiyuan, LocalDate.of(2024, 4, 8)).build();

		assertThat(ReconciliationRules.status(Optional.of(april8), period, List.of())).isEqualTo(SubmissionStatus.LATE);
		assertThat(ReconciliationRules.status(Optional.of(april8), april8.reportingDate(), List.of()))
			.isEqualTo(SubmissionStatus.ON_TIME);
	}

	@Test
	void moneyFiguresAreNotReconciled() {
		CityReconciliation result = fresh(this.taiyuan, Optional.empty(), null);

		assertThat(result.metrics()).extracting(MetricCheck::metric).isEqualTo(List.copyOf(Metric.reconciled()));
		assertThatIllegalArgumentException().isThrownBy(() -> result.metric(Metric.SUBSIDIES_WAN));
	}

	/** With fresh platform data, the status as the rules give it, nothing refused. */
	private CityReconciliation fresh(City city, Optional<CitySubmission> submission, PlatformCityCounts platform) {
		return this.exact.reconcile(city, ReconciliationRules.status(submission, DUE, List.of()), submission,
				Optional.empty(), platform, true, List.of(), Map.of());
	}

}
