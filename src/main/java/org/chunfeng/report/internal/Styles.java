package org.chunfeng.report.internal;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The report's cell styles, made once per workbook (a workbook holds at most 64000
 * styles, and every style made per cell would count).
 */
final class Styles {

	/**
	 * Whole numbers, a space wide from the right border (bold totals would touch it).
	 */
	static final String COUNT_FORMAT = "0_ ";

	/**
	 * Money prints with 2 decimals, a space from the right border; the cell keeps the
	 * city's 4.
	 */
	static final String MONEY_FORMAT = "0.00_ ";

	/** Text size of tables: printed on A4 at about 90 %, it stays above 8 points. */
	static final int TEXT_POINTS = 10;

	private final Workbook workbook;

	private final Map<CellStyle, CellStyle> quoted = new HashMap<>();

	final CellStyle title;

	final CellStyle subtitle;

	final CellStyle note;

	final CellStyle header;

	final CellStyle text;

	/** text at the top of its cell, beside a block of rows */
	final CellStyle textTop;

	final CellStyle textCenter;

	final CellStyle count;

	final CellStyle money;

	final CellStyle totalText;

	final CellStyle totalCount;

	final CellStyle totalMoney;

	/** a figure or claim that disagrees with the platform */
	final CellStyle alertText;

	final CellStyle alertCount;

	/** a longer text that disagrees with the platform, left-aligned */
	final CellStyle alertLeft;

	/** a city that has not submitted */
	final CellStyle missingText;

	/** late, or a warning worth a look */
	final CellStyle warnText;

	/** a cumulative figure lower than the week before */
	final CellStyle warnCount;

	final CellStyle warnMoney;

	Styles(Workbook workbook) {
		this.workbook = workbook;
		Font normalFont = font(TEXT_POINTS, false);
		Font boldFont = font(TEXT_POINTS, true);
		this.title = plain(font(16, true), HorizontalAlignment.CENTER);
		this.subtitle = plain(normalFont, HorizontalAlignment.CENTER);
		this.note = plain(normalFont, HorizontalAlignment.LEFT);
		this.note.setWrapText(true);
		this.header = bordered(boldFont, HorizontalAlignment.CENTER, null);
		this.text = bordered(normalFont, HorizontalAlignment.LEFT, null);
		this.textTop = bordered(normalFont, HorizontalAlignment.LEFT, null);
		this.textTop.setVerticalAlignment(VerticalAlignment.TOP);
		this.textCenter = bordered(normalFont, HorizontalAlignment.CENTER, null);
		this.count = bordered(normalFont, HorizontalAlignment.RIGHT, null);
		this.count.setDataFormat(format(COUNT_FORMAT));
		this.money = bordered(normalFont, HorizontalAlignment.RIGHT, null);
		this.money.setDataFormat(format(MONEY_FORMAT));
		this.totalText = bordered(boldFont, HorizontalAlignment.CENTER, null);
		this.totalCount = bordered(boldFont, HorizontalAlignment.RIGHT, null);
		this.totalCount.setDataFormat(format(COUNT_FORMAT));
		this.totalMoney = bordered(boldFont, HorizontalAlignment.RIGHT, null);
		this.totalMoney.setDataFormat(format(MONEY_FORMAT));
		this.alertText = bordered(normalFont, HorizontalAlignment.CENTER, IndexedColors.ROSE);
		this.alertCount = bordered(normalFont, HorizontalAlignment.RIGHT, IndexedColors.ROSE);
		this.alertCount.setDataFormat(format(COUNT_FORMAT));
		this.alertLeft = bordered(normalFont, HorizontalAlignment.LEFT, IndexedColors.ROSE);
		this.missingText = bordered(normalFont, HorizontalAlignment.CENTER, IndexedColors.GREY_25_PERCENT);
		this.warnText = bordered(normalFont, HorizontalAlignment.CENTER, IndexedColors.LIGHT_YELLOW);
		this.warnCount = bordered(normalFont, HorizontalAlignment.RIGHT, IndexedColors.LIGHT_ORANGE);
		this.warnCount.setDataFormat(format(COUNT_FORMAT));
		this.warnMoney = bordered(normalFont, HorizontalAlignment.RIGHT, IndexedColors.LIGHT_ORANGE);
		this.warnMoney.setDataFormat(format(MONEY_FORMAT));
	}

	/**
	 * The style to write {@code value} with: for a text Excel would take for a formula (=
	 * + - @ first), a twin of {@code base} that shows it as text (quote prefix).
	 */
	CellStyle forText(CellStyle base, String value) {
		if (!looksLikeFormula(value)) {
			return base;
		}
		return this.quoted.computeIfAbsent(base, (style) -> {
			CellStyle twin = this.workbook.createCellStyle();
			twin.cloneStyleFrom(style);
			twin.setQuotePrefixed(true);
			return twin;
		});
	}

	static boolean looksLikeFormula(String value) {
		if (value == null || value.isEmpty()) {
			return false;
		}
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

	private Font font(int points, boolean bold) {
		Font font = this.workbook.createFont();
		font.setFontName("宋体");
		font.setFontHeightInPoints((short) points);
		font.setBold(bold);
		return font;
	}

	private short format(String pattern) {
		return this.workbook.createDataFormat().getFormat(pattern);
	}

	private CellStyle plain(Font font, HorizontalAlignment alignment) {
		CellStyle style = this.workbook.createCellStyle();
		style.setFont(font);
		style.setAlignment(alignment);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		return style;
	}

	private CellStyle bordered(Font font, HorizontalAlignment alignment, IndexedColors fill) {
		CellStyle style = plain(font, alignment);
		style.setWrapText(true);
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		if (fill != null) {
			style.setFillForegroundColor(fill.getIndex());
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}
		return style;
	}

}
