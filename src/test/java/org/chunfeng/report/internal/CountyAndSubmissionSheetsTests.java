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
	void everyCountyWithPlatformFiguresClaimAndStatus() {
		Sheet sheet = workbook().getSheet("县区开展情况");

		assertThat(List.of(text(sheet, 2, 0), text(sheet, 2, 1), text(sheet, 2, 2), text(sheet, 2, 3),
				text(sheet, 2, 4), text(sheet, 2, 5), text(sheet, 2, 6)))
			.containsExactly("市级名称", "县（市、区）", "区划代码", "平台活动场次", "平台提供岗位数", "市报情况", "核对结果");
		assertThat(sheet.getLastRowNum()).isEqualTo(3 + 117 - 1);
		assertThat(row(sheet, 3)).containsExactly("太原市", "小店区", "140105", "5", "2000", "已开展", "一致（已开展）");
		assertThat(row(sheet, 4)).containsExactly("太原市", "迎泽区", "140106", "0", "0", "已开展", "报已开展，平台无活动");
		assertThat(row(sheet, 6)).containsExactly("太原市", "尖草坪区", "140108", "1", "40", "未开展", "报未开展，平台有活动");
		assertThat(row(sheet, 7)).containsExactly("太原市", "万柏林区", "140109", "2", "20", "未列出", "未列出");
		assertThat(row(sheet, 119)).containsExactly("吕梁市", "汾阳市", "141182", "0", "0", "未报送", "未列出");
		assertThat(cell(sheet, 4, 6).getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
		assertThat(cell(sheet, 3, 6).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
	}

	@Test
	void submissionsWithReceivedTimeLatenessAndWarnings() {
		Sheet sheet = workbook().getSheet("报送情况");

		assertThat(row(sheet, 2)).containsExactly("市级名称", "报送情况", "报告日期", "接收时间", "是否逾期", "文件名", "警告");
		assertThat(row(sheet, 3)).containsExactly("太原市", "已报送", "2024-02-29", "2024-02-29 17:00", "按时",
				"太原春风行动统计表.xlsx", "");
		assertThat(row(sheet, 4)).containsExactly("大同市", "已报送", "2024-02-29", "2024-02-29 19:00", "逾期",
				ReportFixtures.INJECTION, ReportFixtures.INJECTION + "\n合计运送人次不等于各方式之和");
		assertThat(cell(sheet, 4, 4).getCellStyle().getFillForegroundColor())
			.isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
		assertThat(text(sheet, 13, 0)).isEqualTo("吕梁市");
		assertThat(text(sheet, 13, 1)).isEqualTo("未报送");
		assertThat(cell(sheet, 13, 1).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
	}

	private static List<String> row(Sheet sheet, int index) {
		return IntStream.range(0, 7).mapToObj((column) -> {
			Cell cell = cell(sheet, index, column);
			return switch (cell.getCellType()) {
				case NUMERIC -> String.valueOf((long) number(sheet, index, column));
				default -> cell.getStringCellValue();
			};
		}).toList();
	}

}
