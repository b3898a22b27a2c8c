package org.chunfeng.deliverable;

import java.nio.file.Path;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chunfeng.deliverable.PhaseScenario.APR_08;
import static org.chunfeng.deliverable.PhaseScenario.FEB_01;
import static org.chunfeng.deliverable.PhaseScenario.FEB_21;

/**
 * The phase reports and the final summary as the notice asks (SPEC §5.5), from the
 * {@link PhaseScenario}: the draft document read back with XWPF holds the notice's
 * sections in order, the province's sums, every city's texts and the cities that sent
 * nothing; the mails say the stage's figures, never the weekly sentence.
 */
@SpringBootTest
class PhaseReportTests extends PipelineTestSupport {

	private static final String OTHERS = "晋城市、朔州市、晋中市、运城市、忻州市、临汾市、吕梁市";

	/** The weekly mail's first sentence starts so; a stage's mail never says it. */
	private static final String WEEKLY_SENTENCE = "全省累计举办线上招聘会";

	private PhaseScenario scenario;

	@BeforeEach
	void clean() {
		this.scenario = new PhaseScenario(this.cityIntake, this.platformIntake);
		this.scenario.importPlatform();
	}

	@Test
	void phase1DraftHasTheNoticesSectionsTheReturnFiguresAndEveryCitysTexts() throws Exception {
		this.scenario.phase1();

		RunRecord run = this.runs.run(new RunRequest("phase1", FEB_01, false, true, "test"));

		assertThat(run.status()).isEqualTo(RunStatus.AWAITING_APPROVAL);
		RunDraft draft = this.runs.draft(run.id()).orElseThrow();
		assertThat(draft.draftFile()).isEqualTo("out/reports/chunfeng-phase1-2024-02-01.docx");
		Path docx = this.workspace.home().resolve(draft.draftFile());
		List<String> paragraphs = PhaseScenario.paragraphs(docx);
		assertThat(paragraphs).startsWith("关于2024年春风行动春节前阶段性活动进展情况的报告", "厅领导：",
				"按照《关于开展2024年春风行动的通知》要求，现将截至2024年2月1日全省春风行动春节前阶段性活动进展情况报告如下：",
				"全省11个市中，4个市报送了统计表，其中3个市报送了阶段进展情况（阳泉市未报送）；" + OTHERS + "未报送。",
				"统计表各项数据为自活动开始的累计数，合计为已报送数据的4市之和，" + OTHERS + "未报送，未计入合计；长治市沿用1月30日数据。");
		assertThat(paragraphs).containsSubsequence("一、活动开展情况", "（一）启动仪式情况", "太原市：1月25日在太原站广场举行启动仪式。",
				"大同市：1月26日举行启动仪式，", "市领导出席。", "长治市（沿用1月30日报送内容）：1月25日举行。", "未报送启动仪式情况的市：阳泉市、" + OTHERS + "。",
				"（二）活动计划安排", "太原市：每周举办两场招聘会。", "未报送活动计划安排的市：大同市、阳泉市、长治市、" + OTHERS + "。", "二、农民工返乡情况", "（一）主要措施",
				"太原市：设立返乡服务站。", "大同市：开展送温暖活动。", "未报送主要措施的市：阳泉市、长治市、" + OTHERS + "。", "（二）返乡人数、留岗人数",
				// a sum of some cities is not the province's: whose it is, and who is
				// left out
				"已填报的市合计返乡人数6.50万人（3市）、留岗人数5000人（2市，大同市未填）。", "阳泉市未报送阶段进展情况；" + OTHERS + "未报送；长治市沿用1月30日数据。",
				"三、面临的困难问题和意见建议", "太原市：岗位匹配难。", "长治市（沿用1月30日报送内容）：资金紧张。", "未报送困难问题和意见建议的市：大同市、阳泉市、" + OTHERS + "。",
				"附件：2024年春风行动开展情况统计表", "联系人：省人力资源和社会保障厅就业促进处 王某某，电话 0351-0000000，邮箱 jiuye@rst.shanxi.example。", "就业促进处",
				"附件", "2024年春风行动开展情况统计表", "截至2024年2月1日");
		List<List<List<String>>> tables = PhaseScenario.tables(docx);
		assertThat(tables).hasSize(2);
		assertThat(tables.get(0)).containsExactly(List.of("市级名称", "返乡人数（人）", "留岗人数（人）", "备注"),
				List.of("太原市", "30000", "3000", ""), List.of("大同市", "20000", "未填", ""),
				List.of("阳泉市", "未报送", "未报送", ""), List.of("长治市", "15000", "2000", "沿用1月30日数据"),
				List.of("晋城市", "未报送", "未报送", ""), List.of("朔州市", "未报送", "未报送", ""), List.of("晋中市", "未报送", "未报送", ""),
				List.of("运城市", "未报送", "未报送", ""), List.of("忻州市", "未报送", "未报送", ""), List.of("临汾市", "未报送", "未报送", ""),
				List.of("吕梁市", "未报送", "未报送", ""), List.of("合计", "65000", "5000", ""));
		// the appendix: the 统计表 with its two-row header, a city that sent nothing
		// across its row, the totals of the four with figures
		List<List<String>> appendix = tables.get(1);
		assertThat(appendix).hasSize(2 + 11 + 1);
		assertThat(appendix.get(2).subList(0, 6)).containsExactly("太原市", "12", "3400", "8", "5600", "900");
		assertThat(appendix.get(5).get(0)).isEqualTo("长治市\n沿用1月30日数据");
		assertThat(appendix.get(6)).containsExactly("晋城市", "未报送");
		assertThat(appendix.get(13).subList(0, 6)).containsExactly("合计", "48", "13600", "32", "22400", "3600");
		// money as the cities sent it, the totals exactly their sum
		assertThat(appendix.get(2).subList(16, 18)).containsExactly("12.5", "230.75");
		assertThat(appendix.get(13).subList(16, 18)).containsExactly("50", "923");

		// the draft went to staff only; its body is the stage's, not the weekly one
		assertThat(greenMail.getReceivedMessagesForDomain("leader@rst.shanxi.example")).isEmpty();
		MimeMessage drafted = greenMail.getReceivedMessagesForDomain("jiuye@rst.shanxi.example")[0];
		assertThat(drafted.getSubject()).isEqualTo("【春风行动】待审核：春节前阶段性活动进展（截至2024年2月1日）");
		assertThat(Scenario.text(drafted))
			.contains("已填报的市合计返乡人数6.50万人（3市）、留岗人数5000人（2市，大同市未填）。", "太原市：返乡人数（人） 30000，留岗人数（人） 3000",
					"全文见附件（含各市报送的文字材料原文）", "3市已报送，阳泉市、" + OTHERS + "未报送。", "chunfeng approve " + run.id())
			.doesNotContain(WEEKLY_SENTENCE);

		RunRecord sent = this.runs.approve(run.id(), null, "admin");

		assertThat(sent.status()).isEqualTo(RunStatus.COMPLETED);
		MimeMessage report = greenMail.getReceivedMessagesForDomain("leader@rst.shanxi.example")[0];
		assertThat(report.getSubject()).isEqualTo("【春风行动】春节前阶段性活动进展（截至2024年2月1日）");
		String html = Scenario.html(report);
		assertThat(html).contains("<h4>（二）返乡人数、留岗人数</h4><p>已填报的市合计返乡人数6.50万人（3市）、留岗人数5000人（2市，大同市未填）。</p>",
				"<td>大同市</td><td align=\"right\">20000</td><td align=\"center\" style=\"background: #fff2cc\">未填</td>",
				"<tr style=\"font-weight: bold\"><td>合计</td><td align=\"right\">65000</td><td align=\"right\">5000</td>",
				"<h4>（一）启动仪式情况</h4><p>3市已报送，阳泉市、" + OTHERS + "未报送。</p>",
				"<h4>（二）活动计划安排</h4><p>1市已报送，大同市、阳泉市、长治市、" + OTHERS + "未报送。</p>", "三、面临的困难问题和意见建议")
			.doesNotContain(WEEKLY_SENTENCE)
			.doesNotContain("原文见附件报告）；");
		assertThat(Scenario.text(report)).doesNotContain(WEEKLY_SENTENCE).contains("大同市：返乡人数（人） 20000，留岗人数（人） 未填");
	}

	@Test
	void theWeeklyMailGoesOutAtOnceWithTransportAndFundTotalsAndATotalRow() throws Exception {
		this.scenario.phase1();

		RunRecord run = this.runs
			.run(new RunRequest("weekly", java.time.LocalDate.of(2024, 2, 22), false, true, "test"));

		assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(this.runs.draft(run.id())).isEmpty();
		MimeMessage report = greenMail.getReceivedMessagesForDomain("leader@rst.shanxi.example")[0];
		String html = Scenario.html(report);
		// no city sent anything for 22 February: the first sentence says so, and whose
		// figures of which dates it sums
		assertThat(html).contains(
				"<p>本期（2024年2月22日）各市均未报送新数据，以下为4市最近一次报送（2月1日、1月30日）的数据之和：累计举办线上招聘会48场、提供岗位13600个，线下招聘会32场、提供岗位22400个，签订就业协议（意向）3600人次。"
						+ "包车、专列（包车厢）、包机合计运送1200人次；用于开展各类招聘活动资金50万元，发放各类就业补贴923万元。</p>",
				"<th>合计运送人次</th><th>招聘活动资金（万元）</th><th>就业补贴（万元）</th>",
				"<tr style=\"font-weight: bold\"><td>合计</td><td colspan=\"2\">4市之和</td><td align=\"right\">48</td>",
				"<td align=\"right\">3600</td><td align=\"right\">1200</td><td align=\"right\">50</td><td align=\"right\">923</td><td></td></tr>");
	}

	@Test
	void phase2DraftSpeaksOfReturnsToWorkAndLeavesTheFirstReportsTextsOut() throws Exception {
		this.scenario.phase1();
		this.scenario.phase2();

		RunRecord run = this.runs.run(new RunRequest("phase2", FEB_21, false, true, "test"));

		assertThat(run.status()).isEqualTo(RunStatus.AWAITING_APPROVAL);
		Path docx = this.workspace.home().resolve(this.runs.draft(run.id()).orElseThrow().draftFile());
		assertThat(docx.getFileName()).hasToString("chunfeng-phase2-2024-02-21.docx");
		List<String> paragraphs = PhaseScenario.paragraphs(docx);
		String without = "大同市、阳泉市、长治市、朔州市、晋中市、运城市、忻州市、临汾市、吕梁市";
		assertThat(paragraphs).containsSubsequence("关于2024年春风行动第二次阶段性活动进展情况的报告",
				"全省11个市中，5个市报送了统计表，其中2个市报送了本阶段进展情况（大同市、阳泉市、长治市未报送）；朔州市、晋中市、运城市、忻州市、临汾市、吕梁市未报送。", "一、农民工返岗情况", "（一）主要措施",
				"太原市：开行返岗专列。", "晋城市：包车返岗。", "未报送主要措施的市：" + without + "。", "（二）农民工外出进展主要数据",
				"已填报的市合计返岗人数3.00万人（2市）、外出务工人数1.80万人（1市，晋城市未填）。", "大同市、阳泉市、长治市未报送本阶段进展情况；朔州市、晋中市、运城市、忻州市、临汾市、吕梁市未报送。",
				"已报送的5市通过包车、专列（包车厢）、包机合计运送1500人次，其中专车25辆、运送1000人次，专列（含包车厢）5列（节）、运送500人次，包机0架次、运送0人次。", "二、面临的困难问题和意见建议",
				"太原市：企业招工难。", "未报送困难问题和意见建议的市：大同市、阳泉市、长治市、晋城市、朔州市、晋中市、运城市、忻州市、临汾市、吕梁市。");
		// the first report's texts are not this one's
		assertThat(paragraphs).noneMatch((text) -> text.contains("设立返乡服务站") || text.contains("资金紧张"));
		List<List<String>> table = PhaseScenario.tables(docx).get(0);
		assertThat(table.get(0)).containsExactly("市级名称", "返岗人数（人）", "外出务工人数（人）", "合计运送（人次）", "备注");
		assertThat(table).contains(List.of("大同市", "未报送", "未报送", "300", "沿用2月1日数据"),
				List.of("晋城市", "5000", "未填", "300", ""), List.of("合计", "30000", "18000", "1500", ""));

		MimeMessage drafted = greenMail.getReceivedMessagesForDomain("jiuye@rst.shanxi.example")[0];
		assertThat(Scenario.text(drafted)).contains("已填报的市合计返岗人数3.00万人（2市）、外出务工人数1.80万人（1市，晋城市未填）。", "合计运送1500人次")
			.doesNotContain(WEEKLY_SENTENCE)
			.doesNotContain("返乡人数");
	}

	@Test
	void finalSummaryGivesTheCampaignTotalsSectionBySection() throws Exception {
		this.scenario.phase1();
		this.scenario.phase2();
		this.scenario.finalSummary();

		RunRecord run = this.runs.run(new RunRequest("final", APR_08, false, true, "test"));

		assertThat(run.status()).isEqualTo(RunStatus.AWAITING_APPROVAL);
		Path docx = this.workspace.home().resolve(this.runs.draft(run.id()).orElseThrow().draftFile());
		List<String> paragraphs = PhaseScenario.paragraphs(docx);
		assertThat(paragraphs).containsSubsequence("关于2024年春风行动开展情况的总结报告",
				"按照《关于开展2024年春风行动的通知》要求，现将全省2024年春风行动开展情况总结报告如下（数据截至2024年4月8日）：",
				"全省11个市中，5个市报送了统计表，其中1个市报送了工作总结（大同市、阳泉市、长治市、晋城市未报送）；朔州市、晋中市、运城市、忻州市、临汾市、吕梁市未报送。", "一、岗位收集发布情况",
				// five cities' figures: never called the province's
				"已报送的5市合计各类招聘活动提供就业岗位45000个，其中线上招聘会17000个、线下招聘会28000个。", "二、招聘服务活动组织情况",
				"已报送的5市合计举办招聘会100场，其中线上60场、线下40场。", "三、签订就业协议（意向）情况", "已报送的5市合计签订就业协议（意向）4500人次。", "四、支持返乡创业情况",
				"已报送的5市合计推介返乡创业项目20个，组织创业导师指导300人次，提供创业场地资源15个。", "五、资金补贴发放情况",
				"已报送的5市合计用于开展各类招聘活动资金62.5万元，发放各类就业补贴1153.75万元。", "六、包车、专列（包车厢）、包机运送情况",
				"已报送的5市通过包车、专列（包车厢）、包机合计运送1500人次，其中专车25辆、运送1000人次，专列（含包车厢）5列（节）、运送500人次，包机0架次、运送0人次。", "七、主要做法",
				"太原市：线上线下联动，周周有招聘。", "八、面临的困难问题和意见建议", "太原市：补贴资金压力大。",
				"未报送困难问题和意见建议的市：大同市、阳泉市、长治市、晋城市、朔州市、晋中市、运城市、忻州市、临汾市、吕梁市。");
		List<List<List<String>>> tables = PhaseScenario.tables(docx);
		assertThat(tables).hasSize(5);
		assertThat(tables.get(2).get(0)).containsExactly("市级名称", "招聘活动资金（万元）", "发放就业补贴（万元）", "备注");
		// money as the cities sent it, the total exactly their sum
		assertThat(tables.get(2)).contains(List.of("晋城市", "12.5", "230.75", "沿用2月21日数据"),
				List.of("合计", "62.5", "1153.75", ""));

		MimeMessage drafted = greenMail.getReceivedMessagesForDomain("jiuye@rst.shanxi.example")[0];
		assertThat(drafted.getSubject()).isEqualTo("【春风行动】待审核：整体总结（截至2024年4月8日）");
		assertThat(Scenario.text(drafted))
			.contains("已报送的5市合计各类招聘活动提供就业岗位45000个", "已报送的5市合计举办招聘会100场", "已报送的5市合计签订就业协议（意向）4500人次。",
					"已报送的5市合计推介返乡创业项目20个", "发放各类就业补贴1153.75万元", "合计运送1500人次",
					// who sent the texts, said once for both items
					"各市报送的主要措施、困难问题和意见建议原文见附件报告：1市已报送，大同市、阳泉市、长治市、晋城市、朔州市、晋中市、运城市、忻州市、临汾市、吕梁市未报送。")
			.doesNotContain(WEEKLY_SENTENCE)
			.doesNotContain("七、主要做法")
			.doesNotContain("全省累计")
			.doesNotContain("全省各类");
	}

}
