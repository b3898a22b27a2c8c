package org.chunfeng.report.internal;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chunfeng.report.internal.ReportWorkbooks.cell;
import static org.chunfeng.report.internal.ReportWorkbooks.merges;
import static org.chunfeng.report.internal.ReportWorkbooks.number;
import static org.chunfeng.report.internal.ReportWorkbooks.text;

/** 核对结果 shows each reconciled figure against the platform and highlights mismatches. */
class ReconciliationSheetTests {

	@TempDir
	Path folder;

	private Sheet sheet() {
		return ReportWorkbooks.written(ReportFixtures.data("春风行动开展情况统计表"), List.of("核对结果"), this.folder)
			.getSheet("核对结果");
	}

	@Test
	void headerHasFourColumnsPerFigure() {
		Sheet sheet = sheet();

		assertThat(text(sheet, 0, 0)).isEqualTo("各市报送数据与平台数据核对结果");
		assertThat(text(sheet, 1, 0)).isEqualTo("2024年春风行动开展情况统计表　截至2024年2月29日");
		assertThat(text(sheet, 2, 0)).isEqualTo("市级名称");
		assertThat(List.of(text(sheet, 2, 1), text(sheet, 2, 5), text(sheet, 2, 9), text(sheet, 2, 13),
				text(sheet, 2, 17), text(sheet, 2, 21)))
			.containsExactly("线上招聘会场次", "线上招聘会提供就业岗位数量", "线下招聘会场次", "线下招聘会提供就业岗位数量", "签订就业协议（意向）人次", "县（市、区）核对");
		assertThat(List.of(text(sheet, 3, 1), text(sheet, 3, 2), text(sheet, 3, 3), text(sheet, 3, 4)))
			.containsExactly("市报数", "平台数", "差额", "核对结果");
		assertThat(merges(sheet)).contains("A3:A4", "B3:E3", "F3:I3", "J3:M3", "N3:Q3", "R3:U3", "V3:V4");
	}

	@Test
	void reportedPlatformDifferenceAndStatus() {
		Sheet sheet = sheet();

		assertThat(text(sheet, 4, 0)).isEqualTo("太原市");
		assertThat(List.of(number(sheet, 4, 1), number(sheet, 4, 2), number(sheet, 4, 3))).containsExactly(12.0, 12.0,
				0.0);
		assertThat(text(sheet, 4, 4)).isEqualTo("一致");
		assertThat(List.of(number(sheet, 4, 5), number(sheet, 4, 6), number(sheet, 4, 7))).containsExactly(3400.0,
				3390.0, 10.0);
		assertThat(text(sheet, 4, 8)).isEqualTo("不一致");
	}

	@Test
	void mismatchesAreFilled() {
		Sheet sheet = sheet();

		for (int column = 5; column <= 8; column++) {
			assertThat(cell(sheet, 4, column).getCellStyle().getFillPattern())
				.isEqualTo(FillPatternType.SOLID_FOREGROUND);
			assertThat(cell(sheet, 4, column).getCellStyle().getFillForegroundColor())
				.isEqualTo(IndexedColors.ROSE.getIndex());
		}
		for (int column = 1; column <= 4; column++) {
			assertThat(cell(sheet, 4, column).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
		}
		assertThat(cell(sheet, 4, 21).getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
		assertThat(cell(sheet, 5, 21).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
	}

	@Test
	void countyChecksSummarisedPerCity() {
		Sheet sheet = sheet();

		assertThat(text(sheet, 4, 21))
			.isEqualTo("报已开展，平台无活动：迎泽区、杏花岭区；\n报未开展，平台有活动：尖草坪区；\n未列出：万柏林区、晋源区、清徐县、阳曲县、娄烦县、古交市");
		assertThat(text(sheet, 14, 21)).isEqualTo("未报送");
	}

	@Test
	void aCityThatHasNotSubmittedShowsThePlatformOnly() {
		Sheet sheet = sheet();

		assertThat(text(sheet, 14, 0)).isEqualTo("吕梁市");
		assertThat(text(sheet, 14, 1)).isEqualTo("未报送");
		assertThat(number(sheet, 14, 2)).isEqualTo(2.0);
		assertThat(cell(sheet, 14, 3).getCellType()).isEqualTo(CellType.BLANK);
		assertThat(text(sheet, 14, 4)).isEqualTo("未报送");
		assertThat(number(sheet, 14, 18)).isEqualTo(6.0);
	}

}
