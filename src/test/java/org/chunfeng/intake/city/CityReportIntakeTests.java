package org.chunfeng.intake.city;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chunfeng.DatabaseCleaner;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chunfeng.intake.city.CityWorkbookFixtures.workbook;

/**
 * Storage of city workbooks: all or nothing, history, duplicates, lateness, the reporting
 * date, refusals per city.
 */
@SpringBootTest
class CityReportIntakeTests {

	static final String TAIYUAN = "小店区、迎泽区、杏花岭区、尖草坪区、万柏林区、晋源区、清徐县、阳曲县、娄烦县、古交市";

	static final String DATONG = "平城区、云冈区、新荣区、云州区、阳高县、天镇县、广灵县、灵丘县、浑源县、左云县";

	static final LocalDate FEB_22 = LocalDate.of(2024, 2, 22);

	static final LocalDate FEB_29 = LocalDate.of(2024, 2, 29);

	@Autowired
	CityReportIntake intake;

	@Autowired
	CitySubmissions submissions;

	@Autowired
	CityRefusals refusals;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path folder;

	@BeforeEach
	void clean() {
		DatabaseCleaner.clean(this.jdbc);
	}

	static Instant shanghai(String dateTime) {
		return LocalDateTime.parse(dateTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
	}

	CityImportResult importFile(String name, CityWorkbookFixtures fixture, LocalDate date, String received) {
		Path file = fixture.writeTo(this.folder, name);
		return this.intake.importFile(file, name, date, shanghai(received));
	}

	int submissionCount() {
		return this.jdbc.queryForObject("select count(*) from city_submission", Integer.class);
	}

	@Test
	void storesAcceptedSubmissionOnTime() {
		CityImportResult result = importFile("taiyuan.xlsx", workbook().row("太原市", TAIYUAN), FEB_29,
				"2024-02-29T17:59:00");
		assertThat(result.refused()).isFalse();
		assertThat(result.duplicate()).isFalse();
		assertThat(result.acceptedCities()).containsExactly("太原市");
		assertThat(result.reportingDate()).isEqualTo(FEB_29);
		CitySubmission submission = this.submissions.current("1401", FEB_29).orElseThrow();
		assertThat(submission.cityName()).isEqualTo("太原市");
		assertThat(submission.late()).isFalse();
		assertThat(submission.receivedAt()).isEqualTo(shanghai("2024-02-29T17:59:00"));
		assertThat(submission.fileName()).isEqualTo("taiyuan.xlsx");
		assertThat(submission.figure(Metric.ONLINE_POSITIONS)).isEqualTo(new BigDecimal("3400"));
		assertThat(submission.figure(Metric.SUBSIDIES_WAN)).isEqualTo(new BigDecimal("230.75"));
		assertThat(submission.countiesActive()).hasSize(10).startsWith("140105").endsWith("140181");
		assertThat(submission.countiesInactive()).isEmpty();
		assertThat(submission.warnings()).isEmpty();
		assertThat(submission.phaseProgress()).isEmpty();
		assertThat(this.submissions.recentImports(5)).singleElement()
			.satisfies((imported) -> assertThat(imported.acceptedCities()).containsExactly("太原市"));
	}

	@Test
	void marksSubmissionAfterSixInTheEveningLate() {
		importFile("taiyuan.xlsx", workbook().row("太原市", TAIYUAN), FEB_29, "2024-02-29T18:00:01");
		assertThat(this.submissions.current("1401", FEB_29).orElseThrow().late()).isTrue();
	}

	@Test
	void newerSubmissionSupersedesAndHistoryIsKept() {
		importFile("taiyuan.xlsx", workbook().row("太原市", TAIYUAN), FEB_29, "2024-02-28T10:00:00");
		importFile("taiyuan-v2.xlsx", workbook().row("太原市", TAIYUAN, "agreements", 950), FEB_29, "2024-02-29T10:00:00");
		CitySubmission current = this.submissions.current("1401", FEB_29).orElseThrow();
		assertThat(current.figure(Metric.AGREEMENTS)).isEqualTo(new BigDecimal("950"));
		assertThat(current.fileName()).isEqualTo("taiyuan-v2.xlsx");
		assertThat(submissionCount()).isEqualTo(2);
		assertThat(this.submissions.latestOnOrBefore("1401", LocalDate.of(2024, 3, 6)).orElseThrow().id())
			.isEqualTo(current.id());
	}

	@Test
	void sameBytesImportedTwiceIsANoOp() throws Exception {
		Path file = workbook().row("太原市", TAIYUAN).writeTo(this.folder, "taiyuan.xlsx");
		this.intake.importFile(file, "taiyuan.xlsx", FEB_29, shanghai("2024-02-29T10:00:00"));
		Path copy = Files.copy(file, this.folder.resolve("taiyuan (1).xlsx"));
		CityImportResult second = this.intake.importFile(copy, "taiyuan (1).xlsx", FEB_29,
				shanghai("2024-02-29T11:00:00"));
		assertThat(second.duplicate()).isTrue();
		assertThat(second.refused()).isFalse();
		assertThat(second.acceptedCities()).isEmpty();
		assertThat(submissionCount()).isEqualTo(1);
		assertThat(this.submissions.current("1401", FEB_29).orElseThrow().fileName()).isEqualTo("taiyuan.xlsx");
		assertThat(this.submissions.recentImports(5)).extracting(CityImportResult::duplicate)
			.containsExactly(true, false);
	}

	@Test
	void refusedFileLeavesSubmissionsUnchanged() {
		importFile("taiyuan.xlsx", workbook().row("太原市", TAIYUAN), FEB_29, "2024-02-29T10:00:00");
		List<Map<String, Object>> before = this.jdbc.queryForList("select * from city_submission order by id");
		CityImportResult result = importFile("taiyuan-bad.xlsx",
				workbook().row("太原市", TAIYUAN, "online_positions", "十二场", "agreements", 999), FEB_29,
				"2024-02-29T11:00:00");
		assertThat(result.errors()).containsExactly("taiyuan-bad.xlsx 统计表!C5: '十二场' 不是数字，线上招聘会提供就业岗位数量应填阿拉伯数字");
		assertThat(result.acceptedCities()).isEmpty();
		assertThat(this.jdbc.queryForList("select * from city_submission order by id")).isEqualTo(before);
		assertThat(this.submissions.current("1401", FEB_29).orElseThrow().figure(Metric.AGREEMENTS))
			.isEqualTo(new BigDecimal("900"));
		assertThat(this.submissions.recentImports(1).get(0).errors())
			.containsExactly("taiyuan-bad.xlsx 统计表!C5: '十二场' 不是数字，线上招聘会提供就业岗位数量应填阿拉伯数字");
	}

	@Test
	void unreadableFileIsRecordedAsRefused() throws Exception {
		Path file = Files.writeString(this.folder.resolve("notes.xlsx"), "not a workbook");
		CityImportResult result = this.intake.importFile(file, "notes.xlsx", FEB_29, shanghai("2024-02-29T10:00:00"));
		assertThat(result.errors()).singleElement().asString().startsWith("notes.xlsx: 不是Excel工作簿");
		assertThat(submissionCount()).isZero();
		assertThat(this.submissions.recentImports(1).get(0).refused()).isTrue();
	}

	@Test
	void acceptsTheGoodCitiesOfAWorkbookWithABadRow() {
		CityImportResult result = importFile("cities.xlsx",
				workbook().row("太原市", TAIYUAN, "offline_fairs", -1).row("大同市", DATONG), FEB_29, "2024-02-29T10:00:00");
		assertThat(result.acceptedCities()).containsExactly("大同市");
		assertThat(result.errors()).containsExactly("cities.xlsx 统计表!D5: '-1' 是负数，线下招聘会场次不能小于0");
		assertThat(this.submissions.current("1401", FEB_29)).isEmpty();
		assertThat(this.submissions.current("1402", FEB_29)).isPresent();
	}

	@Test
	void warnsWhenCumulativeFigureIsLowerThanLastWeek() {
		importFile("taiyuan-0222.xlsx", workbook().row("太原市", TAIYUAN), FEB_22, "2024-02-22T10:00:00");
		CityImportResult result = importFile("taiyuan-0229.xlsx", workbook().row("太原市", TAIYUAN, "agreements", 800),
				FEB_29, "2024-02-29T10:00:00");
		String warning = "taiyuan-0229.xlsx 统计表!F5: 签订就业协议（意向）人次 '800' 低于上次报送（2024-02-22）的 900，累计数不应减少";
		assertThat(result.warnings()).containsExactly(warning);
		assertThat(this.submissions.current("1401", FEB_29).orElseThrow().warnings()).containsExactly(warning);
	}

	@Test
	void takesReportingDateFromTheSheetForItsWeek() {
		CityImportResult result = importFile("taiyuan.xlsx", workbook().reportingDate("2024年2月28日").row("太原市", TAIYUAN),
				null, "2024-02-28T10:00:00");
		assertThat(result.reportingDate()).isEqualTo(FEB_29);
		assertThat(this.submissions.current("1401", FEB_29)).isPresent();
		CityImportResult exact = importFile("datong.xlsx",
				workbook().reportingDate(java.sql.Date.valueOf(FEB_22)).row("大同市", DATONG), null,
				"2024-02-22T10:00:00");
		assertThat(exact.reportingDate()).isEqualTo(FEB_22);
	}

	@Test
	void flagOverridesTheSheetsDate() {
		CityImportResult result = importFile("taiyuan.xlsx", workbook().reportingDate("2024-02-22").row("太原市", TAIYUAN),
				FEB_29, "2024-02-28T10:00:00");
		assertThat(result.reportingDate()).isEqualTo(FEB_29);
	}

	@Test
	void storesPhaseProgressWithABlankCountAsUnfilledNotZero() {
		importFile("taiyuan.xlsx",
				workbook().row("太原市", TAIYUAN)
					.phaseProgress("启动仪式情况", "已举行", "返乡人数", 1200, "留岗人数", "", "返岗人数", 800, "外出务工人数", 0),
				FEB_29, "2024-02-29T10:00:00");
		assertThat(this.submissions.current("1401", FEB_29).orElseThrow().phaseProgress())
			.contains(new PhaseProgress("已举行", "", 1200L, null, 800L, 0L, "", ""));
	}

	@Test
	void aSheetDateBeforeTheWeeklyReportsStaysAsItIsAndWithoutOneTheReceiptDayDecides() {
		CityImportResult phase = importFile("taiyuan.xlsx", workbook().reportingDate("2024年2月1日").row("太原市", TAIYUAN),
				null, "2024-02-01T10:00:00");
		CityImportResult undated = importFile("datong.xlsx", workbook().row("大同市", DATONG), null,
				"2024-03-01T10:00:00");

		assertThat(phase.reportingDate()).isEqualTo(LocalDate.of(2024, 2, 1));
		assertThat(undated.reportingDate()).isEqualTo(FEB_29);
		assertThat(undated.accepted()).singleElement().extracting(CityImportResult.Accepted::late).isEqualTo(true);
	}

	@Test
	void aFileOfADateThatIsNotAWeeklyDueDateIsNeverLateByTheWeeklyRule() {
		// a phase file of 21 February received at 20:00, and a final summary file of 8
		// April: no weekly due time applies to either
		CityImportResult phase2 = importFile("taiyuan.xlsx", workbook().row("太原市", TAIYUAN), LocalDate.of(2024, 2, 21),
				"2024-02-21T20:00:00");
		CityImportResult summary = importFile("datong.xlsx", workbook().row("大同市", DATONG), LocalDate.of(2024, 4, 8),
				"2024-04-08T21:00:00");

		assertThat(phase2.accepted()).singleElement().satisfies((accepted) -> {
			assertThat(accepted.late()).isFalse();
			assertThat(accepted.dueAt()).isNull();
		});
		assertThat(summary.accepted()).singleElement().extracting(CityImportResult.Accepted::late).isEqualTo(false);
		assertThat(this.submissions.current("1401", LocalDate.of(2024, 2, 21)).orElseThrow().late()).isFalse();
	}

	@Test
	void aReportingDateOutsideTheCampaignRefusesTheFileAndTheCityIsNoted() {
		CityImportResult result = importFile("taiyuan.xlsx", workbook().reportingDate("2025年2月27日").row("太原市", TAIYUAN),
				null, "2024-02-29T10:00:00");

		assertThat(result.acceptedCities()).isEmpty();
		assertThat(result.errors()).containsExactly(
				"taiyuan.xlsx: 表中填报日期对应的报送日期 2025-02-27 不在2024年春风行动期间（2024-01-25至2024-04-08）内，不予接收，请核对填报日期");
		assertThat(result.refusedCities()).containsExactly("太原市");
		assertThat(submissionCount()).isZero();
	}

	@Test
	void aBlankTransportTotalIsTheSumOfItsPartsWithAWarning() {
		CityImportResult result = importFile("taiyuan.xlsx",
				workbook().row("太原市", TAIYUAN, "transport_total", null, "bus_passengers", 200, "train_passengers", 100),
				FEB_29, "2024-02-29T10:00:00");

		assertThat(this.submissions.current("1401", FEB_29).orElseThrow().figure(Metric.TRANSPORT_TOTAL))
			.isEqualByComparingTo("300");
		assertThat(result.warnings()).containsExactly("taiyuan.xlsx 统计表!G5: 合计运送人次未填，已按专车、专列（含包车厢）、包机运送人次之和 300 计入");
	}

	@Test
	void refusalsAreKeptPerCityOncePerFileAndTheirCityFromTheRowOrTheFileName() throws Exception {
		CityImportResult row = importFile("cities.xlsx",
				workbook().row("太原市", TAIYUAN, "online_fairs", "十二场").row("大同市", DATONG), FEB_29,
				"2024-02-29T10:00:00");
		CityImportResult unreadable = importFile("长治市统计表.xlsx",
				workbook().withoutColumn("online_fairs").row("长治市", "潞州区"), FEB_29, "2024-02-29T11:00:00");
		CityImportResult nameless = importFile("统计表.xlsx", workbook().withoutColumn("online_fairs").row("长治市", "潞州区"),
				FEB_29, "2024-02-29T11:00:00");
		// the same bytes under another name: a copy, not a second workbook whose zip
		// entry
		// times could differ
		Path again = this.folder.resolve("cities-again.xlsx");
		Files.copy(this.folder.resolve("cities.xlsx"), again);
		this.intake.importFile(again, "cities-again.xlsx", FEB_29, shanghai("2024-02-29T12:00:00"));

		assertThat(row.acceptedCities()).containsExactly("大同市");
		assertThat(row.refusedCities()).containsExactly("太原市");
		assertThat(unreadable.refusedCities()).containsExactly("长治市");
		assertThat(nameless.refusedCities()).isEmpty();
		List<CityRefusal> refusals = this.refusals.upTo(FEB_29);
		assertThat(refusals).extracting(CityRefusal::cityName, CityRefusal::fileName)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("太原市", "cities.xlsx"),
					org.assertj.core.groups.Tuple.tuple("长治市", "长治市统计表.xlsx"));
		assertThat(refusals.get(0).reasons()).containsExactly("cities.xlsx 统计表!B5: '十二场' 不是数字，线上招聘会场次应填阿拉伯数字");
		assertThat(refusals.get(0).reasonsInFile()).containsExactly("统计表!B5: '十二场' 不是数字，线上招聘会场次应填阿拉伯数字");
		assertThat(refusals.get(1).reasons()).singleElement().asString().contains("缺少必填列：线上招聘会场次");
		assertThat(refusals.get(0).receivedAt()).isEqualTo(shanghai("2024-02-29T10:00:00"));
	}

	@Test
	void theSameRefusedBytesAreNotedOnce() throws Exception {
		Path file = workbook().row("太原市", TAIYUAN, "online_fairs", "十二场").writeTo(this.folder, "taiyuan.xlsx");
		this.intake.importFile(file, "taiyuan.xlsx", FEB_29, shanghai("2024-02-29T10:00:00"));
		CityImportResult again = this.intake.importFile(file, "taiyuan.xlsx", FEB_29, shanghai("2024-02-29T11:00:00"));

		assertThat(again.refused()).isTrue();
		assertThat(this.refusals.unnoticed()).hasSize(1);
	}

}
