package org.chunfeng.report.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.chunfeng.intake.city.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chunfeng.report.internal.ReportWorkbooks.cell;
import static org.chunfeng.report.internal.ReportWorkbooks.merges;
import static org.chunfeng.report.internal.ReportWorkbooks.number;
import static org.chunfeng.report.internal.ReportWorkbooks.text;

/**
 * 核对结果 shows each reconciled figure against the platform, a row per city and figure, and
 * highlights mismatches.
 */
class ReconciliationSheetTests {

	/** 太原's rows: its five figures, then its counties. */
	private static final int TAIYUAN = 3;

	private static final int LVLIANG = 3 + 10 * 6;

	private static final int NOTE = 3 + 11 * 6 + 1;

	@TempDir
	Path folder;

	private Sheet sheet() {
		return ReportWorkbooks.written(ReportFixtures.data("春风行动开展情况统计表"), List.of("核对结果"), this.folder)
			.getSheet("核对结果");
	}

	@Test
	void aRowPerCityAndFigureUnderOneHeaderRow() {
		Sheet sheet = sheet();

		assertThat(text(sheet, 0, 0)).isEqualTo("各市报送数据与平台数据核对结果");
		assertThat(text(sheet, 1, 0)).isEqualTo("2024年春风行动开展情况统计表　截至2024年2月29日");
		assertThat(IntStream.rangeClosed(0, 6).mapToObj((column) -> text(sheet, 2, column))).containsExactly("市级名称",
				"报送日期", "指标", "市报数", "平台数", "差额", "核对结果");
		assertThat(List.of(text(sheet, TAIYUAN, 2), text(sheet, TAIYUAN + 1, 2), text(sheet, TAIYUAN + 2, 2),
				text(sheet, TAIYUAN + 3, 2), text(sheet, TAIYUAN + 4, 2), text(sheet, TAIYUAN + 5, 2)))
			.containsExactly("线上招聘会场次", "线上招聘会提供就业岗位数量", "线下招聘会场次", "线下招聘会提供就业岗位数量", "签订就业协议（意向）人次", "县（市、区）核对");
		assertThat(ReconciliationSheet.row(10, Metric.ONLINE_FAIRS)).isEqualTo(LVLIANG);
		assertThat(ReconciliationSheet.countyRow(0)).isEqualTo(TAIYUAN + 5);
		// nothing merged down over rows, which a page break would print over
		assertThat(merges(sheet)).contains("A1:G1", "A2:G2", "D9:G9").noneMatch((range) -> {
			String[] ends = range.split(":");
			return !ends[0].replaceAll("[A-Z]", "").equals(ends[1].replaceAll("[A-Z]", ""));
		});
	}

	@Test
	void reportedPlatformDifferenceAndStatus() {
		Sheet sheet = sheet();

		assertThat(List.of(text(sheet, TAIYUAN, 0), text(sheet, TAIYUAN, 1), text(sheet, TAIYUAN + 4, 0),
				text(sheet, TAIYUAN + 4, 1)))
			.containsExactly("太原市", "2月29日", "太原市", "2月29日");
		assertThat(List.of(number(sheet, TAIYUAN, 3), number(sheet, TAIYUAN, 4), number(sheet, TAIYUAN, 5)))
			.containsExactly(12.0, 12.0, 0.0);
		assertThat(text(sheet, TAIYUAN, 6)).isEqualTo("一致");
		assertThat(List.of(number(sheet, TAIYUAN + 1, 3), number(sheet, TAIYUAN + 1, 4), number(sheet, TAIYUAN + 1, 5)))
			.containsExactly(3400.0, 3390.0, 10.0);
		assertThat(text(sheet, TAIYUAN + 1, 6)).isEqualTo("不一致");
		assertThat(text(sheet, 3 + 8 * 6, 1)).isEqualTo("2月22日（沿用）");
		assertThat(text(sheet, 3 + 9 * 6, 1)).isEqualTo("2月22日（退回）");
		assertThat(text(sheet, 3 + 9 * 6 + 5, 1)).isEqualTo("2月22日（退回）");
	}

	@Test
	void mismatchesAreFilled() {
		Sheet sheet = sheet();

		for (int column = 3; column <= 6; column++) {
			assertThat(cell(sheet, TAIYUAN + 1, column).getCellStyle().getFillPattern())
				.isEqualTo(FillPatternType.SOLID_FOREGROUND);
			assertThat(cell(sheet, TAIYUAN + 1, column).getCellStyle().getFillForegroundColor())
				.isEqualTo(IndexedColors.ROSE.getIndex());
			assertThat(cell(sheet, TAIYUAN, column).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
		}
		assertThat(cell(sheet, TAIYUAN + 5, 3).getCellStyle().getFillForegroundColor())
			.isEqualTo(IndexedColors.ROSE.getIndex());
		// 阳泉: every county listed as the platform shows it
		assertThat(text(sheet, 3 + 2 * 6 + 5, 3)).isEqualTo("一致");
		assertThat(cell(sheet, 3 + 2 * 6 + 5, 3).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
	}

	@Test
	void countyChecksSummarisedPerCity() {
		Sheet sheet = sheet();

		assertThat(text(sheet, TAIYUAN + 5, 3))
			.isEqualTo("报已开展，平台无活动：迎泽区、杏花岭区；\n报未开展，平台有活动：尖草坪区；\n未列出：万柏林区、晋源区、清徐县、阳曲县、娄烦县、古交市");
		assertThat(text(sheet, LVLIANG + 5, 3)).isEqualTo("未报送");
	}

	@Test
	void aCityThatHasNotSubmittedShowsThePlatformOnly() {
		Sheet sheet = sheet();

		assertThat(List.of(text(sheet, LVLIANG, 0), text(sheet, LVLIANG, 1), text(sheet, LVLIANG, 3)))
			.containsExactly("吕梁市", "未报送", "未报送");
		assertThat(number(sheet, LVLIANG, 4)).isEqualTo(2.0);
		assertThat(cell(sheet, LVLIANG, 5).getCellType()).isEqualTo(CellType.BLANK);
		assertThat(text(sheet, LVLIANG, 6)).isEqualTo("未报送");
		assertThat(text(sheet, LVLIANG + 4, 2)).isEqualTo("签订就业协议（意向）人次");
		assertThat(number(sheet, LVLIANG + 4, 4)).isEqualTo(6.0);
	}

	@Test
	void theNoteSaysWhatWasComparedAndAtWhichDate() {
		Sheet sheet = sheet();

		assertThat(text(sheet, NOTE, 0)).contains("平台数为山西数字人社一体化平台中截至各市报送日期开展的春风行动专项活动")
			.endsWith("与平台数据核对（平台数据更新至2月29日）：核对10市，其中8市一致、2市有差异（太原市、大同市）；1市无数据、未核对（吕梁市）；沿用以前数据的城市按其报送日期与平台核对。");
	}

	@Test
	void withStalePlatformDataNothingIsMarkedAgreeingOrNot() {
		ReportData stale = ReportWorkbooks.stale(ReportFixtures.data("春风行动开展情况统计表"));
		Sheet sheet = ReportWorkbooks.written(stale, List.of("核对结果"), this.folder).getSheet("核对结果");

		assertThat(text(sheet, TAIYUAN, 6)).isEqualTo("平台数据未更新");
		assertThat(cell(sheet, TAIYUAN, 4).getCellType()).isEqualTo(CellType.BLANK);
		assertThat(text(sheet, TAIYUAN + 5, 3)).startsWith("平台数据未更新，未核对");
		assertThat(text(sheet, NOTE, 0)).endsWith("平台数据未更新（尚未导入平台导出数据），本期未与平台数据核对，不作一致或差异的判断。");
	}

}
