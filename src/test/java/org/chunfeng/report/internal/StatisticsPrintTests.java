package org.chunfeng.report.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 统计表 printed (SPEC §5.5): A4 landscape, one page wide at a scale where no text is
 * under 8 points, header rows on every page, page numbers in the footer, money with 2
 * decimals in print and its 4 in the cell; the 周环比 without cells merged over a block of
 * rows (which a page break would print over the rows).
 */
class StatisticsPrintTests {

	/** A4's long side in inches. */
	private static final double A4_LONG = 297 / 25.4;

	@TempDir
	Path folder;

	@Test
	void statisticsTablePrintsOnePageWideWithNoTextUnderEightPoints() throws Exception {
		try (XSSFWorkbook workbook = ReportWorkbooks.written(ReportFixtures.data("春风行动开展情况统计表"), this.folder)) {
			preview();
			XSSFSheet sheet = workbook.getSheet("统计表");
			assertPrintsOnA4LandscapeOnePageWide(sheet, "3:4");
			double scale = fitScale(sheet, 20);
			assertThat(scale).as("scale to one page wide").isBetween(0.85, 1.0);
			// every cell of the table, its header and its note: none prints under 8 pt
			for (int r = StatisticsSheet.GROUP_ROW; r <= StatisticsSheet.totalRow(11) + 2; r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				for (Cell cell : row) {
					short points = ((XSSFCellStyle) cell.getCellStyle()).getFont().getFontHeightInPoints();
					assertThat(points * scale).as("printed size of %s", cell.getAddress()).isGreaterThanOrEqualTo(8.0);
				}
			}
			// the county lists wrap in columns narrower than the counts' total width
			assertThat(sheet.getColumnWidth(StatisticsSheet.ACTIVE_COLUMN)).isEqualTo(18 * 256);
			assertThat(sheet.getRow(4).getCell(StatisticsSheet.ACTIVE_COLUMN).getCellStyle().getWrapText()).isTrue();
			// money: 2 decimals printed, the city's 4 kept in the cell
			Cell subsidies = sheet.getRow(4).getCell(17);
			assertThat(subsidies.getNumericCellValue()).isEqualTo(100.1234);
			assertThat(subsidies.getCellStyle().getDataFormatString()).isEqualTo("0.00_ ");
			// the headers have the height their wrapped texts need
			assertThat(sheet.getRow(StatisticsSheet.GROUP_ROW).getHeightInPoints()
					+ sheet.getRow(StatisticsSheet.HEADER_ROW).getHeightInPoints())
				.isGreaterThanOrEqualTo(
						Cells.heightFor("发放各类就业补贴数量（用于稳就业的资金均可计入，不限于就业补助资金支出。单位：万元）", StatisticsSheet.WIDTHS[17]));
		}
	}

	@Test
	void weekOnWeekPrintsItsNotesInTheirRowsWithoutMergingOverPageBreaks() throws Exception {
		try (XSSFWorkbook workbook = ReportWorkbooks.written(ReportFixtures.data("春风行动开展情况统计表"), this.folder)) {
			Sheet sheet = workbook.getSheet("周环比");

			List<CellRangeAddress> merged = sheet.getMergedRegions();
			assertThat(merged).noneMatch((region) -> region.getFirstRow() >= WeekOnWeekSheet.FIRST_ROW
					&& region.getLastRow() > region.getFirstRow());
			Cell note = sheet.getRow(WeekOnWeekSheet.FIRST_ROW + 8 * 17).getCell(5);
			assertThat(note.getStringCellValue()).isEqualTo("本期沿用2月22日数据；两期为同一份数据");
			assertThat(note.getCellStyle().getVerticalAlignment()).isEqualTo(VerticalAlignment.TOP);
			assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("3:3");
			assertThat(fitScale((XSSFSheet) sheet, 6)).isEqualTo(1.0);
		}
	}

	@Test
	void reconciliationPrintsOnePageWideAtFullSize() throws Exception {
		try (XSSFWorkbook workbook = ReportWorkbooks.written(ReportFixtures.data("春风行动开展情况统计表"), this.folder)) {
			XSSFSheet sheet = workbook.getSheet("核对结果");
			assertPrintsOnA4LandscapeOnePageWide(sheet, "3:3");
			// seven columns: one page wide at full size, with room to spare for a wider
			// font (LibreOffice without Calibri measures columns about a third wider)
			assertThat(width(sheet, 0, ReconciliationSheet.LAST_COLUMN) * 4 / 3).isLessThanOrEqualTo(printable(sheet));
			assertThat(fitScale(sheet, ReconciliationSheet.LAST_COLUMN + 1)).isEqualTo(1.0);
			for (int r = ReconciliationSheet.HEADER_ROW; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				for (Cell cell : row) {
					short points = ((XSSFCellStyle) cell.getCellStyle()).getFont().getFontHeightInPoints();
					assertThat(points).as("printed size of %s", cell.getAddress()).isGreaterThanOrEqualTo((short) 8);
				}
			}
			// nothing merged over rows below the header: a page break would print over
			// them
			assertThat(sheet.getMergedRegions())
				.noneMatch((region) -> region.getFirstRow() >= ReconciliationSheet.FIRST_ROW
						&& region.getLastRow() > region.getFirstRow());
		}
	}

	/**
	 * A4 landscape, fitted one page wide (as many pages long as it takes), the header
	 * rows repeated on every page, the page number in the footer.
	 */
	private static void assertPrintsOnA4LandscapeOnePageWide(XSSFSheet sheet, String repeatingRows) {
		PrintSetup print = sheet.getPrintSetup();
		assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
		assertThat(print.getLandscape()).isTrue();
		assertThat(sheet.getFitToPage()).isTrue();
		assertThat(print.getFitWidth()).isEqualTo((short) 1);
		assertThat(print.getFitHeight()).isEqualTo((short) 0);
		assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo(repeatingRows);
		assertThat(sheet.getFooter().getCenter()).isEqualTo("第 &P 页，共 &N 页");
	}

	private static double printable(XSSFSheet sheet) {
		return (A4_LONG - sheet.getMargin(Sheet.LeftMargin) - sheet.getMargin(Sheet.RightMargin)) * 96;
	}

	/** The columns' width in pixels at 96 per inch, as Excel measures them. */
	private static double width(XSSFSheet sheet, int first, int last) {
		double width = 0;
		for (int column = first; column <= last; column++) {
			width += sheet.getColumnWidthInPixels(column);
		}
		return width;
	}

	/**
	 * The scale a one-page-wide fit prints at: the printable width over the columns'
	 * width, in pixels at 96 per inch as Excel measures columns.
	 */
	private static double fitScale(XSSFSheet sheet, int columns) {
		double width = 0;
		for (int column = 0; column < columns; column++) {
			width += sheet.getColumnWidthInPixels(column);
		}
		double printable = (A4_LONG - sheet.getMargin(Sheet.LeftMargin) - sheet.getMargin(Sheet.RightMargin)) * 96;
		return Math.min(1.0, printable / width);
	}

	/** {@code -Dpreview=FILE} keeps the workbook to look at. */
	private void preview() throws Exception {
		if (System.getProperty("preview") != null) {
			Files.copy(this.folder.resolve("report.xlsx"), Path.of(System.getProperty("preview")),
					StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
