package org.chunfeng.report.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
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
import org.chunfeng.reconcile.ReconciliationText;

/**
 * 周环比: every figure of every city as shown now against the previous reporting date (the
 * city's latest submission on or before it), then the totals over the cities with figures
 * in both. A cumulative figure that went down is filled. A city without new data for the
 * period has no change (—（未报送新数据）, never a 0 that reads as a quiet week), and the totals'
 * change says which cities it comes from.
 */
final class WeekOnWeekSheet {

	static final String NAME = "周环比";

	static final int HEADER_ROW = 2;

	static final int FIRST_ROW = 3;

	private static final int[] WIDTHS = { 11, 44, 19, 19, 19, 26 };

	/** The change of a city that sent nothing new for the period. */
	static final String NO_NEW_DATA = "—（未报送新数据）";

	private WeekOnWeekSheet() {
	}

	static void write(Sheet sheet, ReportData data, Styles styles) {
		String subtitle = data.subtitle()
				+ data.previousDate().map((date) -> "　上期：截至" + Cells.chineseDate(date)).orElse("　（无上一报送日，不作比较）");
		Cells.titleRows(sheet, styles, "各项数据周环比", subtitle, WIDTHS.length - 1);
		String previousHeader = data.previousDate()
			.map((date) -> "上期（截至" + Cells.shortChineseDate(date) + "）")
			.orElse("上期");
		List<String> headers = List.of("市级名称", "指标", previousHeader,
				"本期（截至" + Cells.shortChineseDate(data.asOf()) + "）", "增减", "说明");
		Row header = Cells.row(sheet, HEADER_ROW);
		header.setHeightInPoints(34);
		for (int i = 0; i < headers.size(); i++) {
			Cells.text(header, i, headers.get(i), styles.header, styles);
			Cells.width(sheet, i, WIDTHS[i]);
		}
		// totals only over the cities with figures in both periods, so that a city
		// missing in one of them does not show as a rise or a fall
		Map<Metric, BigDecimal> previousTotals = zeros();
		Map<Metric, BigDecimal> currentTotals = zeros();
		List<String> inBoth = new ArrayList<>();
		// the cities whose change is a change: figures in both periods, from different
		// files
		List<String> changed = new ArrayList<>();
		List<String> unchanged = new ArrayList<>();
		int rowIndex = FIRST_ROW;
		for (CityReconciliation city : data.reconciliation().cities()) {
			Optional<CitySubmission> previous = Optional.ofNullable(data.previous().get(city.city().code()));
			boolean both = previous.isPresent() && city.hasFigures();
			boolean noNewData = data.previousDate().isPresent() && !city.submitted()
					&& !(both && previous.get().id() != city.submission().get().id());
			if (both) {
				inBoth.add(city.city().name());
				(noNewData ? unchanged : changed).add(city.city().name());
			}
			String note = note(city, previous, data.previousDate().isPresent());
			int firstRow = rowIndex;
			for (Metric metric : Metric.values()) {
				Optional<BigDecimal> before = previous.map((submission) -> submission.figure(metric));
				Optional<BigDecimal> now = city.figure(metric);
				if (both) {
					previousTotals.merge(metric, before.get(), BigDecimal::add);
					currentTotals.merge(metric, now.get(), BigDecimal::add);
				}
				Row row = Cells.row(sheet, rowIndex++);
				row(row, city.city().name(), metric, before, now, data.previousDate().isPresent(), styles);
				if (noNewData) {
					Cells.text(row, 4, NO_NEW_DATA, styles.missingText, styles);
				}
				boolean first = rowIndex - 1 == firstRow;
				Cells.text(row, 5, first ? note : "", styles.textTop, styles);
				if (first) {
					// in the block's first row, not merged over the block: a merged cell
					// split by a page break prints over the rows
					row.setHeightInPoints(Math.max(row.getHeightInPoints(), Cells.heightFor(note, WIDTHS[5])));
				}
			}
		}
		boolean comparable = data.previousDate().isPresent() && !inBoth.isEmpty();
		String totalChange = comparable ? totalChangeNote(changed, unchanged) : "";
		int firstTotalRow = rowIndex;
		for (Metric metric : Metric.values()) {
			Row row = Cells.row(sheet, rowIndex++);
			row(row, StatisticsSheet.TOTAL, metric,
					comparable ? Optional.of(previousTotals.get(metric)) : Optional.empty(),
					comparable ? Optional.of(currentTotals.get(metric)) : Optional.empty(), false, styles);
			if (comparable && changed.isEmpty()) {
				Cells.text(row, 4, NO_NEW_DATA, styles.missingText, styles);
			}
			boolean first = rowIndex - 1 == firstTotalRow;
			Cells.text(row, 5, first ? totalChange : "", styles.textTop, styles);
			if (first) {
				row.setHeightInPoints(Math.max(row.getHeightInPoints(), Cells.heightFor(totalChange, WIDTHS[5])));
			}
		}
		String totalNote = comparable ? "合计为两期均有数据的" + inBoth.size() + "市之和（" + String.join("、", inBoth) + "）"
				: "没有两期均有数据的城市，合计不作比较";
		String note = "说明：各项数据为累计数，增减＝本期－上期；累计数比上期减少的以底色标出；本期为各市截至" + Cells.shortChineseDate(data.asOf())
				+ "的最新数据（沿用的注明日期）；" + totalNote + "。";
		Row noteRow = Cells.row(sheet, rowIndex + 1);
		noteRow.setHeightInPoints(Math.max(20, Cells.heightFor(note, 120)));
		Cells.noteRow(sheet, styles, rowIndex + 1, note, WIDTHS.length - 1);
		sheet.createFreezePane(2, FIRST_ROW);
		Cells.printSetup(sheet, HEADER_ROW, HEADER_ROW);
	}

	/**
	 * What the totals' change covers: the cities with new figures; with none, that no
	 * city sent new data.
	 */
	static String totalChangeNote(List<String> changed, List<String> unchanged) {
		if (changed.isEmpty()) {
			return "增减：各市本期均未报送新数据";
		}
		String note = "增减为本期有新数据的" + changed.size() + "市之和（" + String.join("、", changed) + "）";
		return unchanged.isEmpty() ? note : note + "；" + String.join("、", unchanged) + "未报送新数据";
	}

	/** What the city's two columns are, when it is not two weeks of fresh figures. */
	private static String note(CityReconciliation city, Optional<CitySubmission> previous, boolean comparable) {
		List<String> notes = new ArrayList<>();
		if (!city.hasFigures()) {
			notes.add("本期" + ReconciliationText.status(city));
		}
		else if (city.carriedForward()) {
			notes.add("本期" + ReconciliationText.status(city));
		}
		if (comparable && previous.isEmpty()) {
			notes.add("上期未报送");
		}
		else if (previous.isPresent() && city.submission().isPresent()
				&& previous.get().id() == city.submission().get().id()) {
			notes.add("两期为同一份数据");
		}
		return String.join("；", notes);
	}

	private static void row(Row row, String name, Metric metric, Optional<BigDecimal> before, Optional<BigDecimal> now,
			boolean comparable, Styles styles) {
		boolean total = name.equals(StatisticsSheet.TOTAL);
		CellStyle number = metric.money() ? (total ? styles.totalMoney : styles.money)
				: (total ? styles.totalCount : styles.count);
		Cells.text(row, 0, name, total ? styles.totalText : styles.textCenter, styles);
		Cells.text(row, 1, metric.header(), styles.text, styles);
		row.setHeightInPoints(Math.max(16, Cells.heightFor(metric.header(), WIDTHS[1])));
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
		else if (total) {
			Cells.blank(row, 3, number);
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
