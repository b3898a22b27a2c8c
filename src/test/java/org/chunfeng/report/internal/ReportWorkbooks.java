package org.chunfeng.report.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writing a fixture report and reading it back with POI. */
final class ReportWorkbooks {

	private ReportWorkbooks() {
	}

	static XSSFWorkbook written(ReportData data, List<String> sheets, Path folder) {
		Path file = folder.resolve("report.xlsx");
		ReportWorkbook.write(data, sheets, file);
		try {
			return new XSSFWorkbook(file.toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InvalidFormatException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static XSSFWorkbook written(ReportData data, Path folder) {
		return written(data, ReportWorkbook.SHEETS, folder);
	}

	static Cell cell(Sheet sheet, int row, int column) {
		return sheet.getRow(row).getCell(column);
	}

	static String text(Sheet sheet, int row, int column) {
		return cell(sheet, row, column).getStringCellValue();
	}

	static double number(Sheet sheet, int row, int column) {
		return cell(sheet, row, column).getNumericCellValue();
	}

	static List<String> merges(Sheet sheet) {
		return sheet.getMergedRegions().stream().map(CellRangeAddress::formatAsString).toList();
	}

}
