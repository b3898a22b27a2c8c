package org.chunfeng.reconcile;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.chunfeng.DatabaseCleaner;
import org.chunfeng.ModuleBeans;
import org.chunfeng.intake.city.CityImportResult;
import org.chunfeng.intake.city.CityReportIntake;
import org.chunfeng.intake.city.CityWorkbookFixtures;
import org.chunfeng.intake.city.Metric;
import org.chunfeng.intake.platform.PlatformImportResult;
import org.chunfeng.intake.platform.PlatformIntake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reconcile module started with only the modules it depends on (the intakes, the
 * campaign and the divisions, and what the intakes use: job liveness and the run log),
 * reconciling a city's workbook with a platform export both taken in by the real intakes.
 */
// the platform intake's job takes the run log as a @Bean method's parameter, which
// Modulith does not count as using it: named here
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "logging")
@TestPropertySource(properties = "spring.quartz.scheduler-name=chunfeng-reconcile-module-tests")
class ReconcileModuleTests {

	private static final LocalDate DUE = LocalDate.of(2024, 2, 29);

	@Autowired
	Reconciler reconciler;

	@Autowired
	CityReportIntake cities;

	@Autowired
	PlatformIntake platform;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ConfigurableApplicationContext context;

	@TempDir
	Path folder;

	@BeforeEach
	void clean() {
		DatabaseCleaner.clean(this.jdbc);
	}

	@Test
	void startsWithTheModulesReconcileDependsOnAndNoOther() {
		assertThat(ModuleBeans.modulesWithBeans(this.context)).containsExactly("campaign", "intake.city",
				"intake.platform", "liveness", "logging", "reconcile", "region");
	}

	@Test
	void comparesTheCitysFiguresWithThePlatformsAsOfTheirDate() throws IOException {
		// 太原: 12 online fairs with 3400 positions, 8 offline with 5600, 900 agreements
		CityImportResult city = this.cities.importFile(
				CityWorkbookFixtures.workbook()
					.row(CityWorkbookFixtures.consistentRow("太原市", "小店区、迎泽区"))
					.writeTo(this.folder, "太原市.xlsx"),
				"太原市.xlsx", DUE, OffsetDateTime.parse("2024-02-29T09:00:00+08:00").toInstant());
		assertThat(city.refused()).isFalse();
		// the platform: the same, but 10 offline positions fewer
		PlatformImportResult platformImport = this.platform.importFile(platformExport());
		assertThat(platformImport.rowsLoaded()).isEqualTo(20);

		Reconciliation reconciliation = this.reconciler.reconcile(DUE);

		assertThat(reconciliation.platform().fresh()).isTrue();
		CityReconciliation taiyuan = reconciliation.cities().get(0);
		assertThat(taiyuan.city().name()).isEqualTo("太原市");
		assertThat(taiyuan.status()).isEqualTo(SubmissionStatus.ON_TIME);
		assertThat(taiyuan.metrics())
			.extracting(MetricCheck::metric, MetricCheck::reported, MetricCheck::platform, MetricCheck::difference,
					MetricCheck::status)
			.containsExactly(check(Metric.ONLINE_FAIRS, 12, 12, MetricStatus.MATCH),
					check(Metric.ONLINE_POSITIONS, 3400, 3400, MetricStatus.MATCH),
					check(Metric.OFFLINE_FAIRS, 8, 8, MetricStatus.MATCH),
					check(Metric.OFFLINE_POSITIONS, 5600, 5590, MetricStatus.MISMATCH),
					check(Metric.AGREEMENTS, 900, 900, MetricStatus.MATCH));
		assertThat(taiyuan.counties())
			.extracting((county) -> county.countyName() + " " + county.platformActivities() + " " + county.status())
			.contains("小店区 12 CONFIRMED_ACTIVE", "迎泽区 8 CONFIRMED_ACTIVE");
		assertThat(reconciliation.cities()).filteredOn((other) -> other != taiyuan)
			.hasSize(10)
			.allMatch((other) -> other.status() == SubmissionStatus.NOT_SUBMITTED);
	}

	private static org.assertj.core.groups.Tuple check(Metric metric, long reported, long platform,
			MetricStatus status) {
		return org.assertj.core.groups.Tuple.tuple(metric, BigDecimal.valueOf(reported), platform,
				BigDecimal.valueOf(reported - platform), status);
	}

	/**
	 * 12 online activities in 小店区 with 3400 positions and 600 intents, 8 offline in 迎泽区
	 * with 5590 positions and 300 intents, all in February, their records last updated on
	 * 28 February (recent enough for the period of 29 February).
	 */
	private Path platformExport() throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add("活动编号,活动名称,活动形式,区划代码,所属地市,所属县区,开始日期,结束日期,参会单位数,提供岗位数,达成就业意向人数,专项活动名称,活动状态,更新时间");
		for (int i = 1; i <= 12; i++) {
			lines.add("ON%d,线上招聘会,线上,140105,太原市,小店区,2024-02-%02d,2024-02-%02d,10,%d,50,2024年春风行动,已结束,2024-02-28 20:00"
				.formatted(i, i, i, (i == 12) ? 100 : 300));
		}
		for (int i = 1; i <= 8; i++) {
			lines.add("OFF%d,现场招聘会,线下,140106,太原市,迎泽区,2024-02-%02d,2024-02-%02d,20,%d,%d,2024年春风行动,已结束,2024-02-28 20:00"
				.formatted(i, i + 12, i + 12, (i == 8) ? 690 : 700, (i == 8) ? 41 : 37));
		}
		return Files.write(this.folder.resolve("export.csv"), lines);
	}

}
