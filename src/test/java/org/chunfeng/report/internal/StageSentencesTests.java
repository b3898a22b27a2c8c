package org.chunfeng.report.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.intake.city.Metric;
import org.chunfeng.intake.city.PhaseProgress;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.reconcile.ReconciliationFixtures;
import org.chunfeng.reconcile.SubmissionStatus;
import org.chunfeng.region.City;
import org.chunfeng.region.Divisions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The province's figures as the phase reports and the final summary write them: 全省 only
 * for every city's sum, money as the cities sent it.
 */
class StageSentencesTests {

	private static final LocalDate APR_08 = LocalDate.of(2024, 4, 8);

	private final Divisions divisions = ReconciliationFixtures.shanxi();

	@Test
	void everyCitysSumIsTheProvincesAndMoneyKeepsItsDecimals() {
		StageBuilder stage = stage((city) -> shown(city, 20000L));

		assertThat(stage.statisticsSentence("funds")).isEqualTo("全省用于开展各类招聘活动资金13.5795万元，发放各类就业补贴11万元。");
		assertThat(stage.statisticsSentence("fairs")).isEqualTo("全省累计举办招聘会22场，其中线上22场、线下0场。");
		assertThat(stage.statisticsSentence("transport"))
			.isEqualTo("全省通过包车、专列（包车厢）、包机合计运送0人次，其中专车0辆、运送0人次，专列（含包车厢）11列（节）、运送0人次，包机0架次、运送0人次。");
		assertThat(stage.countSentences(List.of("returned-home"))).containsExactly("全省返乡人数22.00万人。");
	}

	@Test
	void aSumOfSomeCitiesSaysWhoseItIs() {
		StageBuilder stage = stage((city) -> switch (city.code()) {
			case "1411" -> ReconciliationFixtures.notSubmitted(city);
			case "1410" -> shown(city, null);
			default -> shown(city, 20000L);
		});

		assertThat(stage.statisticsSentence("funds")).isEqualTo("已报送的10市合计用于开展各类招聘活动资金12.345万元，发放各类就业补贴10万元。");
		assertThat(stage.statisticsSentence("agreements")).isEqualTo("已报送的10市合计签订就业协议（意向）0人次。");
		assertThat(stage.statisticsSentence("transport")).startsWith("已报送的10市通过包车、专列（包车厢）、包机合计运送0人次");
		assertThat(stage.countSentences(List.of("returned-home"))).containsExactly("已填报的9市合计返乡人数18.00万人。",
				"临汾市未填；吕梁市未报送。");
	}

	private StageBuilder stage(Function<City, CityReconciliation> each) {
		Reconciliation reconciliation = ReconciliationFixtures.reconciliation(APR_08,
				ReconciliationFixtures.freshPlatform(), this.divisions.cities().stream().map(each).toList());
		return StageBuilder.progress(reconciliation, ReconciliationFixtures.campaign2024(), null);
	}

	/**
	 * Two online fairs, one train, 1.2345 万元 of funds, 1 万元 of subsidies, and its returns
	 * home (null: left blank).
	 */
	private static CityReconciliation shown(City city, Long returnedHome) {
		CitySubmission submission = ReconciliationFixtures.submission(city, APR_08)
			.figures(Metric.ONLINE_FAIRS, 2, Metric.TRAIN_COUNT, 1, Metric.RECRUITMENT_FUNDS_WAN, "1.2345",
					Metric.SUBSIDIES_WAN, "1.00")
			.phaseProgress(new PhaseProgress("", "", returnedHome, null, null, null, "", ""))
			.build();
		return ReconciliationFixtures.matching(city, SubmissionStatus.ON_TIME, submission);
	}

}
