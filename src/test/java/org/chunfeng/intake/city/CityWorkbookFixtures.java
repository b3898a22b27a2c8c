package org.chunfeng.intake.city;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds city statistics workbooks in code, the official layout by default (title,
 * 填报单位/填报日期 line, two-row merged header in rows 3–4, data from row 5, a 填表人 line), with
 * every messy variation a test needs.
 */
public final class CityWorkbookFixtures {

	/** A formula cell with the value Excel cached for it. */
	public record Formula(String formula) {
	}

	/** The columns in the official order: A, B–R, S, T. */
	private static final List<String> KEYS;

	static {
		List<String> keys = new ArrayList<>();
		keys.add("city");
		for (Metric metric : Metric.values()) {
			keys.add(metric.key());
		}
		keys.add("active");
		keys.add("inactive");
		KEYS = List.copyOf(keys);
	}

	private boolean xls;

	private String sheetName = "统计表";

	private boolean notesSheetFirst;

	private int blankRowsAbove;

	private boolean title = true;

	private Object reportingDate = "";

	private boolean twoRowHeader = true;

	private final Map<String, String> headers = new LinkedHashMap<>();

	private final List<String> order = new ArrayList<>(KEYS);

	private final List<Map<String, Object>> rows = new ArrayList<>();

	private final List<Consumer<Workbook>> extras = new ArrayList<>();

	private CityWorkbookFixtures() {
		this.headers.put("city", Metric.CITY_HEADER);
		for (Metric metric : Metric.values()) {
			this.headers.put(metric.key(), metric.header());
		}
		this.headers.put("active", Metric.COUNTIES_ACTIVE_HEADER);
		this.headers.put("inactive", Metric.COUNTIES_INACTIVE_HEADER);
	}

	public static CityWorkbookFixtures workbook() {
		return new CityWorkbookFixtures();
	}

	/** Figures without any warning: consistent transport, fairs for the positions. */
	public static Map<String, Object> consistentRow(String city, String activeCounties) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("city", city);
		Object[] values = { 12, 3400, 8, 5600, 900, 300, 5, 200, 1, 100, 0, 0, 4, 60, 3, 12.5, 230.75 };
		Metric[] metrics = Metric.values();
		for (int i = 0; i < metrics.length; i++) {
			row.put(metrics[i].key(), values[i]);
		}
		row.put("active", activeCounties);
		row.put("inactive", "无");
		return row;
	}

	public CityWorkbookFixtures xls() {
		this.xls = true;
		return this;
	}

	public CityWorkbookFixtures sheetName(String name) {
		this.sheetName = name;
		return this;
	}

	/** A 填写说明 sheet before the table's sheet. */
	public CityWorkbookFixtures notesSheetFirst() {
		this.notesSheetFirst = true;
		return this;
	}

	public CityWorkbookFixtures blankRowsAbove(int rows) {
		this.blankRowsAbove = rows;
		return this;
	}

	public CityWorkbookFixtures withoutTitle() {
		this.title = false;
		return this;
	}

	/** The value right of 填报日期：(text, a number or a java.util.Date), "" for none. */
	public CityWorkbookFixtures reportingDate(Object value) {
		this.reportingDate = value;
		return this;
	}

	/** One header row (A–T), no group row. */
	public CityWorkbookFixtures oneRowHeader() {
		this.twoRowHeader = false;
		return this;
	}

	/** Header text of a column by key (city, a metric key, active, inactive). */
	public CityWorkbookFixtures header(String key, String text) {
		this.headers.put(key, text);
		return this;
	}

	public CityWorkbookFixtures withoutColumn(String key) {
		this.order.remove(key);
		return this;
	}

	/** Puts column {@code key} at the end of the table. */
	public CityWorkbookFixtures moveToEnd(String key) {
		this.order.remove(key);
		this.order.add(key);
		return this;
	}

	public CityWorkbookFixtures row(Map<String, Object> values) {
		this.rows.add(new LinkedHashMap<>(values));
		return this;
	}

	/** A consistent row for the city with some values changed (key → value). */
	public CityWorkbookFixtures row(String city, String activeCounties, Object... changes) {
		Map<String, Object> row = consistentRow(city, activeCounties);
		for (int i = 0; i < changes.length; i += 2) {
			row.put((String) changes[i], changes[i + 1]);
		}
		return row(row);
	}

	public CityWorkbookFixtures extra(Consumer<Workbook> change) {
		this.extras.add(change);
		return this;
	}

	/** The 阶段进展 sheet with label/value rows. */
	public CityWorkbookFixtures phaseProgress(Object... labelsAndValues) {
		return extra((workbook) -> {
			Sheet sheet = workbook.createSheet(PhaseProgress.SHEET);
			sheet.createRow(0).createCell(0).setCellValue("阶段进展情况");
			for (int i = 0; i < labelsAndValues.length; i += 2) {
				Row row = sheet.createRow(1 + i / 2);
				row.createCell(0).setCellValue((String) labelsAndValues[i]);
				set(row.createCell(1), labelsAndValues[i + 1]);
			}
		});
	}

	/** Excel row number (1-based) of the first data row. */
	public int firstDataRow() {
		return this.blankRowsAbove + (this.title ? 2 : 0) + (this.twoRowHeader ? 2 : 1) + 1;
	}

	public byte[] bytes() {
		try (Workbook workbook = this.xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
			if (this.notesSheetFirst) {
				workbook.createSheet("填写说明").createRow(0).createCell(0).setCellValue("请于每周四18:00前报送。");
			}
			Sheet sheet = workbook.createSheet(this.sheetName);
			int r = this.blankRowsAbove;
			if (this.title) {
				sheet.createRow(r++).createCell(0).setCellValue("春风行动开展情况统计表");
				Row line = sheet.createRow(r++);
				line.createCell(0).setCellValue("填报单位（盖章）：");
				line.createCell(12).setCellValue("填报日期：");
				set(line.createCell(13), this.reportingDate);
			}
			if (this.twoRowHeader) {
				Row groups = sheet.createRow(r);
				Row names = sheet.createRow(r + 1);
				Metric.Group previous = null;
				for (int c = 0; c < this.order.size(); c++) {
					String key = this.order.get(c);
					Metric.Group group = group(key);
					if (group == null) {
						groups.createCell(c).setCellValue(this.headers.get(key));
						names.createCell(c);
						sheet.addMergedRegion(new CellRangeAddress(r, r + 1, c, c));
					}
					else {
						if (group != previous) {
							groups.createCell(c)
								.setCellValue((group == Metric.Group.NONE) ? Metric.COUNTIES_GROUP : group.header());
						}
						names.createCell(c).setCellValue(this.headers.get(key));
					}
					previous = group;
				}
				r += 2;
			}
			else {
				Row names = sheet.createRow(r++);
				for (int c = 0; c < this.order.size(); c++) {
					names.createCell(c).setCellValue(this.headers.get(this.order.get(c)));
				}
			}
			for (Map<String, Object> values : this.rows) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < this.order.size(); c++) {
					Object value = values.get(this.order.get(c));
					if (value != null) {
						set(row.createCell(c), value);
					}
				}
			}
			sheet.createRow(r + 1).createCell(0).setCellValue("填表人：张三        联系电话：0351-1234567");
			for (Consumer<Workbook> extra : this.extras) {
				extra.accept(workbook);
			}
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Path writeTo(Path folder, String fileName) {
		try {
			return Files.write(folder.resolve(fileName), bytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Group of a column in the two-row header: null when it spans both rows. */
	private static Metric.Group group(String key) {
		if (key.equals("active") || key.equals("inactive")) {
			return Metric.Group.NONE;
		}
		for (Metric metric : Metric.values()) {
			if (metric.key().equals(key)) {
				return (metric.group() == Metric.Group.NONE) ? null : metric.group();
			}
		}
		return null;
	}

	static void set(Cell cell, Object value) {
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof Formula formula) {
			cell.setCellFormula(formula.formula());
		}
		else if (value instanceof java.util.Date date) {
			cell.setCellValue(date);
			var style = cell.getSheet().getWorkbook().createCellStyle();
			style.setDataFormat(cell.getSheet().getWorkbook().createDataFormat().getFormat("yyyy-mm-dd"));
			cell.setCellStyle(style);
		}
		else if (value != null) {
			cell.setCellValue(value.toString());
		}
	}

	/** Extra figures for rows: key → value pairs. */
	public static Map<String, Object> values(Object... pairs) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}

}
