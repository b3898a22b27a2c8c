package org.chunfeng.report.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.intake.city.Metric;
import org.chunfeng.reconcile.CityReconciliation;

/**
 * 周环比: every figure of every city against the previous reporting date (the city's latest
 * submission on or before it), then the province's totals. A cumulative figure that went
 * down is filled.
 */
final class WeekOnWeekSheet {

	static final String NAME = "周环比";

	static final int HEADER_ROW = 2;

	static final int FIRST_ROW = 3;

	private static final int[] WIDTHS = { 11, 44, 16, 16, 14 };

	private WeekOnWeekSheet() {
	}

	static void write(Sheet sheet, ReportData data, Styles styles) {
		String subtitle = data.subtitle()
				+ data.previousDate().map((date) -> "　上期：截至" + Cells.chineseDate(date)).orElse("　（无上一报告日期，不作比较）");
		Cells.titleRows(sheet, styles, "各项数据周环比", subtitle, WIDTHS.length - 1);
		String previousHeader = data.previousDate()
			.map((date) -> "上期（截至" + Cells.shortChineseDate(date) + "）")
			.orElse("上期");
		List<String> headers = List.of("市级名称", "指标", previousHeader,
				"本期（截至" + Cells.shortChineseDate(data.asOf()) + "）", "增减");
		Row header = Cells.row(sheet, HEADER_ROW);
		header.setHeightInPoints(22);
		for (int i = 0; i < headers.size(); i++) {
			Cells.text(header, i, headers.get(i), styles.header, styles);
			Cells.width(sheet, i, WIDTHS[i]);
		}
		Map<Metric, BigDecimal> previousTotals = zeros();
		Map<Metric, BigDecimal> currentTotals = zeros();
		int rowIndex = FIRST_ROW;
		for (CityReconciliation city : data.reconciliation().cities()) {
			Optional<CitySubmission> previous = Optional.ofNullable(data.previous().get(city.city().code()));
			for (Metric metric : Metric.values()) {
				Optional<BigDecimal> before = previous.map((submission) -> submission.figure(metric));
				Optional<BigDecimal> now = city.submission().map((submission) -> submission.figure(metric));
				before.ifPresent((value) -> previousTotals.merge(metric, value, BigDecimal::add));
				now.ifPresent((value) -> currentTotals.merge(metric, value, BigDecimal::add));
				row(Cells.row(sheet, rowIndex++), city.city().name(), metric, before, now,
						data.previousDate().isPresent(), styles);
			}
		}
		boolean anyPrevious = !data.previous().isEmpty();
		for (Metric metric : Metric.values()) {
			row(Cells.row(sheet, rowIndex++), StatisticsSheet.TOTAL, metric,
					anyPrevious ? Optional.of(previousTotals.get(metric)) : Optional.empty(),
					Optional.of(currentTotals.get(metric)), data.previousDate().isPresent(), styles);
		}
		Cells.noteRow(sheet, styles, rowIndex + 1, "说明：各项数据为累计数，增减＝本期－上期；累计数比上期减少的以底色标出；合计为各期已报送各市之和。",
				WIDTHS.length - 1);
		sheet.createFreezePane(2, FIRST_ROW);
		Cells.printSetup(sheet, HEADER_ROW, HEADER_ROW);
	}

	private static void row(Row row, String name, Metric metric, Optional<BigDecimal> before, Optional<BigDecimal> now,
			boolean comparable, Styles styles) {
		boolean total = name.equals(StatisticsSheet.TOTAL);
		CellStyle number = metric.money() ? (total ? styles.totalMoney : styles.money)
				: (total ? styles.totalCount : styles.count);
		Cells.text(row, 0, name, total ? styles.totalText : styles.textCenter, styles);
		Cells.text(row, 1, metric.header(), styles.text, styles);
		if (before.isPresent()) {
			Cells.number(row, 2, before.get(), number);
		}
		else if (comparable) {
			Cells.text(row, 2, "未报送", styles.missingText, styles);
		}
		else {
			Cells.blank(row, 2, number);
		}
		if (now.isPresent()) {
			Cells.number(row, 3, now.get(), number);
		}
		else {
			Cells.text(row, 3, "未报送", styles.missingText, styles);
		}
		if (before.isPresent() && now.isPresent()) {
			BigDecimal change = now.get().subtract(before.get());
			CellStyle style = (change.signum() < 0) ? (metric.money() ? styles.warnMoney : styles.warnCount) : number;
			Cells.number(row, 4, change, style);
		}
		else {
			Cells.blank(row, 4, number);
		}
	}

	private static Map<Metric, BigDecimal> zeros() {
		Map<Metric, BigDecimal> values = new EnumMap<>(Metric.class);
		for (Metric metric : Metric.values()) {
			values.put(metric, BigDecimal.ZERO);
		}
		return values;
	}

}
