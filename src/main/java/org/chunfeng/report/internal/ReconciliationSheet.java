package org.chunfeng.report.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.chunfeng.intake.city.Metric;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.CountyCheck;
import org.chunfeng.reconcile.CountyStatus;
import org.chunfeng.reconcile.MetricCheck;
import org.chunfeng.reconcile.MetricStatus;
import org.chunfeng.reconcile.ReconciliationText;
import org.chunfeng.reconcile.SubmissionStatus;

/**
 * 核对结果: one row per city: the reporting date of its figures, then for each reconciled
 * figure four columns (市报数, 平台数, 差额, 核对结果) under the figure's header, the platform
 * counted as of that same date, and a summary of the county checks. A mismatching
 * figure's four cells are filled.
 */
final class ReconciliationSheet {

	static final String NAME = "核对结果";

	static final int GROUP_ROW = 2;

	static final int HEADER_ROW = 3;

	static final int FIRST_CITY_ROW = 4;

	static final List<String> SUB_HEADERS = List.of("市报数", "平台数", "差额", "核对结果");

	/** B: the reporting date of the figures compared. */
	static final int DATE_COLUMN = 1;

	static final String DATE_HEADER = "报送日期";

	/** W: the county checks in one line. */
	static final int COUNTY_COLUMN = 2 + 4 * Metric.reconciled().size();

	static final String COUNTY_HEADER = "县（市、区）核对";

	private static final int COUNTY_COLUMN_WIDTH = 44;

	private static final int NOTE_WIDTH = 260;

	private ReconciliationSheet() {
	}

	/** The first of the four columns of a reconciled figure. */
	static int firstColumn(Metric metric) {
		return 2 + 4 * Metric.reconciled().indexOf(metric);
	}

	static void write(Sheet sheet, ReportData data, Styles styles) {
		Cells.titleRows(sheet, styles, "各市报送数据与平台数据核对结果", data.subtitle(), COUNTY_COLUMN);
		Row groups = Cells.row(sheet, GROUP_ROW);
		groups.setHeightInPoints(36);
		Row headers = Cells.row(sheet, HEADER_ROW);
		headers.setHeightInPoints(20);
		Cells.text(groups, 0, "市级名称", styles.header, styles);
		Cells.merge(sheet, GROUP_ROW, HEADER_ROW, 0, 0, styles.header);
		Cells.width(sheet, 0, 11);
		Cells.text(groups, DATE_COLUMN, DATE_HEADER, styles.header, styles);
		Cells.merge(sheet, GROUP_ROW, HEADER_ROW, DATE_COLUMN, DATE_COLUMN, styles.header);
		Cells.width(sheet, DATE_COLUMN, 12);
		for (Metric metric : Metric.reconciled()) {
			int first = firstColumn(metric);
			Cells.text(groups, first, metric.header(), styles.header, styles);
			Cells.merge(sheet, GROUP_ROW, GROUP_ROW, first, first + 3, styles.header);
			for (int i = 0; i < 4; i++) {
				Cells.text(headers, first + i, SUB_HEADERS.get(i), styles.header, styles);
				Cells.width(sheet, first + i, 10);
			}
		}
		Cells.text(groups, COUNTY_COLUMN, COUNTY_HEADER, styles.header, styles);
		Cells.merge(sheet, GROUP_ROW, HEADER_ROW, COUNTY_COLUMN, COUNTY_COLUMN, styles.header);
		Cells.width(sheet, COUNTY_COLUMN, COUNTY_COLUMN_WIDTH);
		int rowIndex = FIRST_CITY_ROW;
		for (CityReconciliation city : data.reconciliation().cities()) {
			Row row = Cells.row(sheet, rowIndex++);
			Cells.text(row, 0, city.city().name(), styles.textCenter, styles);
			String date = dataDate(city);
			Cells.text(row, DATE_COLUMN, date, !city.hasFigures() ? styles.missingText
					: city.carriedForward() ? styles.warnText : styles.textCenter, styles);
			for (MetricCheck check : city.metrics()) {
				int first = firstColumn(check.metric());
				switch (check.status()) {
					case NOT_SUBMITTED -> {
						Cells.text(row, first, MetricStatus.NOT_SUBMITTED.label(), styles.missingText, styles);
						Cells.number(row, first + 1, check.platform(), styles.count);
						Cells.blank(row, first + 2, styles.count);
						Cells.text(row, first + 3, check.status().label(), styles.missingText, styles);
					}
					case PLATFORM_STALE -> {
						Cells.number(row, first, check.reported(), styles.count);
						Cells.blank(row, first + 1, styles.missingText);
						Cells.blank(row, first + 2, styles.missingText);
						Cells.text(row, first + 3, check.status().label(), styles.missingText, styles);
					}
					default -> {
						boolean mismatch = check.status() == MetricStatus.MISMATCH;
						CellStyle number = mismatch ? styles.alertCount : styles.count;
						Cells.number(row, first, check.reported(), number);
						Cells.number(row, first + 1, check.platform(), number);
						Cells.number(row, first + 2, check.difference(), number);
						Cells.text(row, first + 3, check.status().label(),
								mismatch ? styles.alertText : styles.textCenter, styles);
					}
				}
			}
			String counties = countySummary(city);
			boolean countyDiscrepancy = city.hasDiscrepancies()
					&& city.counties().stream().anyMatch((check) -> check.status().discrepancy());
			Cells.text(row, COUNTY_COLUMN, counties, countyDiscrepancy ? styles.alertText : styles.text, styles);
			row.setHeightInPoints(
					Math.max(20, Math.max(Cells.heightFor(counties, COUNTY_COLUMN_WIDTH), Cells.heightFor(date, 12))));
		}
		String note = "说明：差额＝市报数－平台数；平台数为山西数字人社一体化平台中截至各市报送日期开展的春风行动专项活动（不含已取消），"
				+ "沿用以前数据的城市按其报送日期核对，未报送的城市不核对（平台数截至本期，仅供参考）；不一致的数据以底色标出。"
				+ ReconciliationText.comparison(data.reconciliation());
		Row noteRow = Cells.row(sheet, rowIndex + 1);
		noteRow.setHeightInPoints(Math.max(20, Cells.heightFor(note, NOTE_WIDTH)));
		Cells.noteRow(sheet, styles, rowIndex + 1, note, COUNTY_COLUMN);
		sheet.createFreezePane(1, FIRST_CITY_ROW);
		Cells.printSetup(sheet, GROUP_ROW, HEADER_ROW);
	}

	/** The reporting date of the city's figures: 2月29日, 2月22日（沿用）, 未报送. */
	static String dataDate(CityReconciliation city) {
		if (!city.hasFigures()) {
			return (city.status() == SubmissionStatus.REFUSED) ? "退回，无数据" : MetricStatus.NOT_SUBMITTED.label();
		}
		String date = Cells.shortChineseDate(city.figuresAsOf().orElseThrow());
		return city.carriedForward() ? date + "\n（" + city.status().label() + "）" : date;
	}

	/**
	 * 一致, or the counties whose claim disagrees with the platform, and those not listed;
	 * with stale platform data, only what needs no platform.
	 */
	static String countySummary(CityReconciliation city) {
		if (!city.hasFigures()) {
			return MetricStatus.NOT_SUBMITTED.label();
		}
		List<String> parts = new ArrayList<>();
		if (!city.compared()) {
			parts.add(MetricStatus.PLATFORM_STALE.label() + "，未核对");
		}
		for (CountyStatus status : List.of(CountyStatus.CLAIMED_WITHOUT_PLATFORM_RECORD,
				CountyStatus.PLATFORM_ACTIVITY_NOT_CLAIMED, CountyStatus.NOT_LISTED)) {
			List<String> names = city.counties()
				.stream()
				.filter((check) -> check.status() == status)
				.map(CountyCheck::countyName)
				.toList();
			if (!names.isEmpty()) {
				parts.add(status.label() + "：" + String.join("、", names));
			}
		}
		return parts.isEmpty() ? "一致" : String.join("；\n", parts);
	}

}
