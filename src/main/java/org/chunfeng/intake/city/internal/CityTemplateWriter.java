package org.chunfeng.intake.city.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.chunfeng.intake.city.CityTemplates;
import org.chunfeng.intake.city.Metric;
import org.chunfeng.intake.city.PhaseProgress;
import org.chunfeng.region.City;
import org.chunfeng.region.County;
import org.chunfeng.region.Divisions;

import org.springframework.stereotype.Component;

/**
 * The notice's attachment as a blank workbook per city: title, 填报单位/填报日期, the two-row
 * header (A, Q, R spanning both rows), the city's row with its name, its counties as a
 * note and a comment, validation on the figures, and the 阶段进展 sheet.
 */
@Component
class CityTemplateWriter implements CityTemplates {

	static final String TITLE = "春风行动开展情况统计表";

	private static final int COLUMNS = 20;

	private static final int CITY_ROW = 4;

	private final Divisions divisions;

	CityTemplateWriter(Divisions divisions) {
		this.divisions = divisions;
	}

	@Override
	public List<Path> writeAll(Path folder) {
		List<Path> files = new ArrayList<>();
		try {
			Files.createDirectories(folder);
			for (City city : this.divisions.cities()) {
				Path file = folder.resolve(fileName(city));
				try (OutputStream out = Files.newOutputStream(file)) {
					write(city, out);
				}
				files.add(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write templates to " + folder, ex);
		}
		return files;
	}

	static String fileName(City city) {
		return city.name() + "-" + TITLE + ".xlsx";
	}

	void write(City city, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			writeTable(workbook, city, styles);
			writePhaseProgress(workbook, styles);
			workbook.write(out);
		}
	}

	private void writeTable(Workbook workbook, City city, Styles styles) {
		Sheet sheet = workbook.createSheet("统计表");
		Row title = sheet.createRow(0);
		title.setHeightInPoints(30);
		cell(title, 0, TITLE, styles.title);
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS - 1));
		Row line = sheet.createRow(1);
		cell(line, 0, "填报单位（盖章）：" + city.name() + "人力资源和社会保障局", null);
		sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 7));
		cell(line, 12, "填报日期：", null);
		line.createCell(13).setCellStyle(styles.date);
		Row groups = sheet.createRow(2);
		Row headers = sheet.createRow(3);
		headers.setHeightInPoints(80);
		for (int c = 0; c < COLUMNS; c++) {
			groups.createCell(c).setCellStyle(styles.header);
			headers.createCell(c).setCellStyle(styles.header);
		}
		groups.getCell(0).setCellValue(Metric.CITY_HEADER);
		sheet.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
		for (Metric metric : Metric.values()) {
			int c = column(metric);
			if (metric.group() == Metric.Group.NONE) {
				groups.getCell(c).setCellValue(metric.header());
				sheet.addMergedRegion(new CellRangeAddress(2, 3, c, c));
			}
			else {
				headers.getCell(c).setCellValue(metric.header());
			}
		}
		groups.getCell(1).setCellValue(Metric.Group.RECRUITMENT.header());
		sheet.addMergedRegion(new CellRangeAddress(2, 2, 1, 5));
		groups.getCell(6).setCellValue(Metric.Group.TRANSPORT.header());
		sheet.addMergedRegion(new CellRangeAddress(2, 2, 6, 12));
		groups.getCell(13).setCellValue(Metric.Group.ENTREPRENEURSHIP.header());
		sheet.addMergedRegion(new CellRangeAddress(2, 2, 13, 15));
		groups.getCell(18).setCellValue(Metric.COUNTIES_GROUP);
		sheet.addMergedRegion(new CellRangeAddress(2, 2, 18, 19));
		headers.getCell(18).setCellValue(Metric.COUNTIES_ACTIVE_HEADER);
		headers.getCell(19).setCellValue(Metric.COUNTIES_INACTIVE_HEADER);

		Row row = sheet.createRow(CITY_ROW);
		row.setHeightInPoints(40);
		cell(row, 0, city.name(), styles.text);
		for (Metric metric : Metric.values()) {
			row.createCell(column(metric)).setCellStyle(metric.money() ? styles.money : styles.count);
		}
		row.createCell(18).setCellStyle(styles.text);
		row.createCell(19).setCellStyle(styles.text);
		String counties = String.join("、", city.counties().stream().map(County::name).toList());
		comment(sheet, row, 18, city.name() + "的县（市、区）共" + city.counties().size() + "个：" + counties);

		Row note = sheet.createRow(CITY_ROW + 2);
		cell(note, 0, "注：1. 各项数字为活动开始以来的累计数，没有的填0或留空；资金单位为万元，最多保留4位小数。2. " + city.name() + "的县（市、区）共"
				+ city.counties().size() + "个：" + counties + "。请把每个县（市、区）列入“已开展”或“未开展”一列，用顿号（、）分隔，没有的填“无”。", null);
		sheet.addMergedRegion(new CellRangeAddress(CITY_ROW + 2, CITY_ROW + 2, 0, COLUMNS - 1));
		cell(sheet.createRow(CITY_ROW + 3), 0, "填表人：                联系电话：", null);

		DataValidationHelper helper = sheet.getDataValidationHelper();
		validate(sheet, helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null), CITY_ROW, 1, 15,
				"请填写不小于0的整数（场次、人次、个数）");
		validate(sheet, helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null), CITY_ROW, 16, 17,
				"请填写不小于0的金额（万元，最多4位小数）");
		sheet.setColumnWidth(0, 12 * 256);
		for (int c = 1; c < 18; c++) {
			sheet.setColumnWidth(c, 11 * 256);
		}
		sheet.setColumnWidth(18, 30 * 256);
		sheet.setColumnWidth(19, 30 * 256);
		sheet.createFreezePane(1, CITY_ROW);
	}

	private void writePhaseProgress(Workbook workbook, Styles styles) {
		Sheet sheet = workbook.createSheet(PhaseProgress.SHEET);
		cell(sheet.createRow(0), 0, "阶段性活动进展（春节前阶段性进展、第二次阶段性进展）", styles.title);
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
		DataValidationHelper helper = sheet.getDataValidationHelper();
		int r = 1;
		for (PhaseItem item : PhaseItem.values()) {
			Row row = sheet.createRow(r);
			cell(row, 0, item.label(), styles.header);
			row.createCell(1).setCellStyle(item.count() ? styles.count : styles.text);
			if (item.count()) {
				validate(sheet, helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null), r, 1, 1,
						"请填写不小于0的整数（人数）");
			}
			else {
				row.setHeightInPoints(60);
			}
			r++;
		}
		sheet.setColumnWidth(0, 22 * 256);
		sheet.setColumnWidth(1, 80 * 256);
	}

	private static int column(Metric metric) {
		return metric.column().charAt(0) - 'A';
	}

	private static void validate(Sheet sheet, DataValidationConstraint constraint, int row, int firstColumn,
			int lastColumn, String message) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation validation = helper.createValidation(constraint,
				new CellRangeAddressList(row, row, firstColumn, lastColumn));
		validation.setShowErrorBox(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.createErrorBox("输入有误", message);
		validation.setShowPromptBox(true);
		validation.createPromptBox("填写提示", message);
		sheet.addValidationData(validation);
	}

	private static void comment(Sheet sheet, Row row, int column, String text) {
		Drawing<?> drawing = sheet.createDrawingPatriarch();
		ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
		anchor.setCol1(column);
		anchor.setCol2(column + 3);
		anchor.setRow1(row.getRowNum());
		anchor.setRow2(row.getRowNum() + 5);
		Comment comment = drawing.createCellComment(anchor);
		comment.setString(sheet.getWorkbook().getCreationHelper().createRichTextString(text));
		comment.setAuthor("chunfeng");
		row.getCell(column).setCellComment(comment);
	}

	private static void cell(Row row, int column, String value, CellStyle style) {
		var cell = row.createCell(column);
		cell.setCellValue(value);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	/** Made once per workbook. */
	private static final class Styles {

		final CellStyle title;

		final CellStyle header;

		final CellStyle text;

		final CellStyle count;

		final CellStyle money;

		final CellStyle date;

		Styles(Workbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			Font big = workbook.createFont();
			big.setBold(true);
			big.setFontHeightInPoints((short) 16);
			this.title = workbook.createCellStyle();
			this.title.setFont(big);
			this.title.setAlignment(HorizontalAlignment.CENTER);
			this.header = bordered(workbook);
			this.header.setFont(bold);
			this.header.setAlignment(HorizontalAlignment.CENTER);
			this.header.setVerticalAlignment(VerticalAlignment.CENTER);
			this.header.setWrapText(true);
			this.text = bordered(workbook);
			this.text.setWrapText(true);
			this.text.setVerticalAlignment(VerticalAlignment.CENTER);
			this.count = bordered(workbook);
			this.count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			this.money = bordered(workbook);
			this.money.setDataFormat(workbook.createDataFormat().getFormat("0.0000"));
			this.date = workbook.createCellStyle();
			this.date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
		}

		private static CellStyle bordered(Workbook workbook) {
			CellStyle style = workbook.createCellStyle();
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			return style;
		}

	}

}
