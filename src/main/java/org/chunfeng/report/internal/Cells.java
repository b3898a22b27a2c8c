package org.chunfeng.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writing cells the one safe way: text only ever as a string value (never a formula),
 * numbers as numbers, and the sheet layout parts every sheet shares.
 */
final class Cells {

	/** Characters an Excel cell holds. */
	static final int MAX_TEXT = 32_767;

	/** Left and right page margins, in inches. */
	static final double SIDE_MARGIN = 0.3;

	/** Excel's tallest row. */
	private static final float MAX_ROW_POINTS = 409f;

	/** Points per line of the tables' 10-point text, with some room. */
	private static final float LINE_POINTS = 14f;

	private Cells() {
	}

	static Row row(Sheet sheet, int index) {
		Row row = sheet.getRow(index);
		return (row != null) ? row : sheet.createRow(index);
	}

	/**
	 * Text, shown as text in Excel whatever it starts with; cut to what a cell holds.
	 */
	static Cell text(Row row, int column, String value, CellStyle style, Styles styles) {
		Cell cell = row.createCell(column);
		String text = (value != null) ? value : "";
		if (text.length() > MAX_TEXT) {
			text = text.substring(0, MAX_TEXT - 1) + "…";
		}
		cell.setCellValue(text);
		cell.setCellStyle(styles.forText(style, text));
		return cell;
	}

	static Cell number(Row row, int column, long value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
		return cell;
	}

	/** A figure; money keeps its 4 decimals. */
	static Cell number(Row row, int column, BigDecimal value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value.setScale(4, RoundingMode.HALF_UP).doubleValue());
		cell.setCellStyle(style);
		return cell;
	}

	static Cell blank(Row row, int column, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		return cell;
	}

	/**
	 * Merges, with the style on every covered cell so that borders show; the first cell
	 * keeps its own (written before, possibly as quoted text).
	 */
	static void merge(Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn, CellStyle style) {
		for (int r = firstRow; r <= lastRow; r++) {
			Row row = row(sheet, r);
			for (int c = firstColumn; c <= lastColumn; c++) {
				Cell cell = row.getCell(c);
				if (cell == null) {
					row.createCell(c).setCellStyle(style);
				}
				else if (r != firstRow || c != firstColumn) {
					cell.setCellStyle(style);
				}
			}
		}
		sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
	}

	/** Rows 1 and 2: the title and the line under it, merged across the table. */
	static void titleRows(Sheet sheet, Styles styles, String title, String subtitle, int lastColumn) {
		Row titleRow = row(sheet, 0);
		titleRow.setHeightInPoints(30);
		text(titleRow, 0, title, styles.title, styles);
		merge(sheet, 0, 0, 0, lastColumn, styles.title);
		Row subtitleRow = row(sheet, 1);
		subtitleRow.setHeightInPoints(20);
		text(subtitleRow, 0, subtitle, styles.subtitle, styles);
		merge(sheet, 1, 1, 0, lastColumn, styles.subtitle);
	}

	/** A table's header row: one cell per header, each column as wide as given. */
	static void headerRow(Sheet sheet, Styles styles, int rowIndex, List<String> headers, int[] widths) {
		Row header = row(sheet, rowIndex);
		header.setHeightInPoints(22);
		for (int i = 0; i < headers.size(); i++) {
			text(header, i, headers.get(i), styles.header, styles);
			width(sheet, i, widths[i]);
		}
	}

	/** A note line under a table, merged across it. */
	static void noteRow(Sheet sheet, Styles styles, int rowIndex, String note, int lastColumn) {
		Row row = row(sheet, rowIndex);
		text(row, 0, note, styles.note, styles);
		merge(sheet, rowIndex, rowIndex, 0, lastColumn, styles.note);
	}

	/**
	 * People print the report: landscape, A4, all columns on one page width, header rows
	 * repeated on every page.
	 */
	static void printSetup(Sheet sheet, int firstHeaderRow, int lastHeaderRow) {
		PrintSetup print = sheet.getPrintSetup();
		print.setLandscape(true);
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		sheet.setHorizontallyCenter(true);
		sheet.setMargin(Sheet.LeftMargin, SIDE_MARGIN);
		sheet.setMargin(Sheet.RightMargin, SIDE_MARGIN);
		sheet.setMargin(Sheet.TopMargin, 0.5);
		sheet.setMargin(Sheet.BottomMargin, 0.6);
		sheet.setMargin(Sheet.FooterMargin, 0.3);
		sheet.setRepeatingRows(new CellRangeAddress(firstHeaderRow, lastHeaderRow, -1, -1));
		sheet.getFooter().setCenter("第 &P 页，共 &N 页");
	}

	/** Column width in characters (a Chinese character counts two). */
	static void width(Sheet sheet, int column, int characters) {
		sheet.setColumnWidth(column, characters * 256);
	}

	/**
	 * The height a wrapped text needs in a column this many characters wide, at least one
	 * line and at most Excel's maximum: Excel does not grow rows for wrapped text on its
	 * own.
	 */
	static float heightFor(String text, int columnCharacters) {
		if (text == null || text.isEmpty()) {
			return LINE_POINTS;
		}
		int lines = 0;
		for (String line : text.split("\n", -1)) {
			int units = displayWidth(line);
			lines += Math.max(1, (units + columnCharacters - 3) / Math.max(1, columnCharacters - 2));
		}
		return Math.min(MAX_ROW_POINTS, Math.max(1, lines) * LINE_POINTS + 4);
	}

	static int displayWidth(String text) {
		int units = 0;
		for (int i = 0; i < text.length(); i++) {
			units += (text.charAt(i) < 0x2E80) ? 1 : 2;
		}
		return units;
	}

	static String chineseDate(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	static String shortChineseDate(LocalDate date) {
		return date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

}
