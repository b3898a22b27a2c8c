package org.chunfeng.report.internal;

import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.CountyCheck;
import org.chunfeng.reconcile.CountyStatus;
import org.chunfeng.reconcile.MetricStatus;

/**
 * 县区开展情况: every county of the province in reference order, with its platform activities
 * and positions, what its city claimed and the check. Streamed. A claim that disagrees
 * with the platform is filled.
 */
final class CountySheet {

	static final String NAME = "县区开展情况";

	static final int HEADER_ROW = 2;

	static final int FIRST_COUNTY_ROW = 3;

	static final List<String> HEADERS = List.of("市级名称", "县（市、区）", "区划代码", "平台统计截至", "平台活动场次", "平台提供岗位数", "市报情况",
			"核对结果");

	private static final int[] WIDTHS = { 11, 14, 10, 12, 12, 14, 12, 22 };

	private CountySheet() {
	}

	static void write(Sheet sheet, ReportData data, Styles styles) {
		Cells.titleRows(sheet, styles, "各县（市、区）招聘活动开展情况核对", data.subtitle(), HEADERS.size() - 1);
		Cells.headerRow(sheet, styles, HEADER_ROW, HEADERS, WIDTHS);
		int rowIndex = FIRST_COUNTY_ROW;
		for (CityReconciliation city : data.reconciliation().cities()) {
			for (CountyCheck check : city.counties()) {
				Row row = sheet.createRow(rowIndex++);
				Cells.text(row, 0, city.city().name(), styles.textCenter, styles);
				Cells.text(row, 1, check.countyName(), styles.textCenter, styles);
				Cells.text(row, 2, check.countyCode(), styles.textCenter, styles);
				Cells.text(row, 3, Cells.shortChineseDate(city.figuresAsOf().orElse(data.reconciliation().period())),
						styles.textCenter, styles);
				Cells.number(row, 4, check.platformActivities(), styles.count);
				Cells.number(row, 5, check.platformPositions(), styles.count);
				if (!city.hasFigures()) {
					Cells.text(row, 6, MetricStatus.NOT_SUBMITTED.label(), styles.missingText, styles);
					Cells.text(row, 7, check.status().label(), styles.missingText, styles);
				}
				else {
					CellStyle style = (city.compared() && check.status().discrepancy()) ? styles.alertText
							: (check.status() == CountyStatus.PLATFORM_STALE) ? styles.missingText : styles.textCenter;
					Cells.text(row, 6, check.claim().label(), style, styles);
					Cells.text(row, 7, check.status().label(), style, styles);
				}
			}
		}
		Cells.noteRow(sheet, styles, rowIndex + 1,
				"说明：平台数统计至该市数据的报送日期（沿用以前数据的城市为其所沿用数据的报送日期，未报送的城市为本期）；“未列出”指该市统计表的已开展、未开展两栏都没有列这个县（市、区）。",
				HEADERS.size() - 1);
		sheet.createFreezePane(0, FIRST_COUNTY_ROW);
		Cells.printSetup(sheet, HEADER_ROW, HEADER_ROW);
	}

}
