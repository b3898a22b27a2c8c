package org.chunfeng.deliverable;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chunfeng.delivery.MailKind;
import org.chunfeng.delivery.MailParts;
import org.chunfeng.intake.city.CityImportResult;
import org.chunfeng.intake.city.Metric;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.CountyStatus;
import org.chunfeng.reconcile.MetricCheck;
import org.chunfeng.reconcile.MetricStatus;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.reconcile.SubmissionStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.chunfeng.deliverable.Scenario.FEB_22;
import static org.chunfeng.deliverable.Scenario.FEB_29;
import static org.chunfeng.deliverable.Scenario.MAR_07;

/**
 * What the weekly report, the mail and the reminders say over two weeks with every
 * submission status (the {@link Scenario}), with fresh and with stale platform data (SPEC
 * §4.1).
 */
@SpringBootTest
class TruthfulReportTests extends PipelineTestSupport {

	private Scenario scenario;

	@BeforeEach
	void clean() {
		this.scenario = new Scenario(this.cityIntake, this.platformIntake);
	}

	@Test
	void everyCityShowsItsLatestFiguresWithTheirStatusAndIsComparedAtTheirOwnDate() {
		this.scenario.importPlatform();
		List<CityImportResult> imports = this.scenario.importCities();

		RunRecord run = this.runs.run(new RunRequest("weekly", FEB_29, false, true, "test"));

		assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
		// the correction came later but with an older file time: it replaces the first
		assertThat(imports.get(5).accepted().get(0).replaces().fileName()).isEqualTo("太原0229.xlsx");
		Reconciliation result = this.runs.reconciliation(run.id()).orElseThrow();
		assertThat(result.cities())
			.extracting((city) -> city.city().name(), CityReconciliation::status,
					(city) -> city.figuresAsOf().orElse(null))
			.containsExactly(tuple("太原市", SubmissionStatus.ON_TIME, FEB_29),
					tuple("大同市", SubmissionStatus.CARRIED_FORWARD, FEB_22),
					tuple("阳泉市", SubmissionStatus.NOT_SUBMITTED, null), tuple("长治市", SubmissionStatus.REFUSED, null),
					tuple("晋城市", SubmissionStatus.LATE, FEB_29), tuple("朔州市", SubmissionStatus.NOT_SUBMITTED, null),
					tuple("晋中市", SubmissionStatus.NOT_SUBMITTED, null),
					tuple("运城市", SubmissionStatus.CARRIED_FORWARD, FEB_22),
					tuple("忻州市", SubmissionStatus.NOT_SUBMITTED, null),
					tuple("临汾市", SubmissionStatus.NOT_SUBMITTED, null),
					tuple("吕梁市", SubmissionStatus.NOT_SUBMITTED, null));
		CityReconciliation taiyuan = result.city("1401").orElseThrow();
		assertThat(taiyuan.submission().orElseThrow().fileName()).isEqualTo("太原0229更正.xlsx");
		assertThat(taiyuan.hasDiscrepancies()).isFalse();
		// 大同's 02-22 figures against the platform as of 02-22, not 02-29 (D2 came after)
		CityReconciliation datong = result.city("1402").orElseThrow();
		assertThat(datong.metrics()).extracting(MetricCheck::status).containsOnly(MetricStatus.MATCH);
		assertThat(datong.metric(Metric.OFFLINE_FAIRS).platform()).isZero();
		assertThat(datong.hasDiscrepancies()).isFalse();
		// 运城 left 盐湖区, where the platform has 8 activities, out of both lists
		CityReconciliation yuncheng = result.city("1408").orElseThrow();
		assertThat(yuncheng.counties().get(0).status()).isEqualTo(CountyStatus.NOT_LISTED);
		assertThat(yuncheng.counties().get(0).platformActivities()).isEqualTo(8);
		assertThat(yuncheng.hasDiscrepancies()).isTrue();
		CityReconciliation changzhi = result.city("1404").orElseThrow();
		assertThat(changzhi.refusals()).singleElement()
			.satisfies((refusal) -> assertThat(refusal.reasonsInFile())
				.containsExactly("统计表!B5: '十二场' 不是数字，线上招聘会场次应填阿拉伯数字"));
		assertThat(changzhi.metrics()).extracting(MetricCheck::status).containsOnly(MetricStatus.NOT_SUBMITTED);
		// totals over the four cities with figures, carried-forward ones included
		Map<Metric, BigDecimal> totals = result.totals();
		assertThat(List.of(totals.get(Metric.ONLINE_FAIRS), totals.get(Metric.ONLINE_POSITIONS),
				totals.get(Metric.OFFLINE_FAIRS), totals.get(Metric.OFFLINE_POSITIONS), totals.get(Metric.AGREEMENTS)))
			.map(BigDecimal::intValueExact)
			.containsExactly(3, 180, 9, 280, 46);
		assertThat(result.carriedForward()).extracting((city) -> city.city().name()).containsExactly("大同市", "运城市");
		assertThat(result.missing()).extracting((city) -> city.city().name())
			.containsExactly("阳泉市", "长治市", "朔州市", "晋中市", "忻州市", "临汾市", "吕梁市");
		assertThat(result.dueDates()).containsExactly(FEB_22, FEB_29);
		assertThat(result.city("1401").orElseThrow().completeness().values()).containsExactly(SubmissionStatus.ON_TIME,
				SubmissionStatus.ON_TIME);
	}

	@Test
	void theMailSaysWhatTheTotalsCoverWhatWasComparedAndTellsTheCities() throws Exception {
		this.scenario.importPlatform();
		this.scenario.importCities();

		RunRecord run = this.runs.run(new RunRequest("weekly", FEB_29, false, true, "test"));

		assertThat(this.runs.mail(run.id())).extracting(RunMail::kind, RunMail::city)
			.containsExactly(tuple(MailKind.REPORT, null), tuple(MailKind.REPORT, null),
					tuple(MailKind.DISCREPANCY, "运城市"), tuple(MailKind.REFUSAL, "长治市"));
		MimeMessage report = greenMail.getReceivedMessagesForDomain("leader@rst.shanxi.example")[0];
		String text = Scenario.text(report);
		assertThat(text)
			.startsWith("截至2024年2月29日，已报送的4市合计举办线上招聘会3场、提供岗位180个，线下招聘会9场、提供岗位280个，签订就业协议（意向）46人次。"
					+ "包车、专列（包车厢）、包机合计运送1200人次；")
			.contains("\n\n合计为已报送数据的4市之和，阳泉市、朔州市、晋中市、忻州市、临汾市、吕梁市未报送，长治市所报文件被退回、无可用数据，未计入合计；" + "大同市、运城市沿用2月22日数据。\n")
			.contains("太原市：按时，报送日期2月29日：")
			.contains("大同市：沿用2月22日数据：")
			.doesNotContain("数据日期")
			.contains("长治市：退回，无可用数据\n")
			.contains("\n与平台数据核对（平台数据更新至3月6日）：核对4市，其中3市一致、1市有差异（运城市）；7市无数据、未核对（阳泉市、长治市、朔州市、晋中市、忻州市、临汾市、吕梁市）；"
					+ "沿用以前数据的城市按其报送日期与平台核对。\n")
			.contains("- 运城市（沿用2月22日数据） 盐湖区：已开展、未开展两栏均未列入，平台截至2月22日有8场活动记录\n")
			.contains("\n本期（2024年2月29日）报送情况：按时报送1市，逾期报送1市（晋城市），未报送新数据、沿用以前数据2市（大同市、运城市），"
					+ "所报文件被退回1市（长治市），从未报送6市（阳泉市、朔州市、晋中市、忻州市、临汾市、吕梁市）。")
			.contains("- 长治市：2024年2月29日 11:00收到的“长治0229.xlsx”（报送日期2月29日）未通过校验，已退回（统计表!B5: '十二场' 不是数字，线上招聘会场次应填阿拉伯数字）")
			.doesNotContain("一致。\n");
		assertThat(Scenario.html(report)).contains("<td style=\"background: #fff2cc\">沿用2月22日数据</td>");
		try (InputStream in = MailParts.attachment(report).getInputStream(); Workbook workbook = new XSSFWorkbook(in)) {
			Sheet table = workbook.getSheet("统计表");
			assertThat(table.getRow(5).getCell(0).getStringCellValue()).isEqualTo("大同市\n沿用2月22日数据");
			assertThat(table.getRow(7).getCell(1).getStringCellValue()).isEqualTo("未报送有效数据（所报文件未通过校验，已退回）");
			assertThat(table.getRow(6).getCell(1).getStringCellValue()).isEqualTo("未报送");
			Row total = table.getRow(15);
			assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(3.0);
			assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(46.0);
			assertThat(table.getRow(17).getCell(0).getStringCellValue()).contains("合计为已报送数据的4市之和");
		}
		MimeMessage notice = greenMail.getReceivedMessagesForDomain("yc@rst.shanxi.example")[0];
		assertThat(Scenario.text(notice))
			.startsWith("运城市人社局：\n贵市本期（2024年2月29日）未报送新的统计表，现沿用2024年2月22日的数据与山西数字人社一体化平台截至2024年2月22日的数据核对，"
					+ "存在以下差异，请核实后更正，并于2024年3月7日 18:00前（下一个每周报送日）重新报送：\n")
			.contains("1. 盐湖区：已开展、未开展两栏均未列入，平台截至2月22日有8场活动记录\n")
			.contains("平台数按平台中截至上述日期开展的春风行动专项活动统计（不含已取消的活动），平台数据更新至3月6日。")
			.contains("联系人：省人力资源和社会保障厅就业促进处 王某某，电话 0351-0000000，邮箱 jiuye@rst.shanxi.example。");
		MimeMessage refusal = greenMail.getReceivedMessagesForDomain("cz@rst.shanxi.example")[0];
		assertThat(Scenario.subject(refusal)).isEqualTo("【春风行动】退回通知：长治市报送的统计表未通过校验（报送日期2024年2月29日）");
		assertThat(Scenario.text(refusal))
			.startsWith("长治市人社局：\n省厅于2024年2月29日 11:00收到的贵市“长治0229.xlsx”（报送日期2024年2月29日）未通过校验，已退回，表中数据均未采用。")
			.contains("1. 统计表!B5: '十二场' 不是数字，线上招聘会场次应填阿拉伯数字\n")
			.contains("本期报送截止时间：2024年2月29日 18:00")
			.contains("联系人：省人力资源和社会保障厅就业促进处 王某某");
		// nothing to 大同: its carried-forward figures agree at their own date
		assertThat(greenMail.getReceivedMessagesForDomain("dt@rst.shanxi.example")).isEmpty();
	}

	@Test
	void aReminderTellsARefusedCityWhyAndTheRefusalNoticeGoesOutOnce() {
		this.scenario.importPlatform();
		this.scenario.importCities();

		RunRecord reminder = this.runs.run(new RunRequest("reminder", FEB_29, false, true, "test"));
		RunRecord weekly = this.runs.run(new RunRequest("weekly", FEB_29, false, true, "test"));

		assertThat(this.runs.mail(reminder.id())).extracting(RunMail::kind, RunMail::city)
			.contains(tuple(MailKind.REMINDER, "长治市"), tuple(MailKind.REMINDER, "大同市"), tuple(MailKind.REFUSAL, "长治市"))
			.doesNotContain(tuple(MailKind.REMINDER, "太原市"), tuple(MailKind.REMINDER, "晋城市"));
		assertThat(this.runs.mail(weekly.id())).extracting(RunMail::kind).doesNotContain(MailKind.REFUSAL);
		List<MimeMessage> toChangzhi = Arrays.asList(greenMail.getReceivedMessagesForDomain("cz@rst.shanxi.example"));
		assertThat(toChangzhi).hasSize(2);
		String reminderText = toChangzhi.stream()
			.filter((message) -> Scenario.subject(message).startsWith("【春风行动】请于"))
			.map(Scenario::text)
			.findFirst()
			.orElseThrow();
		assertThat(reminderText).contains("贵市报送的春风行动开展情况统计表（报送日期2024年2月29日）未通过校验，已退回")
			.contains("“长治0229.xlsx”（2024年2月29日 11:00收到）：统计表!B5: '十二场' 不是数字，线上招聘会场次应填阿拉伯数字")
			.doesNotContain("如已通过其他途径报送，请忽略本提醒");
		String datong = Scenario.text(greenMail.getReceivedMessagesForDomain("dt@rst.shanxi.example")[0]);
		assertThat(datong).contains("截至目前尚未收到贵市2024年2月29日的春风行动开展情况统计表").contains("逾期未报送的，本期全省报表将沿用贵市2024年2月22日的数据并注明。");
	}

	@Test
	void withoutAPlatformImportNothingIsComparedNoCityIsToldAndTheLeadersReadItFirst() {
		this.scenario.importCities();

		RunRecord run = this.runs.run(new RunRequest("weekly", FEB_29, false, true, "test"));

		Reconciliation result = this.runs.reconciliation(run.id()).orElseThrow();
		assertThat(result.platform().fresh()).isFalse();
		assertThat(result.withDiscrepancies()).isEmpty();
		assertThat(result.city("1401").orElseThrow().metrics()).extracting(MetricCheck::status)
			.containsOnly(MetricStatus.PLATFORM_STALE);
		assertThat(result.city("1408").orElseThrow().counties().get(0).status()).isEqualTo(CountyStatus.NOT_LISTED);
		assertThat(result.city("1408").orElseThrow().counties().get(1).status()).isEqualTo(CountyStatus.PLATFORM_STALE);
		assertThat(this.runs.mail(run.id())).extracting(RunMail::kind, RunMail::city)
			.containsExactly(tuple(MailKind.REPORT, null), tuple(MailKind.REPORT, null), tuple(MailKind.REFUSAL, "长治市"),
					tuple(MailKind.ALERT, null));
		String html = Scenario.html(greenMail.getReceivedMessagesForDomain("leader@rst.shanxi.example")[0]);
		assertThat(html.substring(html.indexOf("<p")))
			.startsWith("<p style=\"color: #9c0006; font-weight: bold\">请注意：平台数据未更新（尚未导入平台导出数据），本期各市数据未与山西数字人社一体化平台核对");
		assertThat(html).contains("平台数据未更新（尚未导入平台导出数据），本期未与平台数据核对，不作一致或差异的判断。")
			.doesNotContain("有差异")
			.doesNotContain(">一致<");
		MimeMessage alert = greenMail.getReceivedMessagesForDomain("admin@rst.shanxi.example")[0];
		assertThat(Scenario.subject(alert)).isEqualTo("【春风行动】平台数据未更新：春风行动开展情况统计表（截至2024年2月29日）未与平台核对");
	}

	@Test
	void aWeekWithoutNewFilesCarriesEveryonesFiguresForwardAndComparesThemAtTheirOwnDates() {
		this.scenario.importPlatform();
		this.scenario.importCities();

		RunRecord run = this.runs.run(new RunRequest("weekly", MAR_07, false, true, "test"));

		Reconciliation result = this.runs.reconciliation(run.id()).orElseThrow();
		assertThat(result.withStatus(SubmissionStatus.CARRIED_FORWARD)).extracting((city) -> city.city().name())
			.containsExactly("太原市", "大同市", "晋城市", "运城市");
		assertThat(result.city("1404").orElseThrow().status()).isEqualTo(SubmissionStatus.NOT_SUBMITTED);
		assertThat(result.withDiscrepancies()).extracting((city) -> city.city().name()).containsExactly("运城市");
		assertThat(result.totals().get(Metric.ONLINE_FAIRS)).isEqualByComparingTo("3");
		assertThat(result.city("1402").orElseThrow().completeness().values()).containsExactly(SubmissionStatus.ON_TIME,
				SubmissionStatus.CARRIED_FORWARD, SubmissionStatus.CARRIED_FORWARD);
		String text = Scenario.text(greenMail.getReceivedMessagesForDomain("leader@rst.shanxi.example")[0]);
		// nobody sent anything for 7 March: the mail says so first, not 截至3月7日…
		assertThat(text)
			.startsWith("本期（2024年3月7日）各市均未报送新数据，以下为4市最近一次报送（2月29日、2月22日）的数据之和："
					+ "累计举办线上招聘会3场、提供岗位180个，线下招聘会9场、提供岗位280个，签订就业协议（意向）46人次。")
			.contains("合计为已报送数据的4市之和，阳泉市、长治市、朔州市、晋中市、忻州市、临汾市、吕梁市未报送，未计入合计；" + "太原市、晋城市沿用2月29日数据；大同市、运城市沿用2月22日数据。");
		assertThat(Scenario.text(greenMail.getReceivedMessagesForDomain("yc@rst.shanxi.example")[0]))
			.contains("请核实后更正，并于2024年3月14日 18:00前（下一个每周报送日）重新报送：");
	}

	@Test
	void aWeekWithoutCarriedForwardFiguresDoesNotExplainCarryingForward() {
		this.scenario.importPlatform();
		this.scenario.importCities();

		this.runs.run(new RunRequest("weekly", FEB_22, false, true, "test"));

		MimeMessage report = greenMail.getReceivedMessagesForDomain("leader@rst.shanxi.example")[0];
		assertThat(Scenario.text(report)).contains("\n数据均为自活动开始至报送日期的累计数；资金单位为万元，为各市所报数值（最多4位小数），合计为其之和。\n")
			.doesNotContain("沿用");
		assertThat(Scenario.html(report)).doesNotContain("沿用");
	}

	@Test
	void aRefusedCityWithEarlierFiguresIsToldItsFileWasRefusedNotThatItSentNothing() {
		this.scenario.importPlatform();
		this.scenario.importCities();
		// 长治 sent on 22 February, leaving all but one county out of both lists
		this.scenario.importCity("长治0222.xlsx", FEB_22, "2024-02-22T15:00", "2024-02-22T14:50",
				Scenario.row("长治市", "潞州区", "无", 0, 0, 0, 0, 0));

		RunRecord run = this.runs.run(new RunRequest("weekly", FEB_29, false, true, "test"));

		assertThat(this.runs.mail(run.id())).extracting(RunMail::kind, RunMail::city)
			.contains(tuple(MailKind.DISCREPANCY, "长治市"), tuple(MailKind.REFUSAL, "长治市"));
		String notice = Arrays.stream(greenMail.getReceivedMessagesForDomain("cz@rst.shanxi.example"))
			.filter((message) -> Scenario.subject(message).contains("核对差异"))
			.map(Scenario::text)
			.findFirst()
			.orElseThrow();
		assertThat(notice)
			.startsWith("长治市人社局：\n贵市本期（2024年2月29日）报送的统计表未通过校验，已退回（见退回通知），现沿用2024年2月22日的数据"
					+ "与山西数字人社一体化平台截至2024年2月22日的数据核对，存在以下差异，请核实后更正，并于2024年3月7日 18:00前（下一个每周报送日）重新报送：\n")
			.doesNotContain("未报送新的统计表");
	}

	@Test
	void afterTheLastWeeklyDueDateANoticeNamesTheCampaignsLastDayAndTheMailSaysHowRecentThePlatformIs()
			throws Exception {
		this.scenario.importPlatform();
		this.scenario.importCities();
		// a later export: its newest record (not a campaign activity) of 3 April
		this.platformIntake.importFile(java.nio.file.Files
			.writeString(java.nio.file.Files.createTempDirectory("later").resolve("later.csv"), """
					活动编号,活动名称,活动形式,区划代码,所属地市,所属县区,开始日期,结束日期,参会单位数,提供岗位数,达成就业意向人数,专项活动名称,活动状态,更新时间
					X1,援助月招聘会,线下,140105,太原市,小店区,2024-04-02,2024-04-02,5,50,5,2024年就业援助月,已结束,2024-04-03 10:00
					"""));

		RunRecord run = this.runs
			.run(new RunRequest("weekly", java.time.LocalDate.of(2024, 4, 3), false, true, "test"));

		String text = Scenario.text(greenMail.getReceivedMessagesForDomain("leader@rst.shanxi.example")[0]);
		assertThat(text).contains("\n与平台数据核对（平台数据更新至4月3日）：核对4市，其中3市一致、1市有差异（运城市）；");
		assertThat(Scenario.text(greenMail.getReceivedMessagesForDomain("yc@rst.shanxi.example")[0]))
			.contains("请核实后更正，并于2024年4月8日 18:00前（活动结束日）重新报送：")
			.doesNotContain("下一个报送日");
		assertThat(this.runs.reconciliation(run.id()).orElseThrow().platform().reason()).startsWith("平台数据更新至4月3日（导入于");
	}

}
