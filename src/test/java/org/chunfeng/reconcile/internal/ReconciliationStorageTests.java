package org.chunfeng.reconcile.internal;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chunfeng.DatabaseCleaner;
import org.chunfeng.intake.city.CityReportIntake;
import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.intake.city.CityWorkbookFixtures;
import org.chunfeng.intake.city.Metric;
import org.chunfeng.intake.platform.CountyActivity;
import org.chunfeng.intake.platform.PlatformIntake;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.Reconciler;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.reconcile.ReconciliationFixtures;
import org.chunfeng.reconcile.SubmissionStatus;
import org.chunfeng.region.City;
import org.chunfeng.region.Divisions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reconciliation is stored per run, once, with every figure and county, and reads back
 * as it was made.
 */
@SpringBootTest
class ReconciliationStorageTests {

	private static final LocalDate DUE = LocalDate.of(2024, 2, 29);

	private static final LocalDate FEB_29 = DUE;

	private static final LocalDate FEB_22 = LocalDate.of(2024, 2, 22);

	@Autowired
	CityReportIntake cityIntake;

	@Autowired
	PlatformIntake platform;

	@Autowired
	Reconciler reconciler;

	@Autowired
	ReconcileProperties properties;

	@Autowired
	Divisions divisions;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void clean() {
		DatabaseCleaner.clean(this.jdbc);
	}

	@Test
	void storesEveryFigureAndCountyOfEveryCity() {
		this.reconciler.store(41, reconciliation());

		assertThat(this.jdbc.queryForObject("select count(*) from reconciliation_city where run_id = 41", Long.class))
			.isEqualTo(11);
		assertThat(this.jdbc.queryForObject("select count(*) from reconciliation_metric where run_id = 41", Long.class))
			.isEqualTo(55);
		assertThat(this.jdbc.queryForObject("select count(*) from reconciliation_county where run_id = 41", Long.class))
			.isEqualTo(117);
		Map<String, Object> taiyuan = this.jdbc.queryForMap("""
				select as_of, city_name, submitted, submission_id from reconciliation_city
				where run_id = 41 and city_code = '1401'
				""");
		assertThat(taiyuan.get("as_of").toString()).isEqualTo("2024-02-29");
		assertThat(taiyuan).containsEntry("city_name", "太原市").containsEntry("submitted", true);
		assertThat(((Number) taiyuan.get("submission_id")).longValue()).isEqualTo(9L);
		Map<String, Object> fairs = this.jdbc.queryForMap("""
				select reported, platform, difference, status from reconciliation_metric
				where run_id = 41 and city_code = '1401' and metric = 'online_positions'
				""");
		assertThat((BigDecimal) fairs.get("reported")).isEqualByComparingTo("3400");
		assertThat(((Number) fairs.get("platform")).longValue()).isEqualTo(3390);
		assertThat((BigDecimal) fairs.get("difference")).isEqualByComparingTo("10");
		assertThat(fairs).containsEntry("status", "MISMATCH");
		Map<String, Object> missing = this.jdbc.queryForMap("""
				select reported, platform, difference, status from reconciliation_metric
				where run_id = 41 and city_code = '1402' and metric = 'online_fairs'
				""");
		assertThat(missing.get("reported")).isNull();
		assertThat(missing.get("difference")).isNull();
		assertThat(missing).containsEntry("status", "NOT_SUBMITTED");
		assertThat(this.jdbc.queryForList("""
				select county_name, platform_activities, platform_positions, claim, status from reconciliation_county
				where run_id = 41 and county_code in ('140105', '140106') order by county_code
				""")).containsExactly(
				Map.of("county_name", "小店区", "platform_activities", 2L, "platform_positions", 200L, "claim", "ACTIVE",
						"status", "CONFIRMED_ACTIVE"),
				Map.of("county_name", "迎泽区", "platform_activities", 0L, "platform_positions", 0L, "claim", "INACTIVE",
						"status", "CONFIRMED_INACTIVE"));
	}

	@Test
	void storingARunAgainReplacesItsRows() {
		this.reconciler.store(41, reconciliation());
		this.reconciler.store(42, reconciliation());
		this.reconciler.store(41, reconciliation());

		assertThat(this.jdbc.queryForObject("select count(*) from reconciliation_metric", Long.class)).isEqualTo(110);
		assertThat(this.jdbc.queryForObject("select count(*) from reconciliation_county where run_id = 41", Long.class))
			.isEqualTo(117);
	}

	@Test
	void toleranceDefaultsToExactAgreement() {
		assertThat(this.properties.tolerance().absolute()).isEqualByComparingTo("0");
		assertThat(this.properties.tolerance().relative()).isEqualByComparingTo("0");
	}

	@Test
	void aStoredReconciliationReadsBackAsItWasEvenAfterNewFilesArrive() throws Exception {
		Path folder = Files.createTempDirectory("storage");
		this.platform.importFile(Files.writeString(folder.resolve("export.csv"), """
				活动编号,活动名称,活动形式,区划代码,所属地市,所属县区,开始日期,结束日期,参会单位数,提供岗位数,达成就业意向人数,专项活动名称,活动状态,更新时间
				A1,招聘会,线上,140105,太原市,小店区,2024-02-01,2024-02-01,10,3400,900,2024年春风行动,已结束,2024-02-02 10:00
				A2,招聘会,线下,140212,大同市,云州区,2024-02-25,2024-02-25,10,100,10,2024年春风行动,已结束,2024-02-26 10:00
				"""));
		importCity(folder, "taiyuan-0229.xlsx", FEB_29, "2024-02-29T10:00:00+08:00",
				CityWorkbookFixtures.workbook().row(CityWorkbookFixtures.consistentRow("太原市", "小店区")));
		importCity(folder, "datong-0222.xlsx", FEB_22, "2024-02-22T10:00:00+08:00",
				CityWorkbookFixtures.workbook().row(CityWorkbookFixtures.consistentRow("大同市", "云州区")));
		importCity(folder, "changzhi-0229.xlsx", FEB_29, "2024-02-29T11:00:00+08:00",
				CityWorkbookFixtures.workbook().row("长治市", "潞州区", "online_fairs", "十二场"));
		Reconciliation before = this.reconciler.reconcile(DUE);
		this.reconciler.store(41, before);
		importCity(folder, "datong-0229.xlsx", FEB_29, "2024-02-29T17:00:00+08:00",
				CityWorkbookFixtures.workbook().row("大同市", "云州区", "online_fairs", 13));

		Reconciliation stored = this.reconciler.stored(41).orElseThrow();

		assertThat(stored).isEqualTo(before);
		assertThat(stored.city("1402").map(CityReconciliation::status)).contains(SubmissionStatus.CARRIED_FORWARD);
		assertThat(stored.city("1404").map(CityReconciliation::status)).contains(SubmissionStatus.REFUSED);
		assertThat(stored.city("1404").orElseThrow().refusals()).hasSize(1);
		assertThat(stored.city("1402").orElseThrow().completeness()).containsExactly(
				Map.entry(FEB_22, SubmissionStatus.ON_TIME), Map.entry(DUE, SubmissionStatus.CARRIED_FORWARD));
		assertThat(this.reconciler.reconcile(DUE).city("1402").map(CityReconciliation::status))
			.contains(SubmissionStatus.ON_TIME);
		assertThat(this.reconciler.stored(99)).isEmpty();
	}

	private void importCity(Path folder, String name, LocalDate date, String receivedAt,
			CityWorkbookFixtures workbook) {
		this.cityIntake.importFile(workbook.writeTo(folder, name), name, date,
				OffsetDateTime.parse(receivedAt).toInstant());
	}

	private Reconciliation reconciliation() {
		ReconciliationRules rules = new ReconciliationRules(ReconcileProperties.Tolerance.EXACT);
		List<City> cities = this.divisions.cities();
		List<CityReconciliation> results = cities.stream().map((city) -> {
			if (city.code().equals("1401")) {
				Optional<CitySubmission> submission = Optional.of(ReconciliationFixtures.submission(city, DUE)
					.id(9)
					.figures(Metric.ONLINE_POSITIONS, 3400)
					.active("140105")
					.inactive("140106")
					.build());
				return rules.reconcile(city, SubmissionStatus.ON_TIME, submission, Optional.empty(),
						ReconciliationFixtures.platform(city, 1, 3390, 0, 0, 0, new CountyActivity("140105", 2, 200)),
						true, List.of(), Map.of(FEB_22, SubmissionStatus.NOT_SUBMITTED, DUE, SubmissionStatus.ON_TIME));
			}
			return rules.reconcile(city, SubmissionStatus.NOT_SUBMITTED, Optional.empty(), Optional.empty(), null, true,
					List.of(), Map.of());
		}).toList();
		return ReconciliationFixtures.reconciliation(DUE, ReconciliationFixtures.freshPlatform(), results);
	}

}
