package org.chunfeng.report.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.intake.city.Metric;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.reconcile.ReconciliationText;
import org.chunfeng.reconcile.SubmissionStatus;
import org.chunfeng.region.City;
import org.chunfeng.region.County;

/**
 * 统计表: the notice's attachment (春风行动开展情况统计表) filled with the cities' reported figures.
 * Row 1 title, row 2 the as-of date, rows 3–4 the two-row header (A, Q, R span both
 * rows), one row per city from row 5 in reference order, then 合计. A city's figures are
 * the ones shown for it (SPEC §4.1); carried-forward figures say so under the city's
 * name. A city without figures has its name in A and 未报送 in B–T, merged, and counts
 * nowhere.
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

	/**
	 * Column widths in characters, A to T, so that the table prints one A4 landscape page
	 * wide at about 90 % (10-point text prints at 9 points, never under 8): the counts
	 * just wide enough for a province's totals, money for 2 decimals, the county lists
	 * wrapping in narrower columns (SPEC §5.5).
	 */
	static final int[] WIDTHS = { 9, 5, 9, 5, 8, 8, 7, 5, 7, 5, 7, 4, 6, 5, 6, 5, 9, 10, 18, 18 };

	private static final int COUNTY_COLUMN_WIDTH = WIDTHS[ACTIVE_COLUMN];

	private static final int CITY_COLUMN_WIDTH = WIDTHS[0];

	/** The note spans the whole table: roughly the sum of its column widths. */
	private static final int NOTE_WIDTH = 150;

	private StatisticsSheet() {
	}

	static void write(Sheet sheet, ReportData data, Styles styles) {
		Cells.titleRows(sheet, styles, data.yearTitle(TABLE_TITLE),
				"截至" + Cells.chineseDate(data.asOf()) + data.editionSuffix(), LAST_COLUMN);
		header(sheet, styles);
		int rowIndex = FIRST_CITY_ROW;
		Map<Metric, BigDecimal> totals = data.reconciliation().totals();
		for (CityReconciliation city : data.reconciliation().cities()) {
			Row row = Cells.row(sheet, rowIndex);
			if (city.submission().isPresent()) {
				CitySubmission submission = city.submission().get();
				String name = cityLabel(city);
				Cells.text(row, 0, name, city.carriedForward() ? styles.warnText : styles.textCenter, styles);
				for (Metric metric : Metric.values()) {
					Cells.number(row, column(metric), submission.figure(metric),
							metric.money() ? styles.money : styles.count);
				}
				String active = wrapped(countyNames(city.city(), submission.countiesActive()), COUNTY_COLUMN_WIDTH);
				String inactive = wrapped(countyNames(city.city(), submission.countiesInactive()), COUNTY_COLUMN_WIDTH);
				Cells.text(row, ACTIVE_COLUMN, active, styles.text, styles);
				Cells.text(row, INACTIVE_COLUMN, inactive, styles.text, styles);
				row.setHeightInPoints(Math.max(Cells.heightFor(name, CITY_COLUMN_WIDTH), Math.max(
						Cells.heightFor(active, COUNTY_COLUMN_WIDTH), Cells.heightFor(inactive, COUNTY_COLUMN_WIDTH))));
			}
			else {
				Cells.text(row, 0, city.city().name(), styles.textCenter, styles);
				Cells.text(row, 1, missingText(city), styles.missingText, styles);
				Cells.merge(sheet, rowIndex, rowIndex, 1, LAST_COLUMN, styles.missingText);
				row.setHeightInPoints(20);
			}
			rowIndex++;
		}
		Row total = Cells.row(sheet, rowIndex);
		total.setHeightInPoints(20);
		Cells.text(total, 0, TOTAL, styles.totalText, styles);
		if (totals.isEmpty()) {
			Cells.text(total, 1, "各市均无已报送的数据，没有合计", styles.missingText, styles);
			Cells.merge(sheet, rowIndex, rowIndex, 1, LAST_COLUMN, styles.missingText);
		}
		else {
			for (Metric metric : Metric.values()) {
				Cells.number(total, column(metric), totals.get(metric),
						metric.money() ? styles.totalMoney : styles.totalCount);
			}
			Cells.blank(total, ACTIVE_COLUMN, styles.totalText);
			Cells.blank(total, INACTIVE_COLUMN, styles.totalText);
		}
		String note = note(data.reconciliation()) + PRINTED_MONEY;
		Row noteRow = Cells.row(sheet, rowIndex + 2);
		noteRow.setHeightInPoints(Math.max(20, Cells.heightFor(note, NOTE_WIDTH)));
		Cells.noteRow(sheet, styles, rowIndex + 2, note, LAST_COLUMN);
		sheet.createFreezePane(1, FIRST_CITY_ROW);
		Cells.printSetup(sheet, GROUP_ROW, HEADER_ROW);
	}

	/**
	 * Under the printed table: its money shows 2 decimals, its cells keep the cities' 4,
	 * and the totals are of those.
	 */
	static final String PRINTED_MONEY = "表中金额显示两位小数，单元格内保留各市所报数值（最多4位小数），合计为未经四舍五入的数值之和，与显示的各市数值相加可能相差0.01。";

	/** The note under the table: what the figures are and what the totals cover. */
	static String note(Reconciliation reconciliation) {
		String period = Cells.shortChineseDate(reconciliation.period());
		// files of a date after the period's due date count for the period, late: their
		// figures are of their own date
		Map<LocalDate, Long> later = new TreeMap<>();
		for (CityReconciliation city : reconciliation.cities()) {
			city.figuresAsOf()
				.filter((date) -> city.submitted() && date.isAfter(reconciliation.period()))
				.ifPresent((date) -> later.merge(date, 1L, Long::sum));
		}
		StringBuilder ofLater = new StringBuilder();
		later.forEach((date, count) -> ofLater.append("，其中")
			.append(count)
			.append("市为")
			.append(Cells.shortChineseDate(date))
			.append("逾期报送、截至该日的数据"));
		return "说明：各项数据为自活动开始至报送日期的累计数，" + (reconciliation.carriedForward().isEmpty() ? "均为" : "未注明的为") + "本期（" + period
				+ "）报送的数据" + ofLater + "；" + ReconciliationText.coverage(reconciliation) + "资金单位为万元。";
	}

	/**
	 * The city's name, and under it what its figures are when they are not of the period
	 * (沿用2月22日数据; 退回，沿用2月22日数据).
	 */
	static String cityLabel(CityReconciliation city) {
		return city.carriedForward() ? city.city().name() + "\n" + ReconciliationText.status(city) : city.city().name();
	}

	/** What stands in B–T for a city without figures. */
	static String missingText(CityReconciliation city) {
		return (city.status() == SubmissionStatus.REFUSED) ? "未报送有效数据（所报文件未通过校验，已退回）" : NOT_SUBMITTED;
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
		Row headers = Cells.row(sheet, HEADER_ROW);
		for (int column = 0; column < WIDTHS.length; column++) {
			Cells.width(sheet, column, WIDTHS[column]);
		}
		// the group row holds its headers on one or two lines; the row under it the
		// tallest header of a column in a group, the headers spanning both rows what is
		// left of theirs
		float groupHeight = 20;
		for (Metric.Group group : Metric.Group.values()) {
			int span = 0;
			for (Metric metric : Metric.values()) {
				span += (metric.group() == group) ? WIDTHS[column(metric)] : 0;
			}
			if (group != Metric.Group.NONE) {
				groupHeight = Math.max(groupHeight, Cells.heightFor(group.header(), span));
			}
		}
		float headerHeight = 20;
		for (Metric metric : Metric.values()) {
			if (metric.group() != Metric.Group.NONE) {
				headerHeight = Math.max(headerHeight, Cells.heightFor(metric.header(), WIDTHS[column(metric)]));
			}
		}
		for (Metric metric : Metric.values()) {
			if (metric.group() == Metric.Group.NONE) {
				headerHeight = Math.max(headerHeight,
						Cells.heightFor(metric.header(), WIDTHS[column(metric)]) - groupHeight);
			}
		}
		groups.setHeightInPoints(groupHeight);
		headers.setHeightInPoints(headerHeight);
		Cells.text(groups, 0, Metric.CITY_HEADER, styles.header, styles);
		Cells.merge(sheet, GROUP_ROW, HEADER_ROW, 0, 0, styles.header);
		Metric.Group group = null;
		int groupStart = -1;
		for (Metric metric : Metric.values()) {
			int column = column(metric);
			if (metric.group() == Metric.Group.NONE) {
				Cells.text(groups, column, metric.header(), styles.header, styles);
				Cells.merge(sheet, GROUP_ROW, HEADER_ROW, column, column, styles.header);
			}
			else {
				Cells.text(headers, column, metric.header(), styles.header, styles);
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
	}

	/**
	 * A list joined with 、 broken into lines after a 、 where the next name would not fit
	 * the column: a name is never split and no line starts with 、 (which Excel and
	 * LibreOffice do when they wrap it themselves).
	 */
	static String wrapped(String names, int columnCharacters) {
		int room = columnCharacters - 2;
		StringBuilder text = new StringBuilder();
		int line = 0;
		String[] parts = names.split("、", -1);
		for (int i = 0; i < parts.length; i++) {
			String part = (i < parts.length - 1) ? parts[i] + "、" : parts[i];
			int width = Cells.displayWidth(part);
			if (line > 0 && line + width > room) {
				text.append('\n');
				line = 0;
			}
			text.append(part);
			line += width;
		}
		return text.toString();
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
