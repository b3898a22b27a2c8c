package org.chunfeng.report.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.chunfeng.intake.platform.PlatformRejection;

/**
 * 平台数据问题: the platform export rows that were not loaded, newest first, with file, line
 * and reason. Streamed: a wrong export can reject many rows.
 */
final class PlatformProblemsSheet {

	static final String NAME = "平台数据问题";

	static final int HEADER_ROW = 2;

	static final int FIRST_ROW = 3;

	static final List<String> HEADERS = List.of("文件", "行号", "活动编号", "原因", "记录时间");

	private static final int[] WIDTHS = { 36, 8, 18, 60, 18 };

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private PlatformProblemsSheet() {
	}

	static void write(Sheet sheet, ReportData data, Styles styles) {
		String summary;
		if (data.rejectedTotal() == 0 && data.rejections().isEmpty()) {
			summary = "平台导出数据无被拒绝的行";
		}
		else if (data.rejections().size() < data.rejectedTotal()) {
			summary = "共" + data.rejectedTotal() + "行未导入，以下为最近" + data.rejections().size() + "行";
		}
		else {
			summary = "共" + data.rejections().size() + "行未导入";
		}
		Cells.titleRows(sheet, styles, "平台导出数据问题（未导入的行）", data.subtitle() + "　" + summary, HEADERS.size() - 1);
		Cells.headerRow(sheet, styles, HEADER_ROW, HEADERS, WIDTHS);
		int rowIndex = FIRST_ROW;
		for (PlatformRejection rejection : data.rejections()) {
			Row row = sheet.createRow(rowIndex++);
			Cells.text(row, 0, rejection.file(), styles.text, styles);
			Cells.number(row, 1, rejection.line(), styles.count);
			Cells.text(row, 2, rejection.activityId(), styles.text, styles);
			Cells.text(row, 3, rejection.reason(), styles.text, styles);
			Cells.text(row, 4, (rejection.at() != null) ? AT.format(rejection.at().atZone(data.campaign().zone())) : "",
					styles.textCenter, styles);
		}
		sheet.createFreezePane(0, FIRST_ROW);
		Cells.printSetup(sheet, HEADER_ROW, HEADER_ROW);
	}

}
