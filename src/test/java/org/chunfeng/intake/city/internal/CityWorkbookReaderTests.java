package org.chunfeng.intake.city.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chunfeng.intake.city.CityWorkbookFixtures;
import org.chunfeng.intake.city.CityWorkbookFixtures.Formula;
import org.chunfeng.intake.city.Metric;
import org.chunfeng.intake.city.PhaseProgress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chunfeng.intake.city.CityWorkbookFixtures.workbook;
import static org.chunfeng.intake.city.internal.ReaderHarness.allCounties;

/**
 * Reading the cities' workbooks as they really arrive, and the errors that refuse them.
 */
class CityWorkbookReaderTests {

	static final List<String> TAIYUAN_CODES = List.of("140105", "140106", "140107", "140108", "140109", "140110",
			"140121", "140122", "140123", "140181");

	@TempDir
	Path folder;

	ReaderHarness.Read read(CityWorkbookFixtures fixture) {
		return ReaderHarness.read(this.folder, "taiyuan.xlsx", fixture.bytes());
	}

	static BigDecimal n(String value) {
		return new BigDecimal(value);
	}

	@Test
	void readsOfficialLayoutWithExactFigures() {
		ReaderHarness.Read read = read(workbook().row("太原市", allCounties("太原市")));
		assertThat(read.errors()).isEmpty();
		assertThat(read.warnings()).isEmpty();
		CityWorkbookReader.CityRow row = read.row("太原市");
		assertThat(row.figures()).containsEntry(Metric.ONLINE_FAIRS, n("12"))
			.containsEntry(Metric.ONLINE_POSITIONS, n("3400"))
			.containsEntry(Metric.OFFLINE_FAIRS, n("8"))
			.containsEntry(Metric.OFFLINE_POSITIONS, n("5600"))
			.containsEntry(Metric.AGREEMENTS, n("900"))
			.containsEntry(Metric.TRANSPORT_TOTAL, n("300"))
			.containsEntry(Metric.BUS_COUNT, n("5"))
			.containsEntry(Metric.BUS_PASSENGERS, n("200"))
			.containsEntry(Metric.TRAIN_COUNT, n("1"))
			.containsEntry(Metric.TRAIN_PASSENGERS, n("100"))
			.containsEntry(Metric.FLIGHT_COUNT, n("0"))
			.containsEntry(Metric.FLIGHT_PASSENGERS, n("0"))
			.containsEntry(Metric.PROJECTS_PROMOTED, n("4"))
			.containsEntry(Metric.MENTOR_SESSIONS, n("60"))
			.containsEntry(Metric.VENUES_PROVIDED, n("3"))
			.containsEntry(Metric.RECRUITMENT_FUNDS_WAN, n("12.5"))
			.containsEntry(Metric.SUBSIDIES_WAN, n("230.75"));
		assertThat(row.countiesActive()).isEqualTo(TAIYUAN_CODES);
		assertThat(row.countiesInactive()).isEmpty();
		assertThat(read.workbook().sheetDate()).isNull();
		assertThat(read.workbook().phaseProgress()).isEmpty();
	}

	@Test
	void findsTableOnAnySheetBelowNotesWithoutTitle() {
		ReaderHarness.Read read = read(workbook().notesSheetFirst()
			.sheetName("Sheet1")
			.blankRowsAbove(6)
			.withoutTitle()
			.row("太原市", allCounties("太原市")));
		assertThat(read.errors()).isEmpty();
		assertThat(read.workbook().sheetName()).isEqualTo("Sheet1");
		assertThat(read.row("太原市").figures()).containsEntry(Metric.AGREEMENTS, n("900"));
	}

	@Test
	void readsOneRowHeaderWithColumnsInAnotherOrder() {
		ReaderHarness.Read read = read(workbook().oneRowHeader()
			.moveToEnd("online_fairs")
			.moveToEnd("subsidies_wan")
			.row("太原市", allCounties("太原市"), "online_fairs", 7, "subsidies_wan", 99));
		assertThat(read.errors()).isEmpty();
		assertThat(read.row("太原市").figures()).containsEntry(Metric.ONLINE_FAIRS, n("7"))
			.containsEntry(Metric.SUBSIDIES_WAN, n("99"))
			.containsEntry(Metric.ONLINE_POSITIONS, n("3400"));
	}

	@Test
	void matchesHeadersWithOtherBracketsSpacesLineBreaksAndExtraText() {
		ReaderHarness.Read read = read(workbook().header("city", "市 级\n名 称")
			.header("online_fairs", "线上招聘会\n场次（场）")
			.header("agreements", "签订就业协议(意向)人次")
			.header("train_count", "专列 (含包车厢)\r\n数量")
			.header("train_passengers", "专列(包车厢)运送人次")
			.header("recruitment_funds_wan", "用于开展各类招聘活动使用资金数量(单位:万元)")
			.header("subsidies_wan", "发放各类就业补贴数量（万元）")
			.header("active", "已开展的县(市、区)")
			.header("inactive", "未开展的县（市 、区）")
			.row("太原市", allCounties("太原市")));
		assertThat(read.errors()).isEmpty();
		assertThat(read.row("太原市").figures()).containsEntry(Metric.TRAIN_COUNT, n("1"))
			.containsEntry(Metric.TRAIN_PASSENGERS, n("100"))
			.containsEntry(Metric.SUBSIDIES_WAN, n("230.75"));
	}

	@Test
	void readsNumbersAsTextWithSeparatorsFullWidthDigitsFormulasAndBlanks() {
		ReaderHarness.Read read = read(workbook().row("太原市", allCounties("太原市"), "online_fairs", "１２",
				"online_positions", "3,400", "offline_fairs", " 8 ", "offline_positions", "５，６００", "bus_passengers",
				new Formula("150+50"), "transport_total", new Formula("H5*0+300"), "flight_count", null,
				"flight_passengers", "", "mentor_sessions", "—", "recruitment_funds_wan", "12.50", "subsidies_wan",
				new Formula("0.1+0.2")));
		assertThat(read.errors()).isEmpty();
		assertThat(read.row("太原市").figures()).containsEntry(Metric.ONLINE_FAIRS, n("12"))
			.containsEntry(Metric.ONLINE_POSITIONS, n("3400"))
			.containsEntry(Metric.OFFLINE_FAIRS, n("8"))
			.containsEntry(Metric.OFFLINE_POSITIONS, n("5600"))
			.containsEntry(Metric.BUS_PASSENGERS, n("200"))
			.containsEntry(Metric.TRANSPORT_TOTAL, n("300"))
			.containsEntry(Metric.FLIGHT_COUNT, n("0"))
			.containsEntry(Metric.FLIGHT_PASSENGERS, n("0"))
			.containsEntry(Metric.MENTOR_SESSIONS, n("0"))
			.containsEntry(Metric.RECRUITMENT_FUNDS_WAN, n("12.5"))
			.containsEntry(Metric.SUBSIDIES_WAN, n("0.3"));
	}

	@Test
	void rejectsTextThatIsNotANumber() {
		ReaderHarness.Read read = read(workbook().row("太原市", allCounties("太原市"), "online_positions", "十二场"));
		assertThat(read.errors()).containsExactly("taiyuan.xlsx 统计表!C5: '十二场' 不是数字，线上招聘会提供就业岗位数量应填阿拉伯数字");
	}

	@Test
	void rejectsNegativeValue() {
		ReaderHarness.Read read = read(workbook().row("太原市", allCounties("太原市"), "offline_fairs", -3));
		assertThat(read.errors()).containsExactly("taiyuan.xlsx 统计表!D5: '-3' 是负数，线下招聘会场次不能小于0");
	}

	@Test
	void rejectsFractionInCountColumn() {
		ReaderHarness.Read read = read(workbook().row("太原市", allCounties("太原市"), "online_fairs", "2.5"));
		assertThat(read.errors()).containsExactly("taiyuan.xlsx 统计表!B5: '2.5' 不是整数，线上招聘会场次应填整数");
	}

	@Test
	void rejectsMoneyWithMoreThanFourDecimalsAndAcceptsFour() {
		ReaderHarness.Read refused = read(
				workbook().row("太原市", allCounties("太原市"), "recruitment_funds_wan", "1.23456"));
		assertThat(refused.errors())
			.containsExactly("taiyuan.xlsx 统计表!Q5: '1.23456' 小数超过4位，用于开展各类招聘活动使用资金数量（单位：万元）最多保留4位小数");
		ReaderHarness.Read accepted = read(workbook().row("太原市", allCounties("太原市"), "subsidies_wan", 1.2345));
		assertThat(accepted.errors()).isEmpty();
		assertThat(accepted.row("太原市").figures()).containsEntry(Metric.SUBSIDIES_WAN, n("1.2345"));
	}

	@Test
	void rejectsMissingColumnsListingThem() {
		ReaderHarness.Read read = read(
				workbook().withoutColumn("agreements").withoutColumn("inactive").row("太原市", allCounties("太原市")));
		assertThat(read.errors()).containsExactly("taiyuan.xlsx 统计表: 缺少必填列：签订就业协议（意向）人次、未开展的县（市、区）");
	}

	@Test
	void rejectsWorkbookWithoutTable() {
		ReaderHarness.Read read = read(workbook().header("city", "名单").row("太原市", allCounties("太原市")));
		assertThat(read.errors()).containsExactly("taiyuan.xlsx: 没有找到统计表：任何工作表中都没有“市级名称”表头，请使用通知附件的表格格式");
	}

	@Test
	void takesCityNamesWithOrWithoutShi() {
		ReaderHarness.Read read = read(workbook().row("太原", allCounties("太原市"))
			.row(" 大同 市", allCounties("大同市"))
			.row("朔州市人社局", allCounties("朔州市")));
		assertThat(read.errors()).isEmpty();
		assertThat(read.rows()).containsOnlyKeys("太原市", "大同市", "朔州市");
	}

	@Test
	void refusesUnknownCityRowOnly() {
		ReaderHarness.Read read = read(workbook().row("太原市", allCounties("太原市")).row("太元市", allCounties("太原市")));
		assertThat(read.errors()).containsExactly("taiyuan.xlsx 统计表!A6: '太元市' 不是本省的市（市级名称填写有误）");
		assertThat(read.rows()).containsOnlyKeys("太原市");
	}

	@Test
	void splitsCountyListsOnEverySeparatorAndShortNames() {
		ReaderHarness.Read read = read(workbook().row("太原市", "小店区、迎泽，杏花岭,尖草坪；万柏林;晋源 清徐县\n阳曲县 娄烦县　古交市。"));
		assertThat(read.warnings()).isEmpty();
		assertThat(read.row("太原市").countiesActive()).isEqualTo(TAIYUAN_CODES);
	}

	@Test
	void takesNoneMarkersAsEmptyCountyList() {
		for (String none : List.of("无", "—", "空", "-", " ", "")) {
			ReaderHarness.Read read = read(workbook().row("太原市", allCounties("太原市"), "inactive", none));
			assertThat(read.row("太原市").countiesInactive()).as(none).isEmpty();
			assertThat(read.warnings()).as(none).isEmpty();
		}
	}

	@Test
	void resolvesChengquByItsCity() {
		ReaderHarness.Read read = read(
				workbook().row("阳泉市", "城区、矿区、郊区、平定、盂县").row("晋城", "城区、沁水、阳城县、陵川、泽州", "inactive", "高平"));
		assertThat(read.errors()).isEmpty();
		assertThat(read.warnings()).isEmpty();
		assertThat(read.row("阳泉市").countiesActive()).containsExactly("140302", "140303", "140311", "140321", "140322");
		assertThat(read.row("晋城市").countiesActive()).containsExactly("140502", "140521", "140522", "140524", "140525");
		assertThat(read.row("晋城市").countiesInactive()).containsExactly("140581");
	}

	@Test
	void warnsAboutUnknownCounty() {
		ReaderHarness.Read read = read(workbook().row("太原市", allCounties("太原市") + "、某某县"));
		assertThat(read.warnings()).containsExactly("taiyuan.xlsx 统计表!S5: '某某县' 不是太原市的县（市、区）");
	}

	@Test
	void warnsAboutAnotherCitysCounty() {
		ReaderHarness.Read read = read(workbook().row("太原市", allCounties("太原市"), "inactive", "平遥县"));
		assertThat(read.warnings()).containsExactly("taiyuan.xlsx 统计表!T5: '平遥县' 是晋中市的县（市、区），不属于太原市");
	}

	@Test
	void warnsAboutCountyInBothLists() {
		ReaderHarness.Read read = read(workbook().row("太原市", allCounties("太原市"), "inactive", "清徐"));
		assertThat(read.warnings()).containsExactly("taiyuan.xlsx 统计表!S5:T5: '清徐县' 同时列在已开展和未开展的县（市、区）中");
	}

	@Test
	void warnsAboutCountiesLeftOut() {
		ReaderHarness.Read read = read(workbook().row("太原市", "小店区、迎泽区、杏花岭区、尖草坪区、万柏林区、晋源区、清徐县", "inactive", "娄烦县"));
		assertThat(read.warnings()).containsExactly("taiyuan.xlsx 统计表!S5:T5: 太原市有2个县（市、区）既未列入已开展也未列入未开展：阳曲县、古交市");
	}

	@Test
	void warnsWhenTransportTotalIsNotTheSumOfPassengers() {
		ReaderHarness.Read read = read(workbook().row("太原市", allCounties("太原市"), "transport_total", 350));
		assertThat(read.warnings()).containsExactly("taiyuan.xlsx 统计表!G5: 合计运送人次 '350' 不等于专车、专列、包机运送人次之和 300");
	}

	@Test
	void warnsAboutVehiclesWithoutPassengersAndTheReverse() {
		ReaderHarness.Read read = read(workbook().row("太原市", allCounties("太原市"), "transport_total", 200,
				"train_passengers", 0, "flight_passengers", 0, "flight_count", 0, "bus_count", 0, "bus_passengers", 200,
				"train_count", 2));
		assertThat(read.warnings()).containsExactly("taiyuan.xlsx 统计表!H5: 专车运送人次为 200，但专车数量为 0",
				"taiyuan.xlsx 统计表!K5: 专列（含包车厢）数量为 2，但专列（含包车厢）运送人次为 0");
	}

	@Test
	void warnsAboutPositionsWithoutFairs() {
		ReaderHarness.Read read = read(workbook().row("太原市", allCounties("太原市"), "online_fairs", 0, "offline_fairs", 0,
				"offline_positions", 0));
		assertThat(read.warnings()).containsExactly("taiyuan.xlsx 统计表!B5: 线上招聘会提供就业岗位数量为 3400，但线上招聘会场次为 0");
	}

	@Test
	void readsSeveralCitiesWithMatchingTotalRow() {
		Map<String, Object> total = CityWorkbookFixtures.consistentRow("合计", "");
		total.replaceAll((key, value) -> (value instanceof Number number) ? number.doubleValue() * 2 : value);
		total.put("city", "合计");
		ReaderHarness.Read read = read(
				workbook().row("太原市", allCounties("太原市")).row("大同市", allCounties("大同市")).row(total));
		assertThat(read.errors()).isEmpty();
		assertThat(read.warnings()).isEmpty();
		assertThat(read.rows()).containsOnlyKeys("太原市", "大同市");
	}

	@Test
	void warnsWhenTotalRowIsNotTheSum() {
		Map<String, Object> total = CityWorkbookFixtures.consistentRow("合 计", "");
		total.replaceAll((key, value) -> (value instanceof Number number) ? number.doubleValue() * 2 : value);
		total.put("city", "合 计");
		total.put("agreements", 1000);
		ReaderHarness.Read read = read(
				workbook().row("太原市", allCounties("太原市")).row("大同市", allCounties("大同市")).row(total));
		assertThat(read.warnings()).containsExactly("taiyuan.xlsx 统计表!F7: 合计行签订就业协议（意向）人次 '1000' 不等于各市之和 1800");
	}

	@Test
	void countsSameCityTwiceWithSameFiguresOnce() {
		ReaderHarness.Read read = read(workbook().row("太原市", allCounties("太原市")).row("太原", allCounties("太原市")));
		assertThat(read.errors()).isEmpty();
		assertThat(read.workbook().rows()).hasSize(1);
	}

	@Test
	void refusesSameCityTwiceWithDifferentFiguresButNotTheOtherCities() {
		ReaderHarness.Read read = read(workbook().row("太原市", allCounties("太原市"))
			.row("大同市", allCounties("大同市"))
			.row("太原市", allCounties("太原市"), "agreements", 901));
		assertThat(read.errors()).containsExactly("taiyuan.xlsx 统计表!A7: '太原市' 出现了2次（A5、A7），数字不一致，请只保留一行");
		assertThat(read.row("大同市").errors()).isEmpty();
	}

	@Test
	void refusesOnlyTheBadCitysRowAmongSeveral() {
		ReaderHarness.Read read = read(
				workbook().row("太原市", allCounties("太原市"), "agreements", "九百").row("大同市", allCounties("大同市")));
		assertThat(read.errors()).containsExactly("taiyuan.xlsx 统计表!F5: '九百' 不是数字，签订就业协议（意向）人次应填阿拉伯数字");
		assertThat(read.row("太原市").errors()).hasSize(1);
		assertThat(read.row("大同市").errors()).isEmpty();
	}

	@Test
	void readsReportingDateInEveryFormat() {
		Map<Object, LocalDate> dates = Map.of("2024-02-29", LocalDate.of(2024, 2, 29), "2024/2/29",
				LocalDate.of(2024, 2, 29), "2024年3月7日", LocalDate.of(2024, 3, 7), "2024.3.14",
				LocalDate.of(2024, 3, 14), "２０２４年３月２１日", LocalDate.of(2024, 3, 21),
				java.sql.Date.valueOf(LocalDate.of(2024, 3, 28)), LocalDate.of(2024, 3, 28), "3月7日",
				LocalDate.of(2024, 3, 7));
		dates.forEach((value, expected) -> {
			ReaderHarness.Read read = read(workbook().reportingDate(value).row("太原市", allCounties("太原市")));
			assertThat(read.workbook().sheetDate()).as(value.toString()).isEqualTo(expected);
		});
	}

	@Test
	void readsPhaseProgressSheet() {
		ReaderHarness.Read read = read(workbook().row("太原市", allCounties("太原市"))
			.phaseProgress("启动仪式情况", "1月25日在迎泽区举行", "活动计划安排", "每周一场", "返乡人数", "12,000", "留岗人数", 300.0, "返岗人数", 8000,
					"外出务工人数", "５０００", "主要措施", "送岗位上门", "困难问题和意见建议", "无"));
		assertThat(read.errors()).isEmpty();
		assertThat(read.workbook().phaseProgress())
			.contains(new PhaseProgress("1月25日在迎泽区举行", "每周一场", 12000L, 300L, 8000L, 5000L, "送岗位上门", "无"));
	}

	@Test
	void readsABlankPhaseCountAsUnfilledNotZero() {
		ReaderHarness.Read read = read(
				workbook().row("太原市", allCounties("太原市")).phaseProgress("返乡人数", 1200, "留岗人数", "", "主要措施", "送岗位上门"));
		assertThat(read.errors()).isEmpty();
		assertThat(read.workbook().phaseProgress())
			.contains(new PhaseProgress("", "", 1200L, null, null, null, "送岗位上门", ""));
	}

	@Test
	void rejectsBadCountInPhaseProgress() {
		ReaderHarness.Read read = read(workbook().row("太原市", allCounties("太原市")).phaseProgress("返乡人数", "约一万"));
		assertThat(read.errors()).containsExactly("taiyuan.xlsx 阶段进展!B2: '约一万' 不是数字");
	}

	@Test
	void readsXlsWorkbook() {
		ReaderHarness.Read read = ReaderHarness.read(this.folder, "datong.xls",
				workbook().xls()
					.reportingDate("2024年2月29日")
					.row("大同", allCounties("大同市"), "online_positions", "1,200")
					.bytes());
		assertThat(read.errors()).isEmpty();
		assertThat(read.warnings()).isEmpty();
		assertThat(read.row("大同市").figures()).containsEntry(Metric.ONLINE_POSITIONS, n("1200"));
		assertThat(read.workbook().sheetDate()).isEqualTo(LocalDate.of(2024, 2, 29));
	}

}
