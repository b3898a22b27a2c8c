package org.chunfeng.intake.city.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

import org.chunfeng.region.Divisions;

/**
 * Reads cells the way clerks fill them: numbers as text, with thousands separators or
 * full-width digits, formulas by their cached value, headers with any brackets, spaces
 * and line breaks.
 */
final class SheetValues {

	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

	private static final Set<String> ZERO_DASHES = Set.of("-", "—", "——", "–");

	private static final Pattern FULL_DATE = Pattern
		.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");

	private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})月(\\d{1,2})日");

	/** Float noise of Excel's arithmetic (0.1 + 0.2) is below this. */
	private static final BigDecimal NOISE = new BigDecimal("1e-9");

	private SheetValues() {
	}

	/** A parsed number, or the text that is not one. */
	record Value(BigDecimal number, String text) {

		boolean isNumber() {
			return this.number != null;
		}

	}

	/** The cell's text as a clerk sees it, trimmed; "" for blank or missing cells. */
	static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType();
		if (type == CellType.FORMULA) {
			type = cell.getCachedFormulaResultType();
		}
		return switch (type) {
			case STRING -> cell.getRichStringCellValue().getString().strip();
			case NUMERIC -> fromDouble(cell.getNumericCellValue()).toPlainString();
			case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
			case ERROR -> errorText(cell);
			default -> "";
		};
	}

	/** A numeric cell: blank is 0; text must be a number. */
	static Value number(Cell cell) {
		if (cell == null) {
			return new Value(BigDecimal.ZERO, "");
		}
		CellType type = cell.getCellType();
		if (type == CellType.FORMULA) {
			type = cell.getCachedFormulaResultType();
		}
		return switch (type) {
			case NUMERIC -> {
				BigDecimal number = fromDouble(cell.getNumericCellValue());
				yield new Value(number, number.toPlainString());
			}
			case STRING -> parse(cell.getRichStringCellValue().getString());
			case BLANK, _NONE -> new Value(BigDecimal.ZERO, "");
			case ERROR -> new Value(null, errorText(cell));
			default -> new Value(null, text(cell));
		};
	}

	static Value parse(String raw) {
		String text = (raw != null) ? raw.strip() : "";
		String normalized = Divisions.normalize(text);
		if (normalized.isEmpty() || ZERO_DASHES.contains(normalized)) {
			return new Value(BigDecimal.ZERO, text);
		}
		if (!NUMBER.matcher(normalized).matches()) {
			return new Value(null, text);
		}
		return new Value(clean(new BigDecimal(normalized.replace(",", ""))), text);
	}

	static BigDecimal fromDouble(double value) {
		BigDecimal exact = new BigDecimal(Double.toString(value));
		BigDecimal rounded = exact.setScale(Math.min(exact.scale(), 6), RoundingMode.HALF_UP);
		if (exact.subtract(rounded).abs().compareTo(NOISE) < 0) {
			exact = rounded;
		}
		return clean(exact);
	}

	private static BigDecimal clean(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	private static String errorText(Cell cell) {
		try {
			return FormulaError.forInt(cell.getErrorCellValue()).getString();
		}
		catch (RuntimeException ex) {
			return "#错误";
		}
	}

	/**
	 * Header text reduced to what identifies a column: half-width, no white space, no
	 * bracketed parts (（含包车厢）, （单位：万元）) and no colons.
	 */
	static String headerKey(String text) {
		String normalized = Divisions.normalize(text)
			.replace('【', '(')
			.replace('】', ')')
			.replace('〔', '(')
			.replace('〕', ')');
		String previous;
		do {
			previous = normalized;
			normalized = normalized.replaceAll("\\([^()]*\\)", "");
		}
		while (!normalized.equals(previous));
		return normalized.replace(":", "");
	}

	/**
	 * A date in a cell: an Excel date or 2024-02-29, 2024/2/29, 2024年2月29日, 2024.2.29.
	 */
	static LocalDate date(Cell cell, int defaultYear) {
		if (cell == null) {
			return null;
		}
		CellType type = cell.getCellType();
		if (type == CellType.FORMULA) {
			type = cell.getCachedFormulaResultType();
		}
		if (type == CellType.NUMERIC) {
			double serial = cell.getNumericCellValue();
			if (DateUtil.isValidExcelDate(serial) && serial > 20000 && serial < 80000) {
				return DateUtil.getLocalDateTime(serial).toLocalDate();
			}
			return null;
		}
		return date(text(cell), defaultYear);
	}

	static LocalDate date(String raw, int defaultYear) {
		String text = Divisions.normalize(raw);
		try {
			Matcher full = FULL_DATE.matcher(text);
			if (full.find()) {
				return LocalDate.of(Integer.parseInt(full.group(1)), Integer.parseInt(full.group(2)),
						Integer.parseInt(full.group(3)));
			}
			Matcher monthDay = MONTH_DAY.matcher(text);
			if (monthDay.find()) {
				return LocalDate.of(defaultYear, Integer.parseInt(monthDay.group(1)),
						Integer.parseInt(monthDay.group(2)));
			}
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
		return null;
	}

}
