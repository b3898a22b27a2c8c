package org.chunfeng.report.internal;

import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chunfeng.report.internal.ReportWorkbooks.cell;

/** Text from an input is never written as a formula, in built and in streamed sheets. */
class FormulaInjectionTests {

	@TempDir
	Path folder;

	@Test
	void formulaLikeTextFromACityWorkbookIsQuotedText() {
		XSSFWorkbook workbook = ReportWorkbooks.written(ReportFixtures.data("春风行动开展情况统计表"), this.folder);
		Sheet sheet = workbook.getSheet("报送情况");

		assertQuotedText(cell(sheet, 4, 5));
		assertQuotedText(cell(sheet, 4, 7));
		assertThat(cell(sheet, 3, 5).getCellStyle().getQuotePrefixed()).isFalse();
	}

	@Test
	void formulaLikeTextFromThePlatformIsQuotedTextInTheStreamedSheet() {
		XSSFWorkbook workbook = ReportWorkbooks.written(ReportFixtures.data("春风行动开展情况统计表"), this.folder);
		Sheet sheet = workbook.getSheet("平台数据问题");

		assertThat(cell(sheet, 3, 2).getStringCellValue()).isEqualTo("HD-0017");
		assertQuotedText(cell(sheet, 4, 2));
		assertQuotedText(cell(sheet, 4, 3));
	}

	@Test
	void everyFormulaPrefixIsRecognised() {
		assertThat(Styles.looksLikeFormula("=1+1")).isTrue();
		assertThat(Styles.looksLikeFormula("+86 351")).isTrue();
		assertThat(Styles.looksLikeFormula("-2")).isTrue();
		assertThat(Styles.looksLikeFormula("@SUM(A1)")).isTrue();
		assertThat(Styles.looksLikeFormula("小店区")).isFalse();
		assertThat(Styles.looksLikeFormula("")).isFalse();
	}

	@Test
	void textLongerThanACellHoldsIsCut() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Styles styles = new Styles(workbook);
		Row row = workbook.createSheet().createRow(0);

		Cell cell = Cells.text(row, 0, "=" + "措".repeat(40_000), styles.text, styles);

		assertThat(cell.getStringCellValue()).hasSize(Cells.MAX_TEXT).startsWith("=措").endsWith("措…");
		assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
		assertThat(Cells.heightFor("措".repeat(40_000), 30)).isEqualTo(409f);
	}

	@Test
	void noCellOfTheReportIsAFormula() {
		XSSFWorkbook workbook = ReportWorkbooks.written(ReportFixtures.data("春风行动开展情况统计表"), this.folder);

		for (Sheet sheet : workbook) {
			sheet.forEach((row) -> row
				.forEach((cell) -> assertThat(cell.getCellType()).as("%s!%s", sheet.getSheetName(), cell.getAddress())
					.isNotEqualTo(CellType.FORMULA)));
		}
	}

	private static void assertQuotedText(Cell cell) {
		assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
		assertThat(cell.getStringCellValue()).startsWith("=HYPERLINK(");
		assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
	}

}
