package org.chunfeng.deliverable;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.intake.city.Metric;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.reconcile.ReconciliationFixtures;
import org.chunfeng.reconcile.SubmissionStatus;
import org.chunfeng.region.City;
import org.chunfeng.region.Divisions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first sentence of a report mail: 全省 only for every city's sum, and no claim of new
 * data for a period nobody sent anything for.
 */
class HeadlinesTests {

	private static final LocalDate FEB_22 = LocalDate.of(2024, 2, 22);

	private static final LocalDate FEB_29 = LocalDate.of(2024, 2, 29);

	private final Divisions divisions = ReconciliationFixtures.shanxi();

	@Test
	void theSumOfEveryCityIsTheProvinces() {
		Reconciliation reconciliation = reconciliation((city) -> shown(city, SubmissionStatus.ON_TIME, FEB_29));

		assertThat(Headlines.sentence(reconciliation))
			.isEqualTo("截至2024年2月29日，全省累计举办线上招聘会22场、提供岗位0个，线下招聘会0场、提供岗位0个，签订就业协议（意向）0人次。");
	}

	@Test
	void aSumOfSomeCitiesSaysWhoseItIs() {
		Reconciliation reconciliation = reconciliation((city) -> city.code().equals("1411")
				? ReconciliationFixtures.notSubmitted(city) : shown(city, SubmissionStatus.ON_TIME, FEB_29));

		assertThat(Headlines.sentence(reconciliation))
			.isEqualTo("截至2024年2月29日，已报送的10市合计举办线上招聘会20场、提供岗位0个，线下招聘会0场、提供岗位0个，签订就业协议（意向）0人次。");
	}

	@Test
	void aPeriodWithoutNewDataSaysSoFirstAndWhoseFiguresOfWhichDatesAreSummed() {
		Reconciliation everyone = reconciliation(
				(city) -> shown(city, SubmissionStatus.CARRIED_FORWARD, city.code().equals("1401") ? FEB_22 : FEB_29));
		Reconciliation some = reconciliation((city) -> switch (city.code()) {
			case "1404" -> shown(city, SubmissionStatus.REFUSED, FEB_22);
			case "1411" -> ReconciliationFixtures.notSubmitted(city);
			default -> shown(city, SubmissionStatus.CARRIED_FORWARD, FEB_22);
		});

		// as of 7 March: its period has nothing new
		assertThat(Headlines.sentence(everyone)).isEqualTo("本期（2024年3月7日）各市均未报送新数据，以下为各市最近一次报送（2月29日、2月22日）的数据之和："
				+ "全省累计举办线上招聘会22场、提供岗位0个，线下招聘会0场、提供岗位0个，签订就业协议（意向）0人次。");
		assertThat(Headlines.sentence(some))
			.isEqualTo("本期（2024年3月7日）没有城市报送新的有效数据（长治市所报文件未通过校验，已退回），以下为10市最近一次报送（2月22日）的数据之和："
					+ "累计举办线上招聘会20场、提供岗位0个，线下招聘会0场、提供岗位0个，签订就业协议（意向）0人次。");
	}

	@Test
	void moneyIsWrittenAsTheCitiesSentIt() {
		Reconciliation reconciliation = reconciliation((city) -> shown(city, SubmissionStatus.ON_TIME, FEB_29));

		assertThat(Headlines.transportAndFunds(reconciliation))
			.isEqualTo("包车、专列（包车厢）、包机合计运送0人次；用于开展各类招聘活动资金13.5795万元，发放各类就业补贴0万元。");
	}

	private Reconciliation reconciliation(Function<City, CityReconciliation> each) {
		List<CityReconciliation> cities = this.divisions.cities().stream().map(each).toList();
		LocalDate asOf = cities.stream().anyMatch(CityReconciliation::submitted) ? FEB_29 : LocalDate.of(2024, 3, 7);
		return ReconciliationFixtures.reconciliation(asOf, ReconciliationFixtures.freshPlatform(), cities);
	}

	/** Two online fairs and 1.2345 万元 of recruitment funds. */
	private static CityReconciliation shown(City city, SubmissionStatus status, LocalDate date) {
		CitySubmission submission = ReconciliationFixtures.submission(city, date)
			.figures(Metric.ONLINE_FAIRS, 2, Metric.RECRUITMENT_FUNDS_WAN, "1.2345")
			.build();
		return ReconciliationFixtures.matching(city, status, submission);
	}

}
