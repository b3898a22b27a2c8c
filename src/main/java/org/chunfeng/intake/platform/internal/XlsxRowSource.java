package org.chunfeng.intake.platform.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.github.pjfanning.xlsx.StreamingReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The first sheet of an XLSX export, streamed row by row in constant memory. Cells become
 * text: dates as ISO date-times, whole numbers without a decimal point.
 */
final class XlsxRowSource implements RowSource {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final Workbook workbook;

	private final Iterator<Row> rows;

	XlsxRowSource(Path file) throws IOException {
		try {
			this.workbook = StreamingReader.builder().rowCacheSize(200).bufferSize(16 * 1024).open(file.toFile());
		}
		catch (RuntimeException ex) {
			throw new ExportFormatException("不是有效的 .xlsx 文件: " + ex.getMessage(), ex);
		}
		if (this.workbook.getNumberOfSheets() == 0) {
			this.workbook.close();
			throw new ExportFormatException("工作簿中没有工作表");
		}
		this.rows = this.workbook.getSheetAt(0).iterator();
	}

	@Override
	public SourceRow next() {
		if (!this.rows.hasNext()) {
			return null;
		}
		Row row = this.rows.next();
		int last = Math.max(row.getLastCellNum(), 0);
		List<String> cells = new ArrayList<>(last);
		for (int i = 0; i < last; i++) {
			cells.add(text(row.getCell(i)));
		}
		return new SourceRow(row.getRowNum() + 1L, cells);
	}

	static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType();
		if (type == CellType.FORMULA) {
			type = cell.getCachedFormulaResultType();
		}
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> numeric(cell);
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> "";
		};
	}

	private static String numeric(Cell cell) {
		if (DateUtil.isCellDateFormatted(cell)) {
			LocalDateTime value = cell.getLocalDateTimeCellValue();
			return (value != null) ? value.format(DATE_TIME) : "";
		}
		double value = cell.getNumericCellValue();
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return BigDecimal.valueOf(value).toPlainString();
	}

	@Override
	public void close() throws IOException {
		this.workbook.close();
	}

}
