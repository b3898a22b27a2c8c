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
 * 核对结果: for each city a block of rows, one per reconciled figure (指标, 市报数, 平台数, 差额, 核对结果)
 * with the reporting date of the figures, the platform counted as of that same date, then
 * a row with the county checks. Seven columns, so that it prints on A4 landscape one page
 * wide at full size (SPEC §5.1). A mismatching figure's row is filled.
 */
final class ReconciliationSheet {

	static final String NAME = "核对结果";

	static final int HEADER_ROW = 2;

	static final int FIRST_ROW = 3;

	static final String DATE_HEADER = "报送日期";

	static final List<String> HEADERS = List.of("市级名称", DATE_HEADER, "指标", "市报数", "平台数", "差额", "核对结果");

	/** B: the reporting date of the figures compared. */
	static final int DATE_COLUMN = 1;

	static final int METRIC_COLUMN = 2;

	static final int REPORTED_COLUMN = 3;

	static final int STATUS_COLUMN = 6;

	static final int LAST_COLUMN = STATUS_COLUMN;

	/** Rows per city: the reconciled figures, then the county checks. */
	static final int ROWS_PER_CITY = Metric.reconciled().size() + 1;

	static final String COUNTY_HEADER = "县（市、区）核对";

	/** Column widths in characters, A to G. */
	static final int[] WIDTHS = { 10, 15, 28, 10, 10, 9, 16 };

	/** The county checks span D to G. */
	private static final int COUNTY_WIDTH = WIDTHS[3] + WIDTHS[4] + WIDTHS[5] + WIDTHS[6];

	/** The note spans the table: roughly its columns' width. */
	private static final int NOTE_WIDTH = 96;

	private ReconciliationSheet() {
	}

	/** The row of a city's figure, from the city's index in reference order. */
	static int row(int cityIndex, Metric metric) {
		return FIRST_ROW + cityIndex * ROWS_PER_CITY + Metric.reconciled().indexOf(metric);
	}

	/** The row of a city's county checks. */
	static int countyRow(int cityIndex) {
		return FIRST_ROW + cityIndex * ROWS_PER_CITY + Metric.reconciled().size();
	}

	static void write(Sheet sheet, ReportData data, Styles styles) {
		Cells.titleRows(sheet, styles, "各市报送数据与平台数据核对结果", data.subtitle(), LAST_COLUMN);
		Cells.headerRow(sheet, styles, HEADER_ROW, HEADERS, WIDTHS);
		int rowIndex = FIRST_ROW;
		for (CityReconciliation city : data.reconciliation().cities()) {
			String name = city.city().name();
			String date = dataDate(city);
			CellStyle dateStyle = !city.hasFigures() ? styles.missingText
					: city.carriedForward() ? styles.warnText : styles.textCenter;
			for (MetricCheck check : city.metrics()) {
				Row row = Cells.row(sheet, rowIndex++);
				Cells.text(row, 0, name, styles.textCenter, styles);
				Cells.text(row, DATE_COLUMN, date, dateStyle, styles);
				Cells.text(row, METRIC_COLUMN, check.metric().header(), styles.text, styles);
				row.setHeightInPoints(Math.max(18, Cells.heightFor(check.metric().header(), WIDTHS[METRIC_COLUMN])));
				int first = REPORTED_COLUMN;
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
			Row row = Cells.row(sheet, rowIndex);
			Cells.text(row, 0, name, styles.textCenter, styles);
			Cells.text(row, DATE_COLUMN, date, dateStyle, styles);
			Cells.text(row, METRIC_COLUMN, COUNTY_HEADER, styles.text, styles);
			CellStyle countyStyle = countyDiscrepancy ? styles.alertLeft : styles.text;
			Cells.text(row, REPORTED_COLUMN, counties, countyStyle, styles);
			// merged across only, in its own row: a page break cannot split it
			Cells.merge(sheet, rowIndex, rowIndex, REPORTED_COLUMN, LAST_COLUMN, countyStyle);
			row.setHeightInPoints(Math.max(18, Cells.heightFor(counties, COUNTY_WIDTH)));
			rowIndex++;
		}
		String note = "说明：差额＝市报数－平台数；平台数为山西数字人社一体化平台中截至各市报送日期开展的春风行动专项活动（不含已取消），"
				+ "沿用以前数据的城市按其报送日期核对，未报送的城市不核对（平台数截至本期，仅供参考）；不一致的数据以底色标出。"
				+ ReconciliationText.comparison(data.reconciliation());
		Row noteRow = Cells.row(sheet, rowIndex + 1);
		noteRow.setHeightInPoints(Math.max(20, Cells.heightFor(note, NOTE_WIDTH)));
		Cells.noteRow(sheet, styles, rowIndex + 1, note, LAST_COLUMN);
		sheet.createFreezePane(METRIC_COLUMN + 1, FIRST_ROW);
		Cells.printSetup(sheet, HEADER_ROW, HEADER_ROW);
	}

	/** The reporting date of the city's figures: 2月29日, 2月22日（沿用）, 未报送. */
	static String dataDate(CityReconciliation city) {
		if (!city.hasFigures()) {
			return (city.status() == SubmissionStatus.REFUSED) ? "退回，无数据" : MetricStatus.NOT_SUBMITTED.label();
		}
		String date = Cells.shortChineseDate(city.figuresAsOf().orElseThrow());
		return city.carriedForward() ? date + "（" + city.status().label() + "）" : date;
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
