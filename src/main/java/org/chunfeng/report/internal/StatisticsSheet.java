package org.chunfeng.report.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.intake.city.Metric;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.region.City;
import org.chunfeng.region.County;

/**
 * 统计表: the notice's attachment (春风行动开展情况统计表) filled with the cities' reported figures.
 * Row 1 title, row 2 the as-of date, rows 3–4 the two-row header (A, Q, R span both
 * rows), one row per city from row 5 in reference order, then 合计. A city that has not
 * submitted has its name in A and 未报送 in B–T, merged.
 */
final class StatisticsSheet {

	static final String NAME = "统计表";

	static final String TABLE_TITLE = "春风行动开展情况统计表";

	static final int TITLE_ROW = 0;

	static final int DATE_ROW = 1;

	static final int GROUP_ROW = 2;

	static final int HEADER_ROW = 3;

	static final int FIRST_CITY_ROW = 4;

	/** S and T: the county lists. */
	static final int ACTIVE_COLUMN = 18;

	static final int INACTIVE_COLUMN = 19;

	static final int LAST_COLUMN = INACTIVE_COLUMN;

	static final String NOT_SUBMITTED = "未报送";

	static final String TOTAL = "合计";

	private static final int COUNTY_COLUMN_WIDTH = 36;

	private StatisticsSheet() {
	}

	static void write(Sheet sheet, ReportData data, Styles styles) {
		Cells.titleRows(sheet, styles, data.yearTitle(TABLE_TITLE), "截至" + Cells.chineseDate(data.asOf()), LAST_COLUMN);
		header(sheet, styles);
		int rowIndex = FIRST_CITY_ROW;
		Map<Metric, BigDecimal> totals = data.reconciliation().reportedTotals();
		List<String> missing = new ArrayList<>();
		for (CityReconciliation city : data.reconciliation().cities()) {
			Row row = Cells.row(sheet, rowIndex);
			Cells.text(row, 0, city.city().name(), styles.textCenter, styles);
			if (city.submission().isPresent()) {
				CitySubmission submission = city.submission().get();
				for (Metric metric : Metric.values()) {
					Cells.number(row, column(metric), submission.figure(metric),
							metric.money() ? styles.money : styles.count);
				}
				String active = countyNames(city.city(), submission.countiesActive());
				String inactive = countyNames(city.city(), submission.countiesInactive());
				Cells.text(row, ACTIVE_COLUMN, active, styles.text, styles);
				Cells.text(row, INACTIVE_COLUMN, inactive, styles.text, styles);
				row.setHeightInPoints(Math.max(Cells.heightFor(active, COUNTY_COLUMN_WIDTH),
						Cells.heightFor(inactive, COUNTY_COLUMN_WIDTH)));
			}
			else {
				missing.add(city.city().name());
				Cells.text(row, 1, NOT_SUBMITTED, styles.missingText, styles);
				Cells.merge(sheet, rowIndex, rowIndex, 1, LAST_COLUMN, styles.missingText);
				row.setHeightInPoints(20);
			}
			rowIndex++;
		}
		Row total = Cells.row(sheet, rowIndex);
		total.setHeightInPoints(20);
		Cells.text(total, 0, TOTAL, styles.totalText, styles);
		for (Metric metric : Metric.values()) {
			Cells.number(total, column(metric), totals.get(metric),
					metric.money() ? styles.totalMoney : styles.totalCount);
		}
		Cells.blank(total, ACTIVE_COLUMN, styles.totalText);
		Cells.blank(total, INACTIVE_COLUMN, styles.totalText);
		String note = "说明：各项数据为自活动开始至报告日的累计数，合计为已报送各市之和；资金单位为万元。";
		if (!missing.isEmpty()) {
			note += "截至报告日未报送：" + String.join("、", missing) + "。";
		}
		Cells.noteRow(sheet, styles, rowIndex + 2, note, LAST_COLUMN);
		sheet.createFreezePane(1, FIRST_CITY_ROW);
		Cells.printSetup(sheet, GROUP_ROW, HEADER_ROW);
	}

	/** Row index of the 合计 row for this many cities. */
	static int totalRow(int cities) {
		return FIRST_CITY_ROW + cities;
	}

	static int column(Metric metric) {
		return metric.column().charAt(0) - 'A';
	}

	private static void header(Sheet sheet, Styles styles) {
		Row groups = Cells.row(sheet, GROUP_ROW);
		groups.setHeightInPoints(24);
		Row headers = Cells.row(sheet, HEADER_ROW);
		headers.setHeightInPoints(100);
		Cells.text(groups, 0, Metric.CITY_HEADER, styles.header, styles);
		Cells.merge(sheet, GROUP_ROW, HEADER_ROW, 0, 0, styles.header);
		Cells.width(sheet, 0, 11);
		Metric.Group group = null;
		int groupStart = -1;
		for (Metric metric : Metric.values()) {
			int column = column(metric);
			if (metric.group() == Metric.Group.NONE) {
				Cells.text(groups, column, metric.header(), styles.header, styles);
				Cells.merge(sheet, GROUP_ROW, HEADER_ROW, column, column, styles.header);
				Cells.width(sheet, column, 18);
			}
			else {
				Cells.text(headers, column, metric.header(), styles.header, styles);
				Cells.width(sheet, column, 11);
				if (metric.group() != group) {
					Cells.text(groups, column, metric.group().header(), styles.header, styles);
					groupStart = column;
				}
				Metric next = (metric.ordinal() + 1 < Metric.values().length) ? Metric.values()[metric.ordinal() + 1]
						: null;
				if (next == null || next.group() != metric.group()) {
					Cells.merge(sheet, GROUP_ROW, GROUP_ROW, groupStart, column, styles.header);
				}
			}
			group = metric.group();
		}
		Cells.text(groups, ACTIVE_COLUMN, Metric.COUNTIES_GROUP, styles.header, styles);
		Cells.merge(sheet, GROUP_ROW, GROUP_ROW, ACTIVE_COLUMN, INACTIVE_COLUMN, styles.header);
		Cells.text(headers, ACTIVE_COLUMN, Metric.COUNTIES_ACTIVE_HEADER, styles.header, styles);
		Cells.text(headers, INACTIVE_COLUMN, Metric.COUNTIES_INACTIVE_HEADER, styles.header, styles);
		Cells.width(sheet, ACTIVE_COLUMN, COUNTY_COLUMN_WIDTH);
		Cells.width(sheet, INACTIVE_COLUMN, COUNTY_COLUMN_WIDTH);
	}

	/** County names in the city's reference order, joined with 、. */
	static String countyNames(City city, List<String> codes) {
		List<String> names = new ArrayList<>();
		for (County county : city.counties()) {
			if (codes.contains(county.code())) {
				names.add(county.name());
			}
		}
		for (String code : codes) {
			if (city.counties().stream().noneMatch((county) -> county.code().equals(code))) {
				names.add(code);
			}
		}
		return String.join("、", names);
	}

}
