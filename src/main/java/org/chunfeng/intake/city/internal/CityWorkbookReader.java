package org.chunfeng.intake.city.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

import org.chunfeng.intake.city.Metric;
import org.chunfeng.intake.city.PhaseProgress;
import org.chunfeng.region.City;
import org.chunfeng.region.County;
import org.chunfeng.region.Divisions;

/**
 * Finds the statistics table in a city's workbook, on any sheet and at any row, by its
 * header text, and reads its city rows, its 合计 row, the 填报日期 above it and the optional
 * 阶段进展 sheet. Validation of single values happens here (errors); the checks between
 * figures are {@link CityRowChecks}.
 */
final class CityWorkbookReader {

	private static final Pattern CITY_HEADER = Pattern.compile(".*市级名称.*|地市|城市|市名称?|市别|地区|单位名称");

	private static final Pattern TOTAL = Pattern.compile("^(合计|总计|小计|全省|总数).*");

	private static final Pattern FOOTER = Pattern.compile("^(注|说明|备注|填表|填报人|审核|联系|单位负责人|负责人|制表).*");

	private static final Pattern COLUMN_NUMBERS = Pattern.compile("^(\\d+|栏次|序号|甲|乙)$");

	private static final Pattern CITY_SUFFIXES = Pattern.compile("(人力资源和社会保障局|人社局)$");

	private static final Set<String> NO_COUNTIES = Set.of("无", "空", "-", "—", "——", "/", "没有", "暂无", "0");

	private static final Pattern COUNTY_SEPARATORS = Pattern.compile("[、，,；;\\s\\u3000]+");

	private final Divisions divisions;

	private final int headerSearchRows;

	CityWorkbookReader(Divisions divisions, int headerSearchRows) {
		this.divisions = divisions;
		this.headerSearchRows = headerSearchRows;
	}

	/** What the workbook holds; {@code errors} refuse the whole file. */
	record ReadWorkbook(String sheetName, LocalDate sheetDate, List<CityRow> rows, List<String> errors,
			List<String> rowErrors, List<String> warnings, Optional<PhaseProgress> phaseProgress) {
	}

	/** One city's row; {@code errors} refuse it. */
	record CityRow(City city, int rowIndex, Map<Metric, BigDecimal> figures, Map<Metric, String> cells,
			List<String> countiesActive, List<String> countiesInactive, String countiesRange, List<String> errors,
			List<String> warnings) {

		boolean sameContentAs(CityRow other) {
			return figures.equals(other.figures) && countiesActive.equals(other.countiesActive)
					&& countiesInactive.equals(other.countiesInactive);
		}

	}

	/** Where the table's columns are. */
	private record Layout(Sheet sheet, int headerRow, int dataStart, int cityColumn, Map<Metric, Integer> columns,
			int activeColumn, int inactiveColumn) {

		int matched() {
			return 1 + this.columns.size() + ((this.activeColumn >= 0) ? 1 : 0) + ((this.inactiveColumn >= 0) ? 1 : 0);
		}

	}

	ReadWorkbook read(Workbook workbook, String fileName, int defaultYear) {
		Layout layout = locate(workbook);
		if (layout == null) {
			return new ReadWorkbook(null, null, List.of(),
					List.of(fileName + ": 没有找到统计表：任何工作表中都没有“市级名称”表头，请使用通知附件的表格格式"), List.of(), List.of(),
					Optional.empty());
		}
		String sheetName = layout.sheet().getSheetName();
		List<String> missing = missingColumns(layout);
		if (!missing.isEmpty()) {
			return new ReadWorkbook(sheetName, null, List.of(),
					List.of(fileName + " " + sheetName + ": 缺少必填列：" + String.join("、", missing)), List.of(), List.of(),
					Optional.empty());
		}
		Messages messages = new Messages(fileName, sheetName);
		LocalDate sheetDate = reportingDate(layout, defaultYear);
		List<CityRow> rows = new ArrayList<>();
		List<String> fileErrors = new ArrayList<>();
		List<String> rowErrors = new ArrayList<>();
		List<String> fileWarnings = new ArrayList<>();
		Row totalRow = null;
		for (int r = layout.dataStart(); r <= layout.sheet().getLastRowNum(); r++) {
			Row row = layout.sheet().getRow(r);
			if (row == null) {
				continue;
			}
			Cell cityCell = row.getCell(layout.cityColumn());
			String cityText = Divisions.normalize(SheetValues.text(cityCell));
			if (cityText.isEmpty() || COLUMN_NUMBERS.matcher(cityText).matches()) {
				continue;
			}
			if (FOOTER.matcher(cityText).matches()) {
				break;
			}
			if (TOTAL.matcher(cityText).matches()) {
				totalRow = row;
				continue;
			}
			Optional<City> city = this.divisions.city(CITY_SUFFIXES.matcher(cityText).replaceAll(""));
			if (city.isEmpty()) {
				if (hasContent(row, layout)) {
					rowErrors.add(messages.at(cityCell, r, layout.cityColumn(), SheetValues.text(cityCell))
							+ " 不是本省的市（市级名称填写有误）");
				}
				continue;
			}
			rows.add(readRow(row, city.get(), layout, messages));
		}
		List<CityRow> distinct = resolveRepeats(rows, messages, layout);
		if (distinct.isEmpty() && rowErrors.isEmpty()) {
			fileErrors.add(messages.sheet() + ": 统计表中没有填写任何市的数据行");
		}
		if (totalRow != null) {
			fileWarnings.addAll(checkTotal(totalRow, rows, layout, messages));
		}
		Optional<PhaseProgress> progress = Optional.empty();
		Sheet phaseSheet = phaseSheet(workbook, layout.sheet());
		if (phaseSheet != null) {
			progress = readPhaseProgress(phaseSheet, new Messages(fileName, phaseSheet.getSheetName()), fileErrors);
		}
		return new ReadWorkbook(sheetName, sheetDate, distinct, fileErrors, rowErrors, fileWarnings, progress);
	}

	private Layout locate(Workbook workbook) {
		Layout best = null;
		for (Sheet sheet : workbook) {
			int last = Math.min(sheet.getLastRowNum(), this.headerSearchRows);
			for (int r = sheet.getFirstRowNum(); r >= 0 && r <= last; r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				for (Cell cell : row) {
					if (CITY_HEADER.matcher(SheetValues.headerKey(SheetValues.text(cell))).matches()) {
						Layout layout = layoutFrom(sheet, r, cell.getColumnIndex());
						if (best == null || layout.matched() > best.matched()) {
							best = layout;
						}
						break;
					}
				}
			}
		}
		return best;
	}

	/**
	 * Column headers in the city header's row or the two below it (the two-row header).
	 */
	private Layout layoutFrom(Sheet sheet, int headerRow, int cityColumn) {
		Map<Metric, Integer> columns = new EnumMap<>(Metric.class);
		int active = -1;
		int inactive = -1;
		int lastHeaderRow = headerRow;
		for (int r = headerRow; r <= headerRow + 2; r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			for (Cell cell : row) {
				String key = SheetValues.headerKey(SheetValues.text(cell));
				if (key.isEmpty() || cell.getColumnIndex() == cityColumn) {
					continue;
				}
				Metric metric = metricFor(key);
				if (metric != null && !columns.containsKey(metric)) {
					columns.put(metric, cell.getColumnIndex());
					lastHeaderRow = Math.max(lastHeaderRow, r);
				}
				else if (metric == null && key.contains("已开展") && active < 0) {
					active = cell.getColumnIndex();
					lastHeaderRow = Math.max(lastHeaderRow, r);
				}
				else if (metric == null && key.contains("未开展") && inactive < 0) {
					inactive = cell.getColumnIndex();
					lastHeaderRow = Math.max(lastHeaderRow, r);
				}
			}
		}
		return new Layout(sheet, headerRow, lastHeaderRow + 1, cityColumn, columns, active, inactive);
	}

	/** The metric whose header the text contains; the longest wins. */
	static Metric metricFor(String key) {
		Metric found = null;
		int length = 0;
		for (Metric metric : Metric.values()) {
			String wanted = SheetValues.headerKey(metric.header());
			if (key.contains(wanted) && wanted.length() > length) {
				found = metric;
				length = wanted.length();
			}
		}
		return found;
	}

	private static List<String> missingColumns(Layout layout) {
		List<String> missing = new ArrayList<>();
		for (Metric metric : Metric.values()) {
			if (!layout.columns().containsKey(metric)) {
				missing.add(metric.header());
			}
		}
		if (layout.activeColumn() < 0) {
			missing.add(Metric.COUNTIES_ACTIVE_HEADER);
		}
		if (layout.inactiveColumn() < 0) {
			missing.add(Metric.COUNTIES_INACTIVE_HEADER);
		}
		return missing;
	}

	private static boolean hasContent(Row row, Layout layout) {
		for (int column : layout.columns().values()) {
			if (!SheetValues.text(row.getCell(column)).isEmpty()) {
				return true;
			}
		}
		return !SheetValues.text(row.getCell(layout.activeColumn())).isEmpty()
				|| !SheetValues.text(row.getCell(layout.inactiveColumn())).isEmpty();
	}

	private CityRow readRow(Row row, City city, Layout layout, Messages messages) {
		Map<Metric, BigDecimal> figures = new EnumMap<>(Metric.class);
		Map<Metric, String> cells = new EnumMap<>(Metric.class);
		List<String> errors = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		int r = row.getRowNum();
		boolean blankTransportTotal = false;
		for (Metric metric : Metric.values()) {
			int column = layout.columns().get(metric);
			Cell cell = row.getCell(column);
			String at = messages.cell(r, column);
			cells.put(metric, Messages.ref(r, column));
			SheetValues.Value value = SheetValues.number(cell);
			if (metric == Metric.TRANSPORT_TOTAL && value.isNumber() && value.text().isEmpty()) {
				blankTransportTotal = true;
			}
			if (!value.isNumber()) {
				errors.add(at + ": '" + value.text() + "' 不是数字，" + metric.header() + "应填阿拉伯数字");
				continue;
			}
			BigDecimal number = value.number();
			if (number.signum() < 0) {
				errors.add(at + ": '" + value.text() + "' 是负数，" + metric.header() + "不能小于0");
			}
			else if (!metric.money() && number.scale() > 0) {
				errors.add(at + ": '" + value.text() + "' 不是整数，" + metric.header() + "应填整数");
			}
			else if (metric.money() && number.scale() > 4) {
				errors.add(at + ": '" + value.text() + "' 小数超过4位，" + metric.header() + "最多保留4位小数");
			}
			else {
				figures.put(metric, number);
			}
		}
		if (blankTransportTotal) {
			fillTransportTotal(figures, messages.cell(r, layout.columns().get(Metric.TRANSPORT_TOTAL)), warnings);
		}
		List<String> active = counties(row, layout.activeColumn(), city, messages, warnings);
		List<String> inactive = counties(row, layout.inactiveColumn(), city, messages, warnings);
		String range = Messages.ref(r, layout.activeColumn()) + ":" + Messages.ref(r, layout.inactiveColumn());
		return new CityRow(city, r, figures, cells, active, inactive, range, errors, warnings);
	}

	/**
	 * A blank 合计运送人次 while its parts are filled is their sum (SPEC §3.1), with a warning;
	 * blank with blank parts it is 0 like any blank figure.
	 */
	private static void fillTransportTotal(Map<Metric, BigDecimal> figures, String at, List<String> warnings) {
		List<Metric> parts = List.of(Metric.BUS_PASSENGERS, Metric.TRAIN_PASSENGERS, Metric.FLIGHT_PASSENGERS);
		if (!parts.stream().allMatch(figures::containsKey)) {
			return;
		}
		BigDecimal sum = parts.stream().map(figures::get).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (sum.signum() > 0) {
			figures.put(Metric.TRANSPORT_TOTAL, sum);
			warnings.add(at + ": 合计运送人次未填，已按专车、专列（含包车厢）、包机运送人次之和 " + sum.toPlainString() + " 计入");
		}
	}

	private List<String> counties(Row row, int column, City city, Messages messages, List<String> warnings) {
		String raw = SheetValues.text(row.getCell(column));
		if (NO_COUNTIES.contains(Divisions.normalize(raw))) {
			return List.of();
		}
		Set<String> codes = new LinkedHashSet<>();
		String at = messages.cell(row.getRowNum(), column);
		for (String token : COUNTY_SEPARATORS.split(raw)) {
			String name = Divisions.normalize(token).replaceAll("[。.等]+$", "");
			if (name.isEmpty() || NO_COUNTIES.contains(name)) {
				continue;
			}
			Optional<County> county = this.divisions.county(city, name);
			if (county.isPresent()) {
				codes.add(county.get().code());
				continue;
			}
			Optional<County> elsewhere = this.divisions.countyAnywhere(name);
			if (elsewhere.isPresent()) {
				warnings.add(at + ": '" + name + "' 是" + this.divisions.cityOf(elsewhere.get()).name() + "的县（市、区），不属于"
						+ city.name());
			}
			else {
				warnings.add(at + ": '" + name + "' 不是" + city.name() + "的县（市、区）");
			}
		}
		return List.copyOf(codes);
	}

	/**
	 * A city twice with the same figures counts once; with different ones it is refused.
	 */
	private static List<CityRow> resolveRepeats(List<CityRow> rows, Messages messages, Layout layout) {
		Map<String, List<CityRow>> byCity = new LinkedHashMap<>();
		for (CityRow row : rows) {
			byCity.computeIfAbsent(row.city().code(), (code) -> new ArrayList<>()).add(row);
		}
		List<CityRow> distinct = new ArrayList<>();
		for (List<CityRow> same : byCity.values()) {
			CityRow first = same.get(0);
			boolean conflicting = same.stream().anyMatch((row) -> !row.sameContentAs(first));
			if (!conflicting) {
				distinct.add(first);
				continue;
			}
			List<String> refs = same.stream().map((row) -> Messages.ref(row.rowIndex(), layout.cityColumn())).toList();
			List<String> errors = new ArrayList<>(first.errors());
			errors.add(messages.cell(same.get(1).rowIndex(), layout.cityColumn()) + ": '" + first.city().name()
					+ "' 出现了" + same.size() + "次（" + String.join("、", refs) + "），数字不一致，请只保留一行");
			distinct.add(new CityRow(first.city(), first.rowIndex(), first.figures(), first.cells(),
					first.countiesActive(), first.countiesInactive(), first.countiesRange(), errors, first.warnings()));
		}
		return distinct;
	}

	private static List<String> checkTotal(Row totalRow, List<CityRow> rows, Layout layout, Messages messages) {
		List<String> warnings = new ArrayList<>();
		for (Metric metric : Metric.values()) {
			int column = layout.columns().get(metric);
			SheetValues.Value total = SheetValues.number(totalRow.getCell(column));
			if (!total.isNumber()) {
				continue;
			}
			BigDecimal sum = BigDecimal.ZERO;
			for (CityRow row : rows) {
				sum = sum.add(row.figures().getOrDefault(metric, BigDecimal.ZERO));
			}
			if (total.number().compareTo(sum) != 0) {
				warnings.add(messages.cell(totalRow.getRowNum(), column) + ": 合计行" + metric.header() + " '"
						+ total.number().toPlainString() + "' 不等于各市之和 " + sum.toPlainString());
			}
		}
		return warnings;
	}

	/** The 填报日期 above the table: in the same cell after the label, or to its right. */
	private static LocalDate reportingDate(Layout layout, int defaultYear) {
		Sheet sheet = layout.sheet();
		for (int r = Math.max(sheet.getFirstRowNum(), 0); r < layout.headerRow(); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			for (Cell cell : row) {
				String text = Divisions.normalize(SheetValues.text(cell));
				int at = text.indexOf("填报日期");
				if (at < 0) {
					continue;
				}
				String rest = text.substring(at + "填报日期".length()).replaceFirst("^:", "");
				if (!rest.isEmpty()) {
					return SheetValues.date(rest, defaultYear);
				}
				for (int c = cell.getColumnIndex() + 1; c <= row.getLastCellNum(); c++) {
					Cell next = row.getCell(c);
					if (!SheetValues.text(next).isEmpty()) {
						return SheetValues.date(next, defaultYear);
					}
				}
				return null;
			}
		}
		return null;
	}

	private static Sheet phaseSheet(Workbook workbook, Sheet table) {
		for (Sheet sheet : workbook) {
			if (sheet != table && Divisions.normalize(sheet.getSheetName()).contains(PhaseProgress.SHEET)) {
				return sheet;
			}
		}
		return null;
	}

	/**
	 * Labels in any column, each value in the first filled cell to its right. A count
	 * left blank is null (未填), never 0.
	 */
	static Optional<PhaseProgress> readPhaseProgress(Sheet sheet, Messages messages, List<String> errors) {
		Map<PhaseItem, String> texts = new EnumMap<>(PhaseItem.class);
		Map<PhaseItem, Long> counts = new EnumMap<>(PhaseItem.class);
		Set<PhaseItem> seen = EnumSet.noneOf(PhaseItem.class);
		boolean filled = false;
		for (Row row : sheet) {
			for (Cell cell : row) {
				PhaseItem item = PhaseItem.labelled(SheetValues.headerKey(SheetValues.text(cell)));
				if (item == null || !seen.add(item)) {
					continue;
				}
				Cell valueCell = null;
				for (int c = cell.getColumnIndex() + 1; c <= row.getLastCellNum(); c++) {
					if (!SheetValues.text(row.getCell(c)).isEmpty()) {
						valueCell = row.getCell(c);
						break;
					}
				}
				if (!item.count()) {
					String text = SheetValues.text(valueCell);
					texts.put(item, text);
					filled |= !text.isEmpty();
					break;
				}
				if (valueCell == null) {
					// left blank: 未填
					break;
				}
				int column = valueCell.getColumnIndex();
				SheetValues.Value value = SheetValues.number(valueCell);
				String at = messages.cell(row.getRowNum(), column);
				if (!value.isNumber()) {
					errors.add(at + ": '" + value.text() + "' 不是数字");
				}
				else if (value.number().signum() < 0) {
					errors.add(at + ": '" + value.text() + "' 是负数，" + item.label() + "不能小于0");
				}
				else if (value.number().scale() > 0) {
					errors.add(at + ": '" + value.text() + "' 不是整数，" + item.label() + "应填整数");
				}
				else {
					counts.put(item, value.number().longValueExact());
					filled = true;
				}
				break;
			}
		}
		if (!filled) {
			return Optional.empty();
		}
		return Optional.of(new PhaseProgress(texts.getOrDefault(PhaseItem.LAUNCH_CEREMONY, ""),
				texts.getOrDefault(PhaseItem.ACTIVITY_PLAN, ""), counts.get(PhaseItem.RETURNED_HOME),
				counts.get(PhaseItem.STAYED_AT_POST), counts.get(PhaseItem.RETURNED_TO_POST),
				counts.get(PhaseItem.MIGRANT_WORKERS), texts.getOrDefault(PhaseItem.MEASURES, ""),
				texts.getOrDefault(PhaseItem.PROBLEMS, "")));
	}

	/** Messages name the file, the sheet and the cell. */
	record Messages(String fileName, String sheetName) {

		String sheet() {
			return this.fileName + " " + this.sheetName;
		}

		String cell(int row, int column) {
			return sheet() + "!" + ref(row, column);
		}

		String at(Cell cell, int row, int column, String value) {
			return cell(row, column) + ": '" + value + "'";
		}

		static String ref(int row, int column) {
			return new CellReference(row, column).formatAsString(false);
		}

	}

}
