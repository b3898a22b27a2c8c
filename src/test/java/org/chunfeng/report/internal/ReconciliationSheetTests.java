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
		assertThat(text(sheet, 2, 1)).isEqualTo("报送日期");
		assertThat(List.of(text(sheet, 2, 2), text(sheet, 2, 6), text(sheet, 2, 10), text(sheet, 2, 14),
				text(sheet, 2, 18), text(sheet, 2, 22)))
			.containsExactly("线上招聘会场次", "线上招聘会提供就业岗位数量", "线下招聘会场次", "线下招聘会提供就业岗位数量", "签订就业协议（意向）人次", "县（市、区）核对");
		assertThat(List.of(text(sheet, 3, 2), text(sheet, 3, 3), text(sheet, 3, 4), text(sheet, 3, 5)))
			.containsExactly("市报数", "平台数", "差额", "核对结果");
		assertThat(merges(sheet)).contains("A3:A4", "B3:B4", "C3:F3", "G3:J3", "K3:N3", "O3:R3", "S3:V3", "W3:W4");
	}

	@Test
	void reportedPlatformDifferenceAndStatus() {
		Sheet sheet = sheet();

		assertThat(text(sheet, 4, 0)).isEqualTo("太原市");
		assertThat(text(sheet, 4, 1)).isEqualTo("2月29日");
		assertThat(List.of(number(sheet, 4, 2), number(sheet, 4, 3), number(sheet, 4, 4))).containsExactly(12.0, 12.0,
				0.0);
		assertThat(text(sheet, 4, 5)).isEqualTo("一致");
		assertThat(List.of(number(sheet, 4, 6), number(sheet, 4, 7), number(sheet, 4, 8))).containsExactly(3400.0,
				3390.0, 10.0);
		assertThat(text(sheet, 4, 9)).isEqualTo("不一致");
		assertThat(text(sheet, 12, 1)).isEqualTo("2月22日\n（沿用）");
		assertThat(text(sheet, 13, 1)).isEqualTo("2月22日\n（退回）");
	}

	@Test
	void mismatchesAreFilled() {
		Sheet sheet = sheet();

		for (int column = 6; column <= 9; column++) {
			assertThat(cell(sheet, 4, column).getCellStyle().getFillPattern())
				.isEqualTo(FillPatternType.SOLID_FOREGROUND);
			assertThat(cell(sheet, 4, column).getCellStyle().getFillForegroundColor())
				.isEqualTo(IndexedColors.ROSE.getIndex());
		}
		for (int column = 2; column <= 5; column++) {
			assertThat(cell(sheet, 4, column).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
		}
		assertThat(cell(sheet, 4, 22).getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
		assertThat(cell(sheet, 6, 22).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
	}

	@Test
	void countyChecksSummarisedPerCity() {
		Sheet sheet = sheet();

		assertThat(text(sheet, 4, 22))
			.isEqualTo("报已开展，平台无活动：迎泽区、杏花岭区；\n报未开展，平台有活动：尖草坪区；\n未列出：万柏林区、晋源区、清徐县、阳曲县、娄烦县、古交市");
		assertThat(text(sheet, 14, 22)).isEqualTo("未报送");
	}

	@Test
	void aCityThatHasNotSubmittedShowsThePlatformOnly() {
		Sheet sheet = sheet();

		assertThat(text(sheet, 14, 0)).isEqualTo("吕梁市");
		assertThat(text(sheet, 14, 1)).isEqualTo("未报送");
		assertThat(text(sheet, 14, 2)).isEqualTo("未报送");
		assertThat(number(sheet, 14, 3)).isEqualTo(2.0);
		assertThat(cell(sheet, 14, 4).getCellType()).isEqualTo(CellType.BLANK);
		assertThat(text(sheet, 14, 5)).isEqualTo("未报送");
		assertThat(number(sheet, 14, 19)).isEqualTo(6.0);
	}

	@Test
	void theNoteSaysWhatWasComparedAndAtWhichDate() {
		Sheet sheet = sheet();

		assertThat(text(sheet, 16, 0)).contains("平台数为山西数字人社一体化平台中截至各市报送日期开展的春风行动专项活动")
			.endsWith("与平台数据核对（平台数据更新至2月29日）：核对10市，其中8市一致、2市有差异（太原市、大同市）；1市无数据、未核对（吕梁市）；沿用以前数据的城市按其报送日期与平台核对。");
	}

	@Test
	void withStalePlatformDataNothingIsMarkedAgreeingOrNot() {
		ReportData stale = ReportWorkbooks.stale(ReportFixtures.data("春风行动开展情况统计表"));
		Sheet sheet = ReportWorkbooks.written(stale, List.of("核对结果"), this.folder).getSheet("核对结果");

		assertThat(text(sheet, 4, 5)).isEqualTo("平台数据未更新");
		assertThat(cell(sheet, 4, 3).getCellType()).isEqualTo(CellType.BLANK);
		assertThat(text(sheet, 4, 22)).startsWith("平台数据未更新，未核对");
		assertThat(text(sheet, 16, 0)).endsWith("平台数据未更新（尚未导入平台导出数据），本期未与平台数据核对，不作一致或差异的判断。");
	}

}
