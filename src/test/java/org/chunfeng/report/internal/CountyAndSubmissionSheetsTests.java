package org.chunfeng.report.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chunfeng.report.internal.ReportWorkbooks.cell;
import static org.chunfeng.report.internal.ReportWorkbooks.number;
import static org.chunfeng.report.internal.ReportWorkbooks.text;

/** 县区开展情况 lists every county; 报送情况 every city's submission. */
class CountyAndSubmissionSheetsTests {

	@TempDir
	Path folder;

	private XSSFWorkbook workbook() {
		return ReportWorkbooks.written(ReportFixtures.data("春风行动开展情况统计表"), List.of("县区开展情况", "报送情况"), this.folder);
	}

	@Test
	void everyCountyWithPlatformFiguresAsOfItsCitysDataDateClaimAndStatus() {
		Sheet sheet = workbook().getSheet("县区开展情况");

		assertThat(row(sheet, 2)).containsExactly("市级名称", "县（市、区）", "区划代码", "平台统计截至", "平台活动场次", "平台提供岗位数", "市报情况",
				"核对结果");
		assertThat(row(sheet, 3)).containsExactly("太原市", "小店区", "140105", "2月29日", "5", "2000", "已开展", "一致（已开展）");
		assertThat(row(sheet, 4)).containsExactly("太原市", "迎泽区", "140106", "2月29日", "0", "0", "已开展", "报已开展，平台无活动");
		assertThat(row(sheet, 6)).containsExactly("太原市", "尖草坪区", "140108", "2月29日", "1", "40", "未开展", "报未开展，平台有活动");
		assertThat(row(sheet, 7)).containsExactly("太原市", "万柏林区", "140109", "2月29日", "2", "20", "未列出", "未列出");
		int xinzhou = IntStream.rangeClosed(3, 119)
			.filter((row) -> text(sheet, row, 0).equals("忻州市"))
			.findFirst()
			.orElseThrow();
		assertThat(text(sheet, xinzhou, 3)).isEqualTo("2月22日");
		assertThat(row(sheet, 119)).containsExactly("吕梁市", "汾阳市", "141182", "2月29日", "0", "0", "未报送", "未报送");
		assertThat(cell(sheet, 4, 7).getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
		assertThat(cell(sheet, 3, 7).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
		assertThat(text(sheet, 121, 0)).startsWith("说明：平台数统计至该市数据的报送日期");
	}

	@Test
	void submissionsWithStatusDataDateReceivedTimeRefusalsAndWarnings() {
		Sheet sheet = workbook().getSheet("报送情况");

		assertThat(row(sheet, 2)).containsExactly("市级名称", "本期报送情况", "报送日期", "收到时间", "是否逾期", "文件名", "退回原因", "警告");
		assertThat(row(sheet, 3)).containsExactly("太原市", "按时", "2024-02-29", "2024-02-29 17:00", "按时", "太原春风行动统计表.xlsx",
				"", "");
		assertThat(row(sheet, 4)).containsExactly("大同市", "逾期", "2024-02-29", "2024-02-29 19:00", "逾期",
				ReportFixtures.INJECTION, "", ReportFixtures.INJECTION + "\n合计运送人次不等于各方式之和");
		assertThat(cell(sheet, 4, 4).getCellStyle().getFillForegroundColor())
			.isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
		// sent nothing for the period: neither on time nor late, whatever its earlier
		// file
		assertThat(row(sheet, 11)).containsExactly("忻州市", "沿用2月22日数据", "2024-02-22", "2024-02-22 17:00", "—",
				"忻州春风行动统计表.xlsx", "", "");
		assertThat(row(sheet, 12).subList(0, 5)).containsExactly("临汾市", "退回，沿用2月22日数据", "2024-02-22",
				"2024-02-22 17:00", "—");
		assertThat(text(sheet, 12, 6)).isEqualTo("临汾0229.xlsx（2024-02-29 11:20收到）：统计表!D5: '十二场' 不是数字，线下招聘会场次应填阿拉伯数字");
		assertThat(cell(sheet, 12, 1).getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
		assertThat(text(sheet, 13, 0)).isEqualTo("吕梁市");
		assertThat(text(sheet, 13, 1)).isEqualTo("未报送");
		assertThat(cell(sheet, 13, 1).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
	}

	@Test
	void theCompletenessMatrixHasEveryCityForEveryWeeklyDueDateSoFar() {
		Sheet sheet = workbook().getSheet("报送情况");

		assertThat(text(sheet, 15, 0)).isEqualTo("各市历次报送情况（每周报送日）");
		assertThat(List.of(text(sheet, 16, 0), text(sheet, 16, 1), text(sheet, 16, 2))).containsExactly("市级名称", "2月22日",
				"2月29日");
		assertThat(List.of(text(sheet, 17, 0), text(sheet, 17, 1), text(sheet, 17, 2))).containsExactly("太原市", "按时",
				"按时");
		assertThat(List.of(text(sheet, 18, 2), text(sheet, 25, 2), text(sheet, 26, 2), text(sheet, 27, 2)))
			.containsExactly("逾期", "沿用", "退回", "未报送");
		assertThat(text(sheet, 29, 0)).startsWith("说明：按时＝报送日18时前报送；逾期＝此后报送；沿用＝");
	}

	private static List<String> row(Sheet sheet, int index) {
		return IntStream.range(0, sheet.getRow(index).getLastCellNum()).mapToObj((column) -> {
			Cell cell = cell(sheet, index, column);
			return switch (cell.getCellType()) {
				case NUMERIC -> String.valueOf((long) number(sheet, index, column));
				default -> cell.getStringCellValue();
			};
		}).toList();
	}

}
