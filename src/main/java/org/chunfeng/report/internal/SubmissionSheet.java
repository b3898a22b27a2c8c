package org.chunfeng.report.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.chunfeng.intake.city.CityRefusal;
import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.ReconciliationText;
import org.chunfeng.reconcile.SubmissionStatus;

/**
 * 报送情况: per city its submission status for the period (按时, 逾期, 沿用, 退回, 未报送), the date of
 * the figures shown, when that file arrived (campaign time zone), its file name, the
 * period's refused files with their reasons and the warnings stored with the submission;
 * below, the completeness matrix: every city × every weekly due date so far.
 */
final class SubmissionSheet {

	static final String NAME = "报送情况";

	static final int HEADER_ROW = 2;

	static final int FIRST_CITY_ROW = 3;

	static final List<String> HEADERS = List.of("市级名称", "本期报送情况", "报送日期", "收到时间", "是否逾期", "文件名", "退回原因", "警告");

	static final String MATRIX_TITLE = "各市历次报送情况（每周报送日）";

	/** 是否逾期 of a city that sent nothing for the period. */
	static final String NOT_THIS_PERIOD = "—";

	private static final int[] WIDTHS = { 11, 14, 11, 17, 10, 28, 44, 50 };

	private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private SubmissionSheet() {
	}

	static void write(Sheet sheet, ReportData data, Styles styles) {
		Cells.titleRows(sheet, styles, "各市报送情况", data.subtitle(), HEADERS.size() - 1);
		Cells.headerRow(sheet, styles, HEADER_ROW, HEADERS, WIDTHS);
		int rowIndex = FIRST_CITY_ROW;
		for (CityReconciliation city : data.reconciliation().cities()) {
			Row row = Cells.row(sheet, rowIndex++);
			Cells.text(row, 0, city.city().name(), styles.textCenter, styles);
			String status = ReconciliationText.status(city);
			Cells.text(row, 1, status, statusStyle(city.status(), styles), styles);
			String refusals = refusals(city.refusals(), data);
			Cells.text(row, 6, refusals, refusals.isEmpty() ? styles.text : styles.alertText, styles);
			if (city.submission().isEmpty()) {
				for (int column : new int[] { 2, 3, 4, 5, 7 }) {
					Cells.blank(row, column, styles.missingText);
				}
				row.setHeightInPoints(Math.max(20, Cells.heightFor(refusals, WIDTHS[6])));
				continue;
			}
			CitySubmission submission = city.submission().get();
			Cells.text(row, 2, submission.reportingDate().toString(), styles.textCenter, styles);
			Cells.text(row, 3, RECEIVED.format(submission.receivedAt().atZone(data.campaign().zone())),
					styles.textCenter, styles);
			// on time or late only for a file of the period (a file dated after the
			// period's due date is late for it); a city that sent nothing for the period
			// is
			// neither, whatever its earlier file was; a file of a date that is not a
			// weekly
			// due date has no due time
			if (city.submitted()) {
				boolean late = city.late() || submission.late();
				boolean dueTime = data.campaign().weeklyDueDates().contains(submission.reportingDate());
				Cells.text(row, 4, late ? "逾期" : dueTime ? "按时" : "—（非每周报送日）",
						late ? styles.warnText : styles.textCenter, styles);
			}
			else {
				Cells.text(row, 4, NOT_THIS_PERIOD, styles.textCenter, styles);
			}
			Cells.text(row, 5, submission.fileName(), styles.text, styles);
			String warnings = String.join("\n", submission.warningsInFile());
			Cells.text(row, 7, warnings, styles.text, styles);
			row.setHeightInPoints(Math.max(20, Math.max(
					Math.max(Cells.heightFor(warnings, WIDTHS[7]), Cells.heightFor(refusals, WIDTHS[6])),
					Math.max(Cells.heightFor(submission.fileName(), WIDTHS[5]), Cells.heightFor(status, WIDTHS[1])))));
		}
		rowIndex = matrix(sheet, data, styles, rowIndex + 1);
		Cells.noteRow(sheet, styles, rowIndex + 1, "说明：按时＝报送日" + data.campaign().weeklyDueTime().getHour()
				+ "时前报送；逾期＝此后报送；沿用＝该期未报送，沿用以前报送的数据；"
				+ "退回＝该期所报文件未通过校验、已退回；未报送＝截至该期从未报送。报送日期、收到时间、是否逾期、文件名均指报表所用数据的那份文件；不是每周报送日的文件（阶段性进展、整体总结）不判断是否逾期。",
				HEADERS.size() - 1);
		Cells.row(sheet, rowIndex + 1).setHeightInPoints(34);
		sheet.createFreezePane(1, FIRST_CITY_ROW);
		Cells.printSetup(sheet, HEADER_ROW, HEADER_ROW);
	}

	/**
	 * The completeness matrix from {@code first}: a title row, a header of due dates and
	 * a row per city. Returns the row after it.
	 */
	private static int matrix(Sheet sheet, ReportData data, Styles styles, int first) {
		List<LocalDate> dueDates = data.reconciliation().dueDates();
		int last = Math.max(HEADERS.size() - 1, dueDates.size());
		Row title = Cells.row(sheet, first);
		title.setHeightInPoints(24);
		Cells.text(title, 0, MATRIX_TITLE, styles.note, styles);
		Cells.merge(sheet, first, first, 0, last, styles.note);
		if (dueDates.isEmpty()) {
			Cells.noteRow(sheet, styles, first + 1, "截至" + Cells.chineseDate(data.asOf()) + "尚无每周报送日。", last);
			return first + 2;
		}
		Row header = Cells.row(sheet, first + 1);
		header.setHeightInPoints(22);
		Cells.text(header, 0, "市级名称", styles.header, styles);
		for (int i = 0; i < dueDates.size(); i++) {
			Cells.text(header, i + 1, Cells.shortChineseDate(dueDates.get(i)), styles.header, styles);
		}
		int rowIndex = first + 2;
		for (CityReconciliation city : data.reconciliation().cities()) {
			Row row = Cells.row(sheet, rowIndex++);
			Cells.text(row, 0, city.city().name(), styles.textCenter, styles);
			for (int i = 0; i < dueDates.size(); i++) {
				SubmissionStatus status = city.completeness().get(dueDates.get(i));
				if (status == null) {
					Cells.blank(row, i + 1, styles.textCenter);
				}
				else {
					Cells.text(row, i + 1, status.label(), statusStyle(status, styles), styles);
				}
			}
		}
		return rowIndex;
	}

	static CellStyle statusStyle(SubmissionStatus status, Styles styles) {
		return switch (status) {
			case ON_TIME -> styles.textCenter;
			case LATE, CARRIED_FORWARD -> styles.warnText;
			case REFUSED -> styles.alertText;
			case NOT_SUBMITTED -> styles.missingText;
		};
	}

	/** The period's refused files: 文件（…收到）：reason；reason. */
	private static String refusals(List<CityRefusal> refusals, ReportData data) {
		List<String> lines = new ArrayList<>();
		for (CityRefusal refusal : refusals) {
			lines.add(refusal.fileName() + "（" + RECEIVED.format(refusal.receivedAt().atZone(data.campaign().zone()))
					+ "收到）：" + String.join("；", refusal.reasonsInFile()));
		}
		return String.join("\n", lines);
	}

}
