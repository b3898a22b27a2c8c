package org.chunfeng.report.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.reconcile.ReconciliationFixtures;
import org.chunfeng.reconcile.SubmissionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.chunfeng.report.internal.ReportWorkbooks.cell;
import static org.chunfeng.report.internal.ReportWorkbooks.merges;
import static org.chunfeng.report.internal.ReportWorkbooks.number;
import static org.chunfeng.report.internal.ReportWorkbooks.text;

/** 周环比 compares with the previous reporting date; 阶段进展 sums the phase items. */
class WeekOnWeekAndPhaseSheetsTests {

	@TempDir
	Path folder;

	private Sheet sheet(ReportData data, String name) {
		return ReportWorkbooks.written(data, List.of(name), this.folder).getSheet(name);
	}

	@Test
	void everyFigureAgainstThePreviousReportingDate() {
		Sheet sheet = sheet(ReportFixtures.data("春风行动开展情况统计表"), "周环比");

		assertThat(List.of(text(sheet, 2, 0), text(sheet, 2, 1), text(sheet, 2, 2), text(sheet, 2, 3),
				text(sheet, 2, 4), text(sheet, 2, 5)))
			.containsExactly("市级名称", "指标", "上期（截至2月22日）", "本期（截至2月29日）", "增减", "说明");
		assertThat(List.of(text(sheet, 3, 0), text(sheet, 3, 1))).containsExactly("太原市", "线上招聘会场次");
		assertThat(List.of(number(sheet, 3, 2), number(sheet, 3, 3), number(sheet, 3, 4))).containsExactly(10.0, 12.0,
				2.0);
		assertThat(text(sheet, 7, 1)).isEqualTo("签订就业协议（意向）人次");
		assertThat(List.of(number(sheet, 7, 2), number(sheet, 7, 3), number(sheet, 7, 4))).containsExactly(600.0, 530.0,
				-70.0);
		assertThat(cell(sheet, 7, 4).getCellStyle().getFillForegroundColor())
			.isEqualTo(IndexedColors.LIGHT_ORANGE.getIndex());
		assertThat(number(sheet, 19, 4)).isCloseTo(10.12, within(1e-9));
		assertThat(text(sheet, 20, 0)).isEqualTo("大同市");
		assertThat(text(sheet, 20, 2)).isEqualTo("未报送");
		assertThat(number(sheet, 20, 3)).isEqualTo(3.0);
		assertThat(cell(sheet, 20, 4).getCellType()).isEqualTo(CellType.BLANK);
		assertThat(text(sheet, 20, 5)).isEqualTo("上期未报送");
		// 忻州 carried forward: the same figures both weeks, said so beside its block
		int xinzhou = 3 + 8 * 17;
		assertThat(text(sheet, xinzhou, 0)).isEqualTo("忻州市");
		// no change for a city that sent nothing new: not a 0 that reads as a quiet week
		assertThat(List.of(number(sheet, xinzhou, 2), number(sheet, xinzhou, 3))).containsExactly(1.0, 1.0);
		assertThat(List.of(text(sheet, xinzhou, 4), text(sheet, xinzhou + 16, 4))).containsOnly("—（未报送新数据）");
		assertThat(text(sheet, xinzhou, 5)).isEqualTo("本期沿用2月22日数据；两期为同一份数据");
		// in the block's first row, not merged over the block (a page break would split
		// it)
		assertThat(merges(sheet)).doesNotContain("F" + (xinzhou + 1) + ":F" + (xinzhou + 17));
		assertThat(text(sheet, 3 + 9 * 17, 5)).isEqualTo("本期退回，沿用2月22日数据；两期为同一份数据");
		assertThat(text(sheet, 3 + 10 * 17, 0)).isEqualTo("吕梁市");
		assertThat(text(sheet, 3 + 9 * 17, 4)).isEqualTo("—（未报送新数据）");
		assertThat(text(sheet, 3 + 10 * 17, 3)).isEqualTo("未报送");
		assertThat(text(sheet, 3 + 10 * 17, 4)).isEqualTo("—（未报送新数据）");
		// 大同 sent this week, not the week before: no change, and not "no new data"
		assertThat(cell(sheet, 20 + 16, 4).getCellType()).isEqualTo(CellType.BLANK);
		int totals = 3 + 11 * 17;
		assertThat(text(sheet, totals, 0)).isEqualTo("合计");
		// over the cities with figures in both weeks: 太原, 忻州, 临汾
		assertThat(List.of(number(sheet, totals, 2), number(sheet, totals, 3), number(sheet, totals, 4)))
			.containsExactly(12.0, 14.0, 2.0);
		assertThat(text(sheet, totals, 5)).isEqualTo("增减为本期有新数据的1市之和（太原市）；忻州市、临汾市未报送新数据");
		assertThat(text(sheet, totals + 1, 5)).isEmpty();
		assertThat(text(sheet, totals + 18, 0)).endsWith("合计为两期均有数据的3市之和（太原市、忻州市、临汾市）。");
	}

	@Test
	void aWeekWithoutNewDataShowsNoChangeAndTheTotalsSaySo() {
		Reconciliation shown = ReportFixtures.reconciliation();
		List<CityReconciliation> carried = shown.cities()
			.stream()
			.map((city) -> city.hasFigures() ? new CityReconciliation(city.city(), SubmissionStatus.CARRIED_FORWARD,
					city.submission(), city.submission(), city.platform(), city.metrics(), city.counties(), List.of(),
					city.completeness()) : city)
			.toList();
		Reconciliation reconciliation = ReconciliationFixtures.reconciliation(ReportFixtures.AS_OF,
				ReconciliationFixtures.freshPlatform(), carried);
		Map<String, CitySubmission> previous = new HashMap<>();
		carried.forEach(
				(city) -> city.previous().ifPresent((shownBefore) -> previous.put(city.city().code(), shownBefore)));
		Sheet sheet = sheet(new ReportData("weekly", "春风行动开展情况统计表", ReconciliationFixtures.campaign2024(),
				reconciliation, Optional.of(ReportFixtures.PREVIOUS), previous, List.of(), 0, null), "周环比");

		assertThat(number(sheet, 3, 2)).isEqualTo(12.0);
		assertThat(number(sheet, 3, 3)).isEqualTo(12.0);
		assertThat(text(sheet, 3, 4)).isEqualTo("—（未报送新数据）");
		int totals = 3 + 11 * 17;
		assertThat(text(sheet, totals, 0)).isEqualTo("合计");
		assertThat(List.of(text(sheet, totals, 4), text(sheet, totals + 16, 4))).containsOnly("—（未报送新数据）");
		assertThat(text(sheet, totals, 5)).isEqualTo("增减：各市本期均未报送新数据");
	}

	@Test
	void withoutAPreviousReportingDateNothingIsCompared() {
		ReportData first = new ReportData("phase1", "春风行动春节前阶段性活动进展", ReconciliationFixtures.campaign2024(),
				ReportFixtures.reconciliation(), Optional.empty(), Map.of(), List.of(), 0, null);
		Sheet sheet = sheet(first, "周环比");

		assertThat(text(sheet, 1, 0)).isEqualTo("2024年春风行动春节前阶段性活动进展　截至2024年2月29日　（无上一报送日，不作比较）");
		assertThat(text(sheet, 2, 2)).isEqualTo("上期");
		assertThat(cell(sheet, 3, 2).getCellType()).isEqualTo(CellType.BLANK);
		assertThat(number(sheet, 3, 3)).isEqualTo(12.0);
		assertThat(cell(sheet, 3, 4).getCellType()).isEqualTo(CellType.BLANK);
	}

	@Test
	void phaseItemsPerCityWithCountsSummed() {
		Sheet sheet = sheet(ReportFixtures.data("春风行动第二次阶段性活动进展"), "阶段进展");

		assertThat(text(sheet, 2, 8)).isEqualTo("困难问题和意见建议");
		assertThat(
				List.of(text(sheet, 3, 0), text(sheet, 3, 1), text(sheet, 3, 2), text(sheet, 3, 7), text(sheet, 3, 8)))
			.containsExactly("太原市", "2月1日举行启动仪式", "每周两场", "包车返岗", "岗位匹配难");
		assertThat(List.of(number(sheet, 3, 3), number(sheet, 3, 4), number(sheet, 3, 5), number(sheet, 3, 6)))
			.containsExactly(1000.0, 200.0, 300.0, 5000.0);
		assertThat(text(sheet, 4, 1)).isEqualTo("未报送阶段进展情况");
		assertThat(merges(sheet)).contains("B5:I5", "B14:I14");
		assertThat(text(sheet, 11, 0)).isEqualTo("忻州市\n沿用2月22日数据");
		assertThat(text(sheet, 13, 1)).isEqualTo("未报送");
		assertThat(text(sheet, 14, 0)).isEqualTo("合计");
		assertThat(List.of(number(sheet, 14, 3), number(sheet, 14, 4), number(sheet, 14, 5), number(sheet, 14, 6)))
			.containsExactly(1000.0, 200.0, 300.0, 5000.0);
	}

}
