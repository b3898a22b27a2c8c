package org.chunfeng.report.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chunfeng.report.internal.ReportWorkbooks.cell;
import static org.chunfeng.report.internal.ReportWorkbooks.merges;
import static org.chunfeng.report.internal.ReportWorkbooks.number;
import static org.chunfeng.report.internal.ReportWorkbooks.text;

/** 统计表 reproduces the notice's attachment with the cities' figures. */
class StatisticsSheetTests {

	@TempDir
	Path folder;

	private Sheet sheet() {
		XSSFWorkbook workbook = ReportWorkbooks.written(ReportFixtures.data("春风行动开展情况统计表"), List.of("统计表"),
				this.folder);
		return workbook.getSheet("统计表");
	}

	@Test
	void titleAndAsOfDateAboveTheTable() {
		Sheet sheet = sheet();

		assertThat(text(sheet, 0, 0)).isEqualTo("2024年春风行动开展情况统计表");
		assertThat(text(sheet, 1, 0)).isEqualTo("截至2024年2月29日");
		assertThat(merges(sheet)).contains("A1:T1", "A2:T2");
	}

	@Test
	void twoRowHeaderWithTheNoticesTexts() {
		Sheet sheet = sheet();

		List<String> groups = new ArrayList<>();
		List<String> headers = new ArrayList<>();
		for (int column = 0; column < 20; column++) {
			groups.add(text(sheet, 2, column));
			headers.add(text(sheet, 3, column));
		}
		assertThat(groups).containsExactly("市级名称", "招聘活动情况", "", "", "", "", "包车、专列（包车厢）、包机运送情况", "", "", "", "", "",
				"", "支持返乡创业情况", "", "", "用于开展各类招聘活动使用资金数量（单位：万元）", "发放各类就业补贴数量（用于稳就业的资金均可计入，不限于就业补助资金支出。单位：万元）",
				"各县（市、区）招聘活动情况", "");
		assertThat(headers).containsExactly("", "线上招聘会场次", "线上招聘会提供就业岗位数量", "线下招聘会场次", "线下招聘会提供就业岗位数量", "签订就业协议（意向）人次",
				"合计运送人次", "专车数量", "专车运送人次", "专列（含包车厢）数量", "专列（含包车厢）运送人次", "包机架次", "包机运送人次", "推介项目个数", "组织创业导师指导人次",
				"提供创业场地资源个数", "", "", "已开展的县（市、区）", "未开展的县（市、区）");
		assertThat(merges(sheet)).contains("A3:A4", "B3:F3", "G3:M3", "N3:P3", "Q3:Q4", "R3:R4", "S3:T3");
		assertThat(cell(sheet, 3, 1).getCellStyle().getWrapText()).isTrue();
	}

	@Test
	void oneRowPerCityInReferenceOrderThenTotal() {
		Sheet sheet = sheet();

		List<String> names = new ArrayList<>();
		for (int row = 4; row <= 15; row++) {
			names.add(text(sheet, row, 0));
		}
		assertThat(names).containsExactly("太原市", "大同市", "阳泉市", "长治市", "晋城市", "朔州市", "晋中市", "运城市", "忻州市\n沿用2月22日数据",
				"临汾市\n退回，沿用2月22日数据", "吕梁市", "合计");
		assertThat(cell(sheet, 12, 0).getCellStyle().getFillForegroundColor())
			.isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
		assertThat(cell(sheet, 4, 0).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
		assertThat(StatisticsSheet.totalRow(11)).isEqualTo(15);
	}

	@Test
	void reportedFiguresAndCountyNames() {
		Sheet sheet = sheet();

		double[] taiyuan = new double[17];
		for (int column = 1; column <= 17; column++) {
			assertThat(cell(sheet, 4, column).getCellType()).isEqualTo(CellType.NUMERIC);
			taiyuan[column - 1] = number(sheet, 4, column);
		}
		assertThat(taiyuan).containsExactly(12, 3400, 7, 2100, 530, 300, 6, 300, 0, 0, 0, 0, 4, 0, 0, 12.5, 100.1234);
		// broken after a 、 where the next name would not fit: no line starts with 、
		assertThat(text(sheet, 4, 18)).isEqualTo("小店区、迎泽区、\n杏花岭区");
		assertThat(text(sheet, 4, 19)).isEqualTo("尖草坪区");
		assertThat(text(sheet, 5, 18)).isEqualTo("新荣区");
		assertThat(text(sheet, 5, 19)).isEmpty();
		assertThat(cell(sheet, 4, 16).getCellStyle().getDataFormatString()).isEqualTo("0.00_ ");
		assertThat(cell(sheet, 4, 1).getCellStyle().getDataFormatString()).isEqualTo("0_ ");
	}

	@Test
	void countyListsBreakAfterASeparatorNeverInsideANameOrBeforeTheSeparator() {
		assertThat(StatisticsSheet.wrapped("小店区、迎泽区、杏花岭区、尖草坪区、万柏林区、晋源区、清徐县、阳曲县、娄烦县、古交市", 18))
			.isEqualTo("小店区、迎泽区、\n杏花岭区、\n尖草坪区、\n万柏林区、\n晋源区、清徐县、\n阳曲县、娄烦县、\n古交市");
		assertThat(StatisticsSheet.wrapped("盐湖区", 18)).isEqualTo("盐湖区");
		assertThat(StatisticsSheet.wrapped("", 18)).isEmpty();
		// a name longer than a line keeps its own line
		assertThat(StatisticsSheet.wrapped("城区、某某某某某某某某某县、郊区", 18)).isEqualTo("城区、\n某某某某某某某某某县、\n郊区");
	}

	@Test
	void totalRowSumsTheFiguresShownAndTheNoteSaysWhatItCovers() {
		Sheet sheet = sheet();

		double[] total = new double[17];
		for (int column = 1; column <= 17; column++) {
			total[column - 1] = number(sheet, 15, column);
		}
		assertThat(total).containsExactly(23, 4420, 15, 2144, 530, 300, 6, 300, 0, 0, 0, 0, 4, 0, 0, 12.5001, 102.6234);
		assertThat(cell(sheet, 15, 17).getCellStyle().getDataFormatString()).isEqualTo("0.00_ ");
		assertThat(((XSSFCellStyle) cell(sheet, 15, 1).getCellStyle()).getFont().getBold()).isTrue();
	}

	@Test
	void aCityThatHasNotSubmittedIsMarkedAcrossTheRow() {
		Sheet sheet = sheet();

		assertThat(text(sheet, 14, 0)).isEqualTo("吕梁市");
		assertThat(text(sheet, 14, 1)).isEqualTo("未报送");
		assertThat(merges(sheet)).contains("B15:T15");
		assertThat(cell(sheet, 14, 1).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
		assertThat(text(sheet, 17, 0)).isEqualTo("说明：各项数据为自活动开始至报送日期的累计数，未注明的为本期（2月29日）报送的数据；"
				+ "合计为已报送数据的10市之和，吕梁市未报送，未计入合计；忻州市沿用2月22日数据；临汾市本期所报文件被退回，沿用2月22日数据。资金单位为万元。"
				+ "表中金额显示两位小数，单元格内保留各市所报数值（最多4位小数），合计为未经四舍五入的数值之和，与显示的各市数值相加可能相差0.01。");
	}

	@Test
	void readableAndPrintable() {
		Sheet sheet = sheet();

		assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
		assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
		assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 1);
		assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
		assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
		assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
		assertThat(sheet.getFitToPage()).isTrue();
		assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("3:4");
		assertThat(sheet.getFooter().getCenter()).isEqualTo("第 &P 页，共 &N 页");
		assertThat(cell(sheet, 4, 1).getCellStyle().getBorderTop()).isNotNull();
	}

	@Test
	void theNoteSaysEveryFigureIsOfThePeriodWhenNoneIsCarriedForward() {
		org.chunfeng.reconcile.Reconciliation reconciliation = ReportFixtures.reconciliation();
		org.chunfeng.reconcile.Reconciliation current = new org.chunfeng.reconcile.Reconciliation(reconciliation.asOf(),
				reconciliation.period(), reconciliation.previousDate(), reconciliation.platform(),
				reconciliation.dueDates(),
				reconciliation.cities().stream().filter((city) -> !city.carriedForward()).toList());

		assertThat(StatisticsSheet.note(current)).startsWith("说明：各项数据为自活动开始至报送日期的累计数，均为本期（2月29日）报送的数据；")
			.doesNotContain("沿用")
			.doesNotContain("未注明");
	}

	@Test
	void theNoteSaysWhichFiguresOfThePeriodCameLateAndOfWhatDate() {
		org.chunfeng.region.City taiyuan = ReportFixtures.city(0);
		java.time.LocalDate apr08 = java.time.LocalDate.of(2024, 4, 8);
		org.chunfeng.intake.city.CitySubmission late = org.chunfeng.reconcile.ReconciliationFixtures
			.submission(taiyuan, apr08)
			.build();
		List<org.chunfeng.reconcile.CityReconciliation> cities = new ArrayList<>();
		for (org.chunfeng.region.City city : org.chunfeng.reconcile.ReconciliationFixtures.shanxi().cities()) {
			boolean sent = city.code().equals(taiyuan.code());
			cities.add(new org.chunfeng.reconcile.CityReconciliation(city,
					sent ? org.chunfeng.reconcile.SubmissionStatus.LATE
							: org.chunfeng.reconcile.SubmissionStatus.NOT_SUBMITTED,
					sent ? java.util.Optional.of(late) : java.util.Optional.empty(), java.util.Optional.empty(),
					org.chunfeng.reconcile.ReconciliationFixtures.noPlatformActivity(city), List.of(), List.of(),
					List.of(), java.util.Map.of()));
		}
		org.chunfeng.reconcile.Reconciliation reconciliation = org.chunfeng.reconcile.ReconciliationFixtures
			.reconciliation(apr08, org.chunfeng.reconcile.ReconciliationFixtures.freshPlatform(), cities);

		assertThat(StatisticsSheet.note(reconciliation))
			.startsWith("说明：各项数据为自活动开始至报送日期的累计数，均为本期（4月3日）报送的数据，其中1市为4月8日逾期报送、截至该日的数据；合计为已报送数据的1市之和，");
	}

}
