package org.chunfeng.report.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chunfeng.campaign.CampaignCalendar;
import org.chunfeng.campaign.Campaigns;
import org.chunfeng.intake.city.CityImportResult;
import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.intake.city.CitySubmissions;
import org.chunfeng.intake.platform.PlatformActivities;
import org.chunfeng.intake.platform.PlatformCityCounts;
import org.chunfeng.intake.platform.PlatformRejection;
import org.chunfeng.reconcile.ReconciliationFixtures;
import org.chunfeng.report.CompiledReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.chunfeng.report.internal.ReportWorkbooks.number;
import static org.chunfeng.report.internal.ReportWorkbooks.text;

/** The compiler names the file, writes the requested sheets and gathers their inputs. */
class ReportCompilerTests {

	@TempDir
	Path folder;

	private final ReportCompilerImpl compiler = compiler();

	@Test
	void writesTheNamedFileWithTheRequestedSheetsInOrder() throws Exception {
		CompiledReport report = this.compiler.compile("weekly", "春风行动开展情况统计表", ReportWorkbook.SHEETS,
				ReportFixtures.reconciliation(), this.folder.resolve("reports/chunfeng-weekly-2024-02-29.xlsx"), null);

		assertThat(report.fileName()).isEqualTo("chunfeng-weekly-2024-02-29.xlsx");
		assertThat(report.file()).isEqualTo(this.folder.resolve("reports/chunfeng-weekly-2024-02-29.xlsx"));
		try (Stream<Path> files = Files.list(this.folder.resolve("reports"))) {
			assertThat(files.map((file) -> file.getFileName().toString())).containsExactly(report.fileName());
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(report.file().toFile())) {
			List<String> names = new ArrayList<>();
			workbook.forEach((sheet) -> names.add(sheet.getSheetName()));
			assertThat(names).containsExactly("统计表", "核对结果", "县区开展情况", "报送情况", "周环比", "阶段进展", "平台数据问题", "图表");
			assertThat(workbook.getActiveSheetIndex()).isZero();
		}
	}

	@Test
	void previousWeekIsTheOneTheReconciliationNotedAndTheEditionIsShown() throws Exception {
		CompiledReport report = this.compiler.compile("weekly", "春风行动开展情况统计表", List.of("周环比", "平台数据问题"),
				ReportFixtures.reconciliation(), this.folder.resolve("r.xlsx"), "更正版（第2版）");

		try (XSSFWorkbook workbook = new XSSFWorkbook(report.file().toFile())) {
			assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("周环比");
			assertThat(number(workbook.getSheet("周环比"), 3, 2)).isEqualTo(10.0);
			assertThat(text(workbook.getSheet("周环比"), 1, 0)).contains("截至2024年2月29日　更正版（第2版）")
				.endsWith("上期：截至2024年2月22日");
			Sheet problems = workbook.getSheet("平台数据问题");
			assertThat(text(problems, 1, 0)).endsWith("共5行未导入，以下为最近2行");
			assertThat(List.of(text(problems, 3, 0), text(problems, 3, 3), text(problems, 3, 4)))
				.containsExactly("平台导出0229.csv", "开始日期无法识别：'2024-13-01'", "2024-02-29 10:00");
			assertThat(number(problems, 3, 1)).isEqualTo(17.0);
		}
	}

	@Test
	void streamedSheetsLeaveNoTemporaryFiles() throws IOException {
		Path poiTemp = Files.createDirectories(this.folder.resolve("poi-temp"));
		TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiTemp.toFile()));
		try {
			this.compiler.compile("weekly", "春风行动开展情况统计表", ReportWorkbook.SHEETS, ReportFixtures.reconciliation(),
					this.folder.resolve("out/r.xlsx"), null);
		}
		finally {
			TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
		}
		try (Stream<Path> left = Files.walk(poiTemp)) {
			assertThat(left.filter(Files::isRegularFile)).isEmpty();
		}
	}

	@Test
	void compilingAgainReplacesTheFile() throws IOException {
		CompiledReport first = this.compiler.compile("weekly", "春风行动开展情况统计表", List.of("统计表"),
				ReportFixtures.reconciliation(), this.folder.resolve("r.xlsx"), null);
		CompiledReport second = this.compiler.compile("weekly", "春风行动开展情况统计表", List.of("统计表", "图表"),
				ReportFixtures.reconciliation(), this.folder.resolve("r.xlsx"), null);

		assertThat(second.file()).isEqualTo(first.file());
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(second.file()))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
		}
	}

	@Test
	void refusesUnknownOrRepeatedSheets() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.compiler.compile("weekly", "t", List.of("统计表", "汇总"),
					ReportFixtures.reconciliation(), this.folder.resolve("r.xlsx"), null))
			.withMessageContaining("unknown report sheet(s) 汇总");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.compiler.compile("weekly", "t", List.of("统计表", "统计表"),
					ReportFixtures.reconciliation(), this.folder.resolve("r.xlsx"), null))
			.withMessageContaining("统计表 is requested twice");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.compiler.compile("weekly", "t", List.of(), ReportFixtures.reconciliation(),
					this.folder.resolve("r.xlsx"), null))
			.withMessageContaining("no report sheets");
	}

	@Test
	void chartImageForTheMail() {
		byte[] png = this.compiler.positionsChartPng(ReportFixtures.reconciliation());

		assertThat(png).startsWith(0x89, 'P', 'N', 'G');
	}

	private ReportCompilerImpl compiler() {
		return new ReportCompilerImpl(new Fixed2024(), new Rejections());
	}

	private static final class Fixed2024 implements Campaigns {

		@Override
		public CampaignCalendar current() {
			return ReconciliationFixtures.campaign2024();
		}

		@Override
		public CampaignCalendar forYear(int year) {
			return current();
		}

		@Override
		public List<Integer> years() {
			return List.of(2024);
		}

	}

	private static final class Rejections implements PlatformActivities {

		@Override
		public Map<String, PlatformCityCounts> countAsOf(LocalDate asOf, CampaignCalendar campaign) {
			return Map.of();
		}

		@Override
		public long activityCount() {
			return 0;
		}

		@Override
		public long rejectedRowCount() {
			return 5;
		}

		@Override
		public List<PlatformRejection> recentRejections(int limit) {
			return ReportFixtures.rejections();
		}

	}

}
