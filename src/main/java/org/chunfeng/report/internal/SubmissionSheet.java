package org.chunfeng.report.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.reconcile.CityReconciliation;

/**
 * 报送情况: per city whether it submitted, for which reporting date, when the file arrived
 * (campaign time zone), whether late, the file and the warnings stored with it.
 */
final class SubmissionSheet {

	static final String NAME = "报送情况";

	static final int HEADER_ROW = 2;

	static final int FIRST_CITY_ROW = 3;

	static final List<String> HEADERS = List.of("市级名称", "报送情况", "报告日期", "接收时间", "是否逾期", "文件名", "警告");

	private static final int[] WIDTHS = { 11, 10, 12, 18, 10, 30, 60 };

	private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private SubmissionSheet() {
	}

	static void write(Sheet sheet, ReportData data, Styles styles) {
		Cells.titleRows(sheet, styles, "各市报送情况", data.subtitle(), HEADERS.size() - 1);
		Row header = Cells.row(sheet, HEADER_ROW);
		header.setHeightInPoints(22);
		for (int i = 0; i < HEADERS.size(); i++) {
			Cells.text(header, i, HEADERS.get(i), styles.header, styles);
			Cells.width(sheet, i, WIDTHS[i]);
		}
		int rowIndex = FIRST_CITY_ROW;
		for (CityReconciliation city : data.reconciliation().cities()) {
			Row row = Cells.row(sheet, rowIndex++);
			Cells.text(row, 0, city.city().name(), styles.textCenter, styles);
			if (city.submission().isEmpty()) {
				Cells.text(row, 1, "未报送", styles.missingText, styles);
				for (int column = 2; column < HEADERS.size(); column++) {
					Cells.blank(row, column, styles.missingText);
				}
				continue;
			}
			CitySubmission submission = city.submission().get();
			Cells.text(row, 1, "已报送", styles.textCenter, styles);
			Cells.text(row, 2, submission.reportingDate().toString(), styles.textCenter, styles);
			Cells.text(row, 3, RECEIVED.format(submission.receivedAt().atZone(data.campaign().zone())),
					styles.textCenter, styles);
			Cells.text(row, 4, submission.late() ? "逾期" : "按时", submission.late() ? styles.warnText : styles.textCenter,
					styles);
			Cells.text(row, 5, submission.fileName(), styles.text, styles);
			String warnings = String.join("\n", submission.warnings());
			Cells.text(row, 6, warnings, styles.text, styles);
			row.setHeightInPoints(Math.max(20,
					Math.max(Cells.heightFor(warnings, WIDTHS[6]), Cells.heightFor(submission.fileName(), WIDTHS[5]))));
		}
		sheet.createFreezePane(1, FIRST_CITY_ROW);
		Cells.printSetup(sheet, HEADER_ROW, HEADER_ROW);
	}

}
