package org.chunfeng.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chunfeng.DatabaseCleaner;
import org.chunfeng.Workspace;
import org.chunfeng.campaign.CampaignCalendar;
import org.chunfeng.intake.city.CityImportResult;
import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.intake.city.CitySubmissions;
import org.chunfeng.intake.city.Metric;
import org.chunfeng.intake.platform.CountyActivity;
import org.chunfeng.intake.platform.PlatformActivities;
import org.chunfeng.intake.platform.PlatformImports;
import org.chunfeng.intake.platform.PlatformCityCounts;
import org.chunfeng.intake.platform.PlatformRejection;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.CountyStatus;
import org.chunfeng.reconcile.MetricStatus;
import org.chunfeng.reconcile.Reconciler;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.reconcile.ReconciliationFixtures;
import org.chunfeng.region.City;
import org.chunfeng.region.Divisions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reconciler and the compiler as the application wires them, over in-test inputs
 * (primary beans, so that the real intake beans may exist too).
 */
@SpringBootTest
class ReconcileAndCompileTests {

	private static final LocalDate DUE = LocalDate.of(2024, 2, 29);

	@Autowired
	Reconciler reconciler;

	@Autowired
	ReportCompiler compiler;

	@Autowired
	Workspace workspace;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void clean() {
		DatabaseCleaner.clean(this.jdbc);
	}

	@Test
	void reconcilesStoresAndCompilesTheWeeklyReport() throws Exception {
		Reconciliation reconciliation = this.reconciler.reconcile(DUE);

		CityReconciliation taiyuan = reconciliation.cities().get(0);
		assertThat(taiyuan.submitted()).isTrue();
		assertThat(taiyuan.metrics()).extracting((check) -> check.status())
			.containsExactly(MetricStatus.MATCH, MetricStatus.MISMATCH, MetricStatus.MATCH, MetricStatus.MATCH,
					MetricStatus.MATCH);
		assertThat(taiyuan.counties().get(0).status()).isEqualTo(CountyStatus.CONFIRMED_ACTIVE);
		assertThat(reconciliation.missing()).hasSize(10);
		assertThat(reconciliation.platform().fresh()).isTrue();

		this.reconciler.store(7, reconciliation);
		assertThat(this.jdbc.queryForObject("select count(*) from reconciliation_metric where run_id = 7", Long.class))
			.isEqualTo(55);

		CompiledReport report = this.compiler.compile("weekly", "春风行动开展情况统计表",
				List.of("统计表", "核对结果", "县区开展情况", "报送情况", "周环比", "平台数据问题", "图表"), reconciliation,
				this.workspace.reports().resolve("chunfeng-weekly-2024-02-29.xlsx"), null);
		assertThat(report.file()).isEqualTo(this.workspace.reports().resolve("chunfeng-weekly-2024-02-29.xlsx"));
		try (XSSFWorkbook workbook = new XSSFWorkbook(report.file().toFile())) {
			assertThat(workbook.getSheet("统计表").getRow(4).getCell(0).getStringCellValue()).isEqualTo("太原市");
			assertThat(workbook.getSheet("统计表").getRow(4).getCell(2).getNumericCellValue()).isEqualTo(3400.0);
			assertThat(workbook.getSheet("周环比").getRow(3).getCell(2).getNumericCellValue()).isEqualTo(10.0);
		}
		assertThat(this.compiler.positionsChartPng(reconciliation)).isNotEmpty();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Inputs {

		@Bean
		@Primary
		CitySubmissions testCitySubmissions(Divisions divisions) {
			City taiyuan = divisions.cities().get(0);
			CitySubmission current = ReconciliationFixtures.submission(taiyuan, DUE)
				.figures(Metric.ONLINE_FAIRS, 12, Metric.ONLINE_POSITIONS, 3400)
				.active("140105")
				.build();
			CitySubmission previous = ReconciliationFixtures.submission(taiyuan, LocalDate.of(2024, 2, 22))
				.figures(Metric.ONLINE_FAIRS, 10)
				.build();
			return new CitySubmissions() {

				@Override
				public Optional<CitySubmission> current(String cityCode, LocalDate reportingDate) {
					return (cityCode.equals("1401") && reportingDate.equals(DUE)) ? Optional.of(current)
							: Optional.empty();
				}

				@Override
				public Optional<CitySubmission> latestOnOrBefore(String cityCode, LocalDate date) {
					if (!cityCode.equals("1401")) {
						return Optional.empty();
					}
					return !date.isBefore(DUE) ? Optional.of(current)
							: !date.isBefore(previous.reportingDate()) ? Optional.of(previous) : Optional.empty();
				}

				@Override
				public Optional<CitySubmission> byId(long id) {
					return Optional.of(current);
				}

				@Override
				public List<CitySubmission> currentUpTo(LocalDate date) {
					return List.of(previous, current)
						.stream()
						.filter((submission) -> !submission.reportingDate().isAfter(date))
						.toList();
				}

				@Override
				public List<CityImportResult> recentImports(int limit) {
					return List.of();
				}

			};
		}

		@Bean
		@Primary
		PlatformImports testPlatformImports() {
			return () -> Optional.of(new PlatformImports.LastImport(Instant.parse("2024-03-01T01:00:00Z"), "export.csv",
					LocalDateTime.of(2024, 2, 29, 18, 0)));
		}

		@Bean
		@Primary
		PlatformActivities testPlatformActivities(Divisions divisions) {
			return new PlatformActivities() {

				@Override
				public Map<String, PlatformCityCounts> countAsOf(LocalDate asOf, CampaignCalendar campaign) {
					Map<String, PlatformCityCounts> counts = new HashMap<>();
					for (City city : divisions.cities()) {
						counts.put(city.code(), ReconciliationFixtures.noPlatformActivity(city));
					}
					counts.put("1401", ReconciliationFixtures.platform(divisions.cities().get(0), 12, 3000, 0, 0, 0,
							new CountyActivity("140105", 12, 3000)));
					return counts;
				}

				@Override
				public long activityCount() {
					return 12;
				}

				@Override
				public long rejectedRowCount() {
					return 0;
				}

				@Override
				public List<PlatformRejection> recentRejections(int limit) {
					return List.of();
				}

			};
		}

	}

}
