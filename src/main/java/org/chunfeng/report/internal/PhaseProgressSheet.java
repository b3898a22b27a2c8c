package org.chunfeng.report.internal;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.chunfeng.intake.city.PhaseProgress;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.report.DraftOutline;

/**
 * 阶段进展: the items the notice asks for in the phase reports, per city; the counts summed
 * in 合计 over the cities that filled them in, the texts as the cities wrote them. A count
 * left blank is 未填, a city without 阶段进展 (of this stage) says so: never a 0.
 */
final class PhaseProgressSheet {

	static final String NAME = "阶段进展";

	static final int HEADER_ROW = 2;

	static final int FIRST_CITY_ROW = 3;

	static final List<String> HEADERS = List.of("市级名称", "启动仪式情况", "活动计划安排", "返乡人数", "留岗人数", "返岗人数", "外出务工人数", "主要措施",
			"困难问题和意见建议");

	private static final int TEXT_WIDTH = 30;

	private static final int[] WIDTHS = { 11, TEXT_WIDTH, TEXT_WIDTH, 10, 10, 10, 12, TEXT_WIDTH, TEXT_WIDTH };

	/** The note spans the whole table: roughly the sum of its column widths. */
	private static final int NOTE_WIDTH = 160;

	private PhaseProgressSheet() {
	}

	static void write(Sheet sheet, ReportData data, Styles styles) {
		int last = HEADERS.size() - 1;
		StageBuilder stage = StageBuilder.progress(data.reconciliation(), data.campaign(), data.outline());
		Cells.titleRows(sheet, styles, "各市阶段性活动进展", data.subtitle(), last);
		Cells.headerRow(sheet, styles, HEADER_ROW, HEADERS, WIDTHS);
		long[] totals = new long[4];
		boolean[] any = new boolean[4];
		int rowIndex = FIRST_CITY_ROW;
		for (CityReconciliation city : data.reconciliation().cities()) {
			int index = rowIndex++;
			Row row = Cells.row(sheet, index);
			Cells.text(row, 0, StatisticsSheet.cityLabel(city),
					city.carriedForward() ? styles.warnText : styles.textCenter, styles);
			PhaseProgress progress = stage.progress(city).orElse(null);
			if (progress == null) {
				Cells.text(row, 1, city.hasFigures() ? "未报送" + stage.progressName() : StatisticsSheet.missingText(city),
						styles.missingText, styles);
				Cells.merge(sheet, index, index, 1, last, styles.missingText);
				row.setHeightInPoints(Math.max(20, Cells.heightFor(StatisticsSheet.cityLabel(city), WIDTHS[0])));
				continue;
			}
			String[] texts = { progress.launchCeremony(), progress.activityPlan(), progress.measures(),
					progress.problems() };
			Cells.text(row, 1, texts[0], styles.text, styles);
			Cells.text(row, 2, texts[1], styles.text, styles);
			for (int i = 0; i < DraftOutline.PHASE_COUNTS.size(); i++) {
				Long value = StageBuilder.count(progress, DraftOutline.PHASE_COUNTS.get(i));
				if (value == null) {
					Cells.text(row, 3 + i, StageBuilder.BLANK, styles.missingText, styles);
				}
				else {
					totals[i] += value;
					any[i] = true;
					Cells.number(row, 3 + i, value, styles.count);
				}
			}
			Cells.text(row, 7, texts[2], styles.text, styles);
			Cells.text(row, 8, texts[3], styles.text, styles);
			float height = Math.max(20, Cells.heightFor(StatisticsSheet.cityLabel(city), WIDTHS[0]));
			for (String text : texts) {
				height = Math.max(height, Cells.heightFor(text, TEXT_WIDTH));
			}
			row.setHeightInPoints(height);
		}
		Row total = Cells.row(sheet, rowIndex);
		total.setHeightInPoints(20);
		Cells.text(total, 0, StatisticsSheet.TOTAL, styles.totalText, styles);
		Cells.blank(total, 1, styles.totalText);
		Cells.blank(total, 2, styles.totalText);
		for (int i = 0; i < totals.length; i++) {
			if (any[i]) {
				Cells.number(total, 3 + i, totals[i], styles.totalCount);
			}
			else {
				Cells.text(total, 3 + i, "—", styles.totalText, styles);
			}
		}
		Cells.blank(total, 7, styles.totalText);
		Cells.blank(total, 8, styles.totalText);
		String note = "说明：人数合计为填报该项的城市之和，未填的不计入。" + String.join("", stage.countSentences(DraftOutline.PHASE_COUNTS));
		Row noteRow = Cells.row(sheet, rowIndex + 2);
		noteRow.setHeightInPoints(Math.max(20, Cells.heightFor(note, NOTE_WIDTH)));
		Cells.noteRow(sheet, styles, rowIndex + 2, note, last);
		sheet.createFreezePane(1, FIRST_CITY_ROW);
		Cells.printSetup(sheet, HEADER_ROW, HEADER_ROW);
	}

}
