package org.chunfeng.deliverable.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.chunfeng.campaign.CampaignCalendar;
import org.chunfeng.campaign.Campaigns;
import org.chunfeng.deliverable.Deliverable;
import org.chunfeng.deliverable.Headlines;
import org.chunfeng.delivery.AlertProperties;
import org.chunfeng.delivery.MailKind;
import org.chunfeng.delivery.MailRecipients;
import org.chunfeng.delivery.OutboundMessage;
import org.chunfeng.intake.city.CityRefusal;
import org.chunfeng.intake.city.Metric;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.CountyCheck;
import org.chunfeng.reconcile.CountyStatus;
import org.chunfeng.reconcile.MetricCheck;
import org.chunfeng.reconcile.MetricStatus;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.reconcile.ReconciliationText;
import org.chunfeng.reconcile.SubmissionStatus;
import org.chunfeng.report.StageReport;
import org.chunfeng.report.StageReports;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The messages of a run (SPEC §4.1, §5.2): the report to the deliverable's recipient
 * groups, a discrepancy notice to each compared city with discrepancies, reminders to the
 * cities that have not submitted for the period, a 退回通知 to each city with refused files
 * not yet told of, and an alert to the admins when the platform data is stale. One
 * message per address, so that each recipient gets exactly one. Everything said comes
 * from the run's reconciliation.
 */
@Component
class MessageComposer {

	/** The recipient group of the reminder deliverable. */
	static final String CITIES_NOT_SUBMITTED = "cities-not-submitted";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

	private static final String HTML_START = "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"></head>"
			+ "<body style=\"font-family: 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', sans-serif; "
			+ "font-size: 14px; line-height: 1.6\">";

	private static final String TABLE = "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
			+ "style=\"border-collapse: collapse; font-size: 13px\">";

	private final MailRecipients recipients;

	private final ProvinceContact contact;

	private final Campaigns campaigns;

	private final String alertGroup;

	private final Clock clock;

	MessageComposer(MailRecipients recipients, ProvinceContact contact, Campaigns campaigns, AlertProperties alerts,
			Clock clock) {
		this.recipients = recipients;
		this.contact = contact;
		this.campaigns = campaigns;
		this.alertGroup = alerts.group();
		this.clock = clock;
	}

	/** A composed message and the city it is for (null for the others). */
	record Composed(OutboundMessage message, String city) {

		MailKind kind() {
			return this.message.kind();
		}

	}

	/**
	 * Which version of the report a run sends (SPEC §5.4).
	 *
	 * @param version 1 for the first; 2, 3, … for corrections
	 * @param previous the reconciliation of the version sent before; null for the first
	 * @param previousVersion its number
	 * @param previousSentAt when it was sent
	 */
	record Edition(int version, Reconciliation previous, int previousVersion, Instant previousSentAt) {

		static final Edition FIRST = new Edition(1, null, 0, null);

		boolean correction() {
			return this.version > 1 && this.previous != null;
		}

		/** 更正版（第2版）, or "" for the first version. */
		String label() {
			return (this.version > 1) ? "更正版（第" + this.version + "版）" : "";
		}

	}

	/**
	 * The run's messages. A deliverable with a draft outline (phase and final) says what
	 * its stage is about, not the weekly sentence, and attaches its report document
	 * before the workbook.
	 * @param document the report document to attach (the approved one, else the draft),
	 * or null
	 */
	List<Composed> compose(Deliverable deliverable, Reconciliation reconciliation, String runKey, long runId,
			Path report, Path document, Path chart, Edition edition, List<CityRefusal> refusals) {
		List<Composed> messages = new ArrayList<>();
		if (deliverable.recipients().contains(CITIES_NOT_SUBMITTED)) {
			for (CityReconciliation city : reconciliation.cities()) {
				if (!city.submitted()) {
					for (String address : this.recipients.city(city.city().name())) {
						messages.add(new Composed(reminder(deliverable, city, reconciliation, runKey, runId, address),
								city.city().name()));
					}
				}
			}
		}
		Set<String> addresses = new LinkedHashSet<>();
		deliverable.recipients()
			.stream()
			.filter((group) -> !group.equals(CITIES_NOT_SUBMITTED))
			.forEach((group) -> addresses.addAll(this.recipients.group(group)));
		if (!addresses.isEmpty()) {
			String subject = subject(deliverable, reconciliation.asOf()) + edition.label();
			if (deliverable.hasDraft()) {
				StageReport stage = stage(deliverable, reconciliation);
				String html = HTML_START + stageHtml(deliverable, reconciliation, stage, edition) + "</body></html>";
				String text = stageText(deliverable, reconciliation, stage, edition);
				List<OutboundMessage.Attachment> attachments = attachments(deliverable, reconciliation.asOf(), stage,
						report, document, edition, false);
				for (String address : addresses) {
					messages.add(new Composed(new OutboundMessage(runKey, runId, MailKind.REPORT, List.of(address),
							subject, html, text, attachments, null), null));
				}
			}
			else {
				String html = reportHtml(deliverable, reconciliation, chart != null, edition);
				String text = reportText(deliverable, reconciliation, edition);
				for (String address : addresses) {
					messages.add(
							new Composed(new OutboundMessage(runKey, runId, MailKind.REPORT, List.of(address), subject,
									html, text, report, (report != null)
											? attachmentName(deliverable, reconciliation.asOf(), edition) : null,
									chart), null));
				}
			}
		}
		if (deliverable.cityNotices() && reconciliation.platform().fresh()) {
			for (CityReconciliation city : reconciliation.cities()) {
				if (city.hasDiscrepancies() && changedSince(city, edition)) {
					for (String address : this.recipients.city(city.city().name())) {
						messages.add(new Composed(notice(deliverable, city, reconciliation, runKey, runId, address),
								city.city().name()));
					}
				}
			}
		}
		Map<String, List<CityRefusal>> byCity = new LinkedHashMap<>();
		refusals
			.forEach((refusal) -> byCity.computeIfAbsent(refusal.cityName(), (name) -> new ArrayList<>()).add(refusal));
		byCity.forEach((cityName, cityRefusals) -> {
			for (String address : this.recipients.city(cityName)) {
				messages.add(new Composed(refusalNotice(cityName, cityRefusals, runKey, runId, address), cityName));
			}
		});
		messages.addAll(staleAlert(deliverable, reconciliation, runKey, runId));
		return messages;
	}

	private List<Composed> staleAlert(Deliverable deliverable, Reconciliation reconciliation, String runKey,
			long runId) {
		if (deliverable.hasReport() && !reconciliation.platform().fresh()) {
			List<String> admins = this.recipients.group(this.alertGroup);
			if (!admins.isEmpty()) {
				return List.of(new Composed(staleAlert(deliverable, reconciliation, runKey, runId, admins), null));
			}
		}
		return List.of();
	}

	/**
	 * The draft of a run that needs sign-off (SPEC §5.5), to each address of the
	 * deliverable's reviewers: the report document and the workbook attached, how to
	 * approve it, by when, and what its recipients will read; with the admins' alert when
	 * the platform data is stale, so that it can be put right before the approval.
	 */
	List<Composed> drafts(Deliverable deliverable, Reconciliation reconciliation, String runKey, long runId,
			Path report, Path document, Edition edition) {
		List<Composed> messages = new ArrayList<>();
		Set<String> reviewers = new LinkedHashSet<>();
		deliverable.signOffTo().forEach((group) -> reviewers.addAll(this.recipients.group(group)));
		Set<String> readers = new LinkedHashSet<>();
		deliverable.recipients()
			.stream()
			.filter((group) -> !group.equals(CITIES_NOT_SUBMITTED))
			.forEach((group) -> readers.addAll(this.recipients.group(group)));
		if (!reviewers.isEmpty()) {
			StageReport stage = stage(deliverable, reconciliation);
			String subject = "【春风行动】待审核：" + subject(deliverable, reconciliation.asOf()).replaceFirst("^【春风行动】", "")
					+ edition.label();
			List<String> instructions = draftInstructions(deliverable, reconciliation, runId, readers);
			StringBuilder html = new StringBuilder(HTML_START);
			for (int i = 0; i < instructions.size(); i++) {
				html.append((i == 0) ? "<p style=\"color: #9c0006; font-weight: bold\">" : "<p>")
					.append(escape(instructions.get(i)))
					.append("</p>");
			}
			html.append("<hr><p style=\"color: #555\">以下为审核通过后发给领导的邮件正文：</p>")
				.append(stageHtml(deliverable, reconciliation, stage, edition))
				.append("</body></html>");
			StringBuilder text = new StringBuilder();
			instructions.forEach((line) -> text.append(line).append("\n\n"));
			text.append("----\n以下为审核通过后发给领导的邮件正文：\n\n").append(stageText(deliverable, reconciliation, stage, edition));
			List<OutboundMessage.Attachment> attachments = attachments(deliverable, reconciliation.asOf(), stage,
					report, document, edition, true);
			for (String address : reviewers) {
				messages.add(new Composed(new OutboundMessage(runKey, runId, MailKind.DRAFT, List.of(address), subject,
						html.toString(), text.toString(), attachments, null), null));
			}
		}
		messages.addAll(staleAlert(deliverable, reconciliation, runKey, runId));
		return messages;
	}

	private List<String> draftInstructions(Deliverable deliverable, Reconciliation reconciliation, long runId,
			Set<String> readers) {
		CampaignCalendar campaign = campaign();
		LocalDate due = deliverable.dueDate(reconciliation.asOf(), campaign);
		ZonedDateTime deadline = due.atTime(deliverable.schedule().deadlineTime()).atZone(campaign.zone());
		List<String> lines = new ArrayList<>();
		lines.add("待审核：" + deliverable.title() + "（截至" + RunKeys.chineseDate(reconciliation.asOf())
				+ "）的报告稿已编制完成，审核通过后才会发送给" + (readers.isEmpty() ? "报送对象" : String.join("、", readers)) + "。");
		lines.add("请审阅附件中的报告稿（Word）和统计表（Excel）。需要修改的，请直接修改报告稿，审核时上传修改后的文件，发给领导的即为修改后的文件。");
		lines.add("审核方法：在管理控制台“运行记录”中打开运行 #" + runId + "，点“审核通过”（可同时上传修改后的报告稿）；或在服务器上运行 chunfeng approve " + runId
				+ "（上传修改稿：chunfeng approve " + runId + " --docx 修改后的报告稿.docx）。");
		lines.add("报送截止时间：" + TIME.format(deadline) + "。");
		return lines;
	}

	/** The report document first (as approved, or the draft), then the workbook. */
	private static List<OutboundMessage.Attachment> attachments(Deliverable deliverable, LocalDate asOf,
			StageReport stage, Path report, Path document, Edition edition, boolean draft) {
		List<OutboundMessage.Attachment> attachments = new ArrayList<>();
		if (document != null) {
			attachments.add(OutboundMessage.Attachment.of(document,
					stage.title() + edition.label() + (draft ? "（待审核稿）" : "") + ".docx"));
		}
		if (report != null) {
			attachments.add(OutboundMessage.Attachment.of(report, attachmentName(deliverable, asOf, edition)));
		}
		return attachments;
	}

	private StageReport stage(Deliverable deliverable, Reconciliation reconciliation) {
		return StageReports.of(deliverable.draft(), reconciliation, campaign());
	}

	/** A 退回通知 sent at once, outside any run (a console or API upload). */
	List<Composed> refusalNotices(List<CityRefusal> refusals, String key) {
		List<Composed> messages = new ArrayList<>();
		Map<String, List<CityRefusal>> byCity = new LinkedHashMap<>();
		refusals
			.forEach((refusal) -> byCity.computeIfAbsent(refusal.cityName(), (name) -> new ArrayList<>()).add(refusal));
		byCity.forEach((cityName, cityRefusals) -> {
			for (String address : this.recipients.city(cityName)) {
				messages.add(new Composed(refusalNotice(cityName, cityRefusals, key, 0L, address), cityName));
			}
		});
		return messages;
	}

	static String subject(Deliverable deliverable, LocalDate asOf) {
		String date = RunKeys.chineseDate(asOf);
		return deliverable.subject().replace("{asOf}", date).replace("{dueDate}", date);
	}

	/**
	 * 春风行动开展情况统计表（截至2024年2月29日）.xlsx, with 更正版（第2版） for a correction: what recipients see
	 * and file.
	 */
	static String attachmentName(Deliverable deliverable, LocalDate asOf, Edition edition) {
		return deliverable.title() + "（截至" + RunKeys.chineseDate(asOf) + "）" + edition.label() + ".xlsx";
	}

	// ---- a phase or final report

	/**
	 * What the stage is about, section by section as its report: the province's figures
	 * as sentences, the cities' table, who wrote what; then the cities' submissions and
	 * the platform comparison. Never the weekly sentence.
	 */
	private String stageHtml(Deliverable deliverable, Reconciliation reconciliation, StageReport stage,
			Edition edition) {
		StringBuilder html = new StringBuilder();
		List<String> warnings = warnings(reconciliation, edition);
		for (int i = 0; i < warnings.size(); i++) {
			boolean stale = i == 0 && !reconciliation.platform().fresh();
			html.append(stale ? "<p style=\"color: #9c0006; font-weight: bold\">" : "<p>")
				.append(escape(warnings.get(i)))
				.append("</p>");
		}
		html.append("<p>").append(escape(stageIntro(deliverable, reconciliation, stage))).append("</p>");
		for (String paragraph : stageCoverage(deliverable, stage)) {
			html.append("<p>").append(escape(paragraph)).append("</p>");
		}
		String quotes = commonQuotesLine(stage);
		if (quotes != null) {
			html.append("<p>").append(escape(quotes)).append("</p>");
		}
		for (StageReport.Section section : stage.sections()) {
			stageSection(html, section, "h3", quotes != null);
		}
		List<String> discrepancies = discrepancyLines(reconciliation);
		if (!discrepancies.isEmpty()) {
			html.append("<h3>与平台数据核对的差异</h3>");
		}
		bullets(html, discrepancies);
		submissionsSection(html, reconciliation);
		changesSection(html, edition, reconciliation);
		html.append("<p>").append(escape(stageClosing(stage))).append("</p>");
		return html.toString();
	}

	private void stageSection(StringBuilder html, StageReport.Section section, String tag, boolean quotesSaid) {
		if (!hasContent(section, quotesSaid)) {
			return;
		}
		html.append('<').append(tag).append('>').append(escape(section.heading())).append("</").append(tag).append('>');
		for (String sentence : section.sentences()) {
			html.append("<p>").append(escape(sentence)).append("</p>");
		}
		if (section.table() != null) {
			StageReport.Table table = section.table();
			html.append(TABLE).append("<tr style=\"background: #f2f2f2\">");
			table.header().forEach((cell) -> html.append("<th>").append(escape(cell)).append("</th>"));
			html.append("</tr>");
			for (int r = 0; r < table.rows().size(); r++) {
				boolean total = r == table.rows().size() - 1;
				html.append(total ? "<tr style=\"font-weight: bold\">" : "<tr>");
				List<String> row = table.rows().get(r);
				for (int c = 0; c < row.size(); c++) {
					String cell = row.get(c);
					boolean missing = cell.equals("未报送") || cell.equals("未填");
					boolean figure = c >= table.numericFrom() && c < table.header().size()
							&& !table.header().get(c).equals("备注");
					html.append(missing ? "<td align=\"center\" style=\"background: #fff2cc\">"
							: figure ? "<td align=\"right\">" : "<td>")
						.append(escape(cell))
						.append("</td>");
				}
				html.append("</tr>");
			}
			html.append("</table>");
		}
		if (section.quotes() != null && !quotesSaid) {
			html.append("<p>").append(escape(quotesLine(section.quotes()))).append("</p>");
		}
		for (StageReport.Section item : section.items()) {
			stageSection(html, item, "h4", quotesSaid);
		}
	}

	private String stageText(Deliverable deliverable, Reconciliation reconciliation, StageReport stage,
			Edition edition) {
		StringBuilder text = new StringBuilder();
		warnings(reconciliation, edition).forEach((paragraph) -> text.append(paragraph).append("\n\n"));
		text.append(stageIntro(deliverable, reconciliation, stage)).append("\n\n");
		stageCoverage(deliverable, stage).forEach((paragraph) -> text.append(paragraph).append("\n"));
		String quotes = commonQuotesLine(stage);
		if (quotes != null) {
			text.append(quotes).append('\n');
		}
		for (StageReport.Section section : stage.sections()) {
			stageSectionText(text, section, quotes != null);
		}
		List<String> discrepancies = discrepancyLines(reconciliation);
		if (!discrepancies.isEmpty()) {
			text.append("\n与平台数据核对的差异：\n");
			discrepancies.forEach((line) -> text.append("- ").append(line).append('\n'));
		}
		text.append('\n').append(ReconciliationText.submissions(reconciliation)).append('\n');
		refusedLines(reconciliation).forEach((line) -> text.append("- ").append(line).append('\n'));
		if (edition.correction()) {
			text.append("\n与第").append(edition.previousVersion()).append("版相比的变化：\n");
			changes(edition.previous(), reconciliation).forEach((line) -> text.append("- ").append(line).append('\n'));
		}
		text.append('\n').append(stageClosing(stage)).append('\n');
		return text.toString();
	}

	private static void stageSectionText(StringBuilder text, StageReport.Section section, boolean quotesSaid) {
		if (!hasContent(section, quotesSaid)) {
			return;
		}
		text.append('\n').append(section.heading()).append('\n');
		section.sentences().forEach((sentence) -> text.append(sentence).append('\n'));
		if (section.table() != null) {
			StageReport.Table table = section.table();
			for (List<String> row : table.rows()) {
				List<String> cells = new ArrayList<>();
				for (int c = 1; c < row.size(); c++) {
					if (!row.get(c).isEmpty()) {
						cells.add(table.header().get(c) + " " + row.get(c));
					}
				}
				text.append(row.get(0)).append("：").append(String.join("，", cells)).append('\n');
			}
		}
		if (section.quotes() != null && !quotesSaid) {
			text.append(quotesLine(section.quotes())).append('\n');
		}
		section.items().forEach((item) -> stageSectionText(text, item, quotesSaid));
	}

	/** 《关于…的报告》（截至2024年2月1日）全文见附件（含各市报送的文字材料原文），要点如下： */
	private static String stageIntro(Deliverable deliverable, Reconciliation reconciliation, StageReport stage) {
		return "《" + stage.title() + "》（截至" + RunKeys.chineseDate(reconciliation.asOf()) + "）全文见附件（含各市报送的文字材料原文），要点如下：";
	}

	/**
	 * The report's paragraphs on who reported what (the outline's own opening left out).
	 */
	private static List<String> stageCoverage(Deliverable deliverable, StageReport stage) {
		int own = deliverable.draft().opening().size();
		return stage.opening().subList(Math.min(own, stage.opening().size()), stage.opening().size());
	}

	/**
	 * Who sent the cities' texts, said once when it is the same for every text item (the
	 * texts are in the report):
	 * 各市报送的启动仪式情况、活动计划安排、主要措施、困难问题和意见建议原文见附件报告：9市已报送，朔州市、吕梁市未报送。 Null when the items
	 * differ, or there is only one: each says it under its heading.
	 */
	static String commonQuotesLine(StageReport stage) {
		List<StageReport.Quotes> all = new ArrayList<>();
		collectQuotes(stage.sections(), all);
		if (all.size() < 2 || all.stream().map(StageReport.Quotes::silent).distinct().count() > 1) {
			return null;
		}
		String labels = String.join("、", all.stream().map(StageReport.Quotes::label).distinct().toList());
		StageReport.Quotes first = all.get(0);
		if (first.quotes().isEmpty()) {
			return "各市均未报送" + labels + "。";
		}
		return "各市报送的" + labels + "原文见附件报告：" + (first.silent().isEmpty() ? "各市均已报送。"
				: first.quotes().size() + "市已报送，" + String.join("、", first.silent()) + "未报送。");
	}

	private static void collectQuotes(List<StageReport.Section> sections, List<StageReport.Quotes> into) {
		for (StageReport.Section section : sections) {
			if (section.quotes() != null) {
				into.add(section.quotes());
			}
			collectQuotes(section.items(), into);
		}
	}

	/**
	 * A section has something to say in the mail: sentences, a table, or its texts'
	 * senders when they are not said once for all; a section with nothing is left out.
	 */
	private static boolean hasContent(StageReport.Section section, boolean quotesSaid) {
		return !section.sentences().isEmpty() || section.table() != null || (section.quotes() != null && !quotesSaid)
				|| section.items().stream().anyMatch((item) -> hasContent(item, quotesSaid));
	}

	/**
	 * Who sent a text item, under the item's heading (the texts themselves are in the
	 * report, as the intro says once): 9市已报送，长治市、吕梁市未报送。
	 */
	private static String quotesLine(StageReport.Quotes quotes) {
		if (quotes.quotes().isEmpty()) {
			return "各市均未报送" + quotes.label() + "。";
		}
		if (quotes.silent().isEmpty()) {
			return "各市均已报送。";
		}
		return quotes.quotes().size() + "市已报送，" + String.join("、", quotes.silent()) + "未报送。";
	}

	private static String stageClosing(StageReport stage) {
		return "附件：《" + stage.title() + "》（Word）、春风行动开展情况统计表（Excel）。";
	}

	/**
	 * The stale-platform warning and the correction's first sentence, when they apply.
	 */
	private List<String> warnings(Reconciliation reconciliation, Edition edition) {
		List<String> paragraphs = new ArrayList<>();
		if (!reconciliation.platform().fresh()) {
			paragraphs.add("请注意：平台数据未更新（" + reconciliation.platform().reason()
					+ "），本期各市数据未与山西数字人社一体化平台核对，以下数据均为各市自报数，一致或差异均未判断。");
		}
		if (edition.correction()) {
			paragraphs.add("本邮件为更正版（第" + edition.version() + "版），替代" + time(edition.previousSentAt()) + "发送的第"
					+ edition.previousVersion() + "版，变化见文末。");
		}
		return paragraphs;
	}

	// ---- the report

	/** The sentences before the table, in the order they must be read. */
	private List<String> opening(Reconciliation reconciliation, Edition edition) {
		List<String> paragraphs = warnings(reconciliation, edition);
		String transport = Headlines.transportAndFunds(reconciliation);
		paragraphs.add(Headlines.sentence(reconciliation) + transport);
		if (!reconciliation.withFigures().isEmpty()) {
			paragraphs.add(Headlines.coverage(reconciliation));
		}
		return paragraphs;
	}

	private String reportHtml(Deliverable deliverable, Reconciliation reconciliation, boolean chart, Edition edition) {
		StringBuilder html = new StringBuilder(HTML_START);
		List<String> opening = opening(reconciliation, edition);
		for (int i = 0; i < opening.size(); i++) {
			boolean warning = i == 0 && !reconciliation.platform().fresh();
			html.append(warning ? "<p style=\"color: #9c0006; font-weight: bold\">" : "<p>")
				.append(escape(opening.get(i)))
				.append("</p>");
		}
		html.append("<h3>")
			.append(escape(deliverable.title()))
			.append("（截至")
			.append(RunKeys.chineseDate(reconciliation.asOf()))
			.append("）</h3>");
		html.append(TABLE);
		html.append("<tr style=\"background: #f2f2f2\"><th>")
			.append(Metric.CITY_HEADER)
			.append("</th><th>报送情况</th><th>报送日期</th>");
		for (Metric metric : tableMetrics()) {
			html.append("<th>").append(escape(shortHeader(metric))).append("</th>");
		}
		html.append("<th>与平台核对</th></tr>");
		for (CityReconciliation city : reconciliation.cities()) {
			boolean carried = city.carriedForward();
			html.append("<tr><td>").append(escape(city.city().name())).append("</td>");
			html.append(carried || !city.hasFigures() ? "<td style=\"background: #fff2cc\">" : "<td>")
				.append(escape(ReconciliationText.status(city)))
				.append("</td><td style=\"white-space: nowrap\">")
				.append(city.figuresAsOf().map(ReconciliationText::shortDate).orElse("—"))
				.append("</td>");
			for (Metric metric : tableMetrics()) {
				boolean mismatch = Metric.reconciled().contains(metric)
						&& city.metric(metric).status() == MetricStatus.MISMATCH;
				html.append(mismatch ? "<td align=\"right\" style=\"background: #ffc7ce\">" : "<td align=\"right\">")
					.append(city.figure(metric).map(MessageComposer::number).orElse("未报送"))
					.append("</td>");
			}
			html.append("<td>").append(escape(checkLabel(city))).append("</td></tr>");
		}
		Map<Metric, BigDecimal> totals = reconciliation.totals();
		html.append("<tr style=\"font-weight: bold\"><td>合计</td><td colspan=\"2\">")
			.append(reconciliation.withFigures().size())
			.append("市之和</td>");
		for (Metric metric : tableMetrics()) {
			html.append("<td align=\"right\">")
				.append(totals.isEmpty() ? "—" : number(totals.get(metric)))
				.append("</td>");
		}
		html.append("<td></td></tr></table>");
		html.append("<p style=\"font-size: 12px; color: #555\">")
			.append(escape(tableNote(reconciliation)))
			.append("</p>");
		html.append("<h3>与平台数据核对</h3><p>").append(escape(ReconciliationText.comparison(reconciliation))).append("</p>");
		bullets(html, discrepancyLines(reconciliation));
		submissionsSection(html, reconciliation);
		if (chart) {
			html.append("<h3>各市招聘会提供岗位数</h3><p><img src=\"cid:")
				.append(OutboundMessage.INLINE_IMAGE_ID)
				.append("\" alt=\"各市招聘会提供岗位数\" style=\"max-width: 100%\"></p>");
		}
		changesSection(html, edition, reconciliation);
		html.append("<p>详见附件。</p></body></html>");
		return html.toString();
	}

	private String reportText(Deliverable deliverable, Reconciliation reconciliation, Edition edition) {
		StringBuilder text = new StringBuilder();
		opening(reconciliation, edition).forEach((paragraph) -> text.append(paragraph).append("\n\n"));
		text.append(deliverable.title()).append("（截至").append(RunKeys.chineseDate(reconciliation.asOf())).append("）\n");
		for (CityReconciliation city : reconciliation.cities()) {
			text.append(city.city().name()).append("：").append(ReconciliationText.status(city));
			if (city.hasFigures()) {
				// 沿用2月22日数据 names its date already
				text.append(city.carriedForward() ? ""
						: "，报送日期" + ReconciliationText.shortDate(city.figuresAsOf().orElseThrow()))
					.append("：");
				List<String> figures = new ArrayList<>();
				for (Metric metric : tableMetrics()) {
					figures.add(shortHeader(metric) + " " + number(city.figure(metric).orElseThrow()));
				}
				text.append(String.join("，", figures)).append("；与平台核对：").append(checkLabel(city));
			}
			text.append('\n');
		}
		Map<Metric, BigDecimal> totals = reconciliation.totals();
		if (!totals.isEmpty()) {
			List<String> figures = new ArrayList<>();
			for (Metric metric : tableMetrics()) {
				figures.add(shortHeader(metric) + " " + number(totals.get(metric)));
			}
			text.append("合计（")
				.append(reconciliation.withFigures().size())
				.append("市之和）：")
				.append(String.join("，", figures))
				.append('\n');
		}
		text.append(tableNote(reconciliation)).append('\n');
		text.append('\n').append(ReconciliationText.comparison(reconciliation)).append('\n');
		discrepancyLines(reconciliation).forEach((line) -> text.append("- ").append(line).append('\n'));
		text.append('\n').append(ReconciliationText.submissions(reconciliation)).append('\n');
		refusedLines(reconciliation).forEach((line) -> text.append("- ").append(line).append('\n'));
		if (edition.correction()) {
			text.append("\n与第").append(edition.previousVersion()).append("版相比的变化：\n");
			changes(edition.previous(), reconciliation).forEach((line) -> text.append("- ").append(line).append('\n'));
		}
		text.append("\n详见附件。\n");
		return text.toString();
	}

	/**
	 * Under the city table: what the figures are, the money's precision, and what 沿用
	 * means when a city's figures are carried forward.
	 */
	private static String tableNote(Reconciliation reconciliation) {
		return "数据均为自活动开始至报送日期的累计数；资金单位为万元，为各市所报数值（最多4位小数），合计为其之和"
				+ (reconciliation.carriedForward().isEmpty() ? "。" : "；“沿用”的城市本期未报送新数据，表中为其注明日期的数据。");
	}

	/** The five reconciled figures, the transport total and the two money figures. */
	private static List<Metric> tableMetrics() {
		List<Metric> metrics = new ArrayList<>(Metric.reconciled());
		metrics.add(Metric.TRANSPORT_TOTAL);
		metrics.add(Metric.RECRUITMENT_FUNDS_WAN);
		metrics.add(Metric.SUBSIDIES_WAN);
		return metrics;
	}

	private static String shortHeader(Metric metric) {
		return switch (metric) {
			case ONLINE_FAIRS -> "线上招聘会场次";
			case ONLINE_POSITIONS -> "线上岗位数";
			case OFFLINE_FAIRS -> "线下招聘会场次";
			case OFFLINE_POSITIONS -> "线下岗位数";
			case AGREEMENTS -> "签订就业协议（意向）人次";
			case TRANSPORT_TOTAL -> "合计运送人次";
			case RECRUITMENT_FUNDS_WAN -> "招聘活动资金（万元）";
			case SUBSIDIES_WAN -> "就业补贴（万元）";
			default -> metric.header();
		};
	}

	/** 一致, 有差异, 未核对（平台数据未更新）, or — for a city without figures. */
	private static String checkLabel(CityReconciliation city) {
		if (!city.hasFigures()) {
			return "—";
		}
		if (!city.compared()) {
			return "未核对（平台数据未更新）";
		}
		return city.hasDiscrepancies() ? "有差异" : "一致";
	}

	/** The period's refused files of the cities the report shows as REFUSED. */
	private List<String> refusedLines(Reconciliation reconciliation) {
		List<String> lines = new ArrayList<>();
		for (CityReconciliation city : reconciliation.withStatus(SubmissionStatus.REFUSED)) {
			for (CityRefusal refusal : city.refusals()) {
				lines.add(city.city().name() + "：" + time(refusal.receivedAt()) + "收到的“" + refusal.fileName() + "”（报送日期"
						+ ReconciliationText.shortDate(refusal.reportingDate()) + "）未通过校验，已退回（"
						+ String.join("；", refusal.reasonsInFile()) + "）");
			}
		}
		return lines;
	}

	/** What changed against the version sent before: cities' statuses and figures. */
	static List<String> changes(Reconciliation before, Reconciliation now) {
		List<String> lines = new ArrayList<>();
		for (CityReconciliation city : now.cities()) {
			Optional<CityReconciliation> earlier = before.city(city.city().code());
			if (earlier.isEmpty()) {
				continue;
			}
			String was = ReconciliationText.status(earlier.get());
			String is = ReconciliationText.status(city);
			if (!was.equals(is)) {
				lines.add(city.city().name() + "：报送情况由“" + was + "”改为“" + is + "”");
			}
			for (Metric metric : Metric.values()) {
				Optional<BigDecimal> a = earlier.get().figure(metric);
				Optional<BigDecimal> b = city.figure(metric);
				if (!sameFigure(a, b)) {
					lines.add(city.city().name() + " " + metric.header() + "："
							+ a.map(MessageComposer::number).orElse("未报送") + " → "
							+ b.map(MessageComposer::number).orElse("未报送"));
				}
			}
		}
		Map<Metric, BigDecimal> a = before.totals();
		Map<Metric, BigDecimal> b = now.totals();
		for (Metric metric : Metric.values()) {
			Optional<BigDecimal> x = Optional.ofNullable(a.get(metric));
			Optional<BigDecimal> y = Optional.ofNullable(b.get(metric));
			if (!sameFigure(x, y)) {
				lines.add("合计 " + metric.header() + "：" + x.map(MessageComposer::number).orElse("无") + " → "
						+ y.map(MessageComposer::number).orElse("无"));
			}
		}
		if (lines.isEmpty()) {
			lines.add("各市报送情况和数据均无变化。");
		}
		return lines;
	}

	private static boolean sameFigure(Optional<BigDecimal> a, Optional<BigDecimal> b) {
		if (a.isPresent() != b.isPresent()) {
			return false;
		}
		return a.isEmpty() || a.get().compareTo(b.get()) == 0;
	}

	// ---- city messages

	/**
	 * A correction resends a city's discrepancy notice only when its discrepancies are
	 * not those the previous version told it of.
	 */
	private static boolean changedSince(CityReconciliation city, Edition edition) {
		if (!edition.correction() || !edition.previous().platform().fresh()) {
			return true;
		}
		Optional<CityReconciliation> before = edition.previous().city(city.city().code());
		return before.isEmpty() || !before.get().hasDiscrepancies()
				|| !cityDiscrepancies(before.get(), false).equals(cityDiscrepancies(city, false));
	}

	private OutboundMessage notice(Deliverable deliverable, CityReconciliation city, Reconciliation reconciliation,
			String runKey, long runId, String address) {
		LocalDate figuresDate = city.figuresAsOf().orElseThrow();
		String subject = "【春风行动】" + city.city().name() + "统计数据与平台数据核对差异（截至" + RunKeys.chineseDate(reconciliation.asOf())
				+ "）";
		String period = "贵市本期（" + ReconciliationText.date(reconciliation.period()) + "）";
		String figures = switch (city.status()) {
			case REFUSED -> period + "报送的统计表未通过校验，已退回（见退回通知），现沿用" + ReconciliationText.date(figuresDate) + "的数据";
			case CARRIED_FORWARD -> period + "未报送新的统计表，现沿用" + ReconciliationText.date(figuresDate) + "的数据";
			// a weekly table, or the table sent with a phase report or the final summary
			default -> (campaign().weeklyDueDates().contains(figuresDate) ? "贵市报送的春风行动开展情况统计表"
					: deliverable.hasDraft() ? "贵市随" + deliverable.title() + "报送的统计表" : "贵市报送的统计表") + "（报送日期"
					+ ReconciliationText.date(figuresDate) + "）";
		};
		ZonedDateTime resendBy = resendBy(reconciliation.asOf());
		String resend = (resendBy == null) ? "；如有错误，请与省厅联系更正："
				: "后更正，并于" + TIME.format(resendBy) + "前（" + resendByName(resendBy.toLocalDate()) + "）重新报送：";
		String intro = city.city().name() + "人社局：\n" + figures + "与山西数字人社一体化平台截至" + ReconciliationText.date(figuresDate)
				+ "的数据核对，存在以下差异，请核实" + resend;
		List<String> lines = cityDiscrepancies(city, false);
		String updated = ReconciliationText.platformUpdatedTo(reconciliation);
		String closing = "平台数按平台中截至上述日期开展的春风行动专项活动统计（不含已取消的活动）" + (updated.isEmpty() ? "" : "，" + updated)
				+ "。各县（市、区）须分别列入“已开展”或“未开展”栏。\n" + this.contact.line();
		return cityMessage(runKey, runId, MailKind.DISCREPANCY, address, subject, intro, lines, closing);
	}

	/**
	 * When a city is to send corrected figures for a date: by the due time of the next
	 * weekly due date after it, else by the campaign's last day at the same time; null
	 * when no date is left.
	 */
	private ZonedDateTime resendBy(LocalDate date) {
		CampaignCalendar campaign = campaign();
		Optional<LocalDate> next = campaign.weeklyDueDates().stream().filter((due) -> due.isAfter(date)).findFirst();
		if (next.isPresent()) {
			return campaign.dueAt(next.get());
		}
		return date.isBefore(campaign.windowEnd()) ? campaign.dueAt(campaign.windowEnd()) : null;
	}

	/** 下一个每周报送日, or 活动结束日 for the campaign's last day. */
	private String resendByName(LocalDate date) {
		return campaign().weeklyDueDates().contains(date) ? "下一个每周报送日" : "活动结束日";
	}

	private OutboundMessage reminder(Deliverable deliverable, CityReconciliation city, Reconciliation reconciliation,
			String runKey, long runId, String address) {
		LocalDate period = reconciliation.period();
		ZonedDateTime due = campaign().dueAt(period);
		String subject = subject(deliverable, period);
		String intro;
		List<String> lines = new ArrayList<>();
		if (city.status() == SubmissionStatus.REFUSED) {
			intro = city.city().name() + "人社局：\n贵市报送的春风行动开展情况统计表（报送日期" + ReconciliationText.date(period)
					+ "）未通过校验，已退回，目前尚无可采用的本期数据。请按以下原因更正后，于" + time(due.toInstant()) + "前重新报送：";
			for (CityRefusal refusal : city.refusals()) {
				lines.add("“" + refusal.fileName() + "”（" + time(refusal.receivedAt()) + "收到）："
						+ String.join("；", refusal.reasonsInFile()));
			}
		}
		else {
			intro = city.city().name() + "人社局：\n截至目前尚未收到贵市" + ReconciliationText.date(period) + "的春风行动开展情况统计表，请于"
					+ time(due.toInstant()) + "前报送。如已通过其他途径报送，请忽略本提醒。";
		}
		String closing = city.hasFigures()
				? "逾期未报送的，本期全省报表将沿用贵市" + ReconciliationText.date(city.figuresAsOf().orElseThrow()) + "的数据并注明。"
				: "逾期未报送的，本期全省报表中贵市将注明“未报送”。";
		return cityMessage(runKey, runId, MailKind.REMINDER, address, subject, intro, lines,
				closing + "\n" + this.contact.line());
	}

	private OutboundMessage refusalNotice(String cityName, List<CityRefusal> refusals, String runKey, long runId,
			String address) {
		CityRefusal first = refusals.get(0);
		String subject = "【春风行动】退回通知：" + cityName + "报送的统计表未通过校验（报送日期" + RunKeys.chineseDate(first.reportingDate())
				+ "）";
		String intro;
		List<String> lines = new ArrayList<>();
		if (refusals.size() == 1) {
			intro = cityName + "人社局：\n省厅于" + time(first.receivedAt()) + "收到的贵市“" + first.fileName() + "”（报送日期"
					+ ReconciliationText.date(first.reportingDate()) + "）未通过校验，已退回，表中数据均未采用。原因如下（工作表!单元格：所填内容及问题）：";
			lines.addAll(first.reasonsInFile());
		}
		else {
			intro = cityName + "人社局：\n贵市报送的以下" + refusals.size() + "份统计表未通过校验，已退回，表中数据均未采用。原因如下（工作表!单元格：所填内容及问题）：";
			for (CityRefusal refusal : refusals) {
				for (String reason : refusal.reasonsInFile()) {
					lines.add("“" + refusal.fileName() + "”（" + time(refusal.receivedAt()) + "收到，报送日期"
							+ ReconciliationText.shortDate(refusal.reportingDate()) + "）" + reason);
				}
			}
		}
		String closing = "请按上述原因在原表中更正后重新报送（保持通知附件的表格格式，不要改动表头；数字请填阿拉伯数字，金额以万元为单位）。\n"
				+ resendText(first.reportingDate()) + "\n" + this.contact.line();
		return cityMessage(runKey, runId, MailKind.REFUSAL, address, subject, intro, lines, closing);
	}

	/**
	 * By when a refused file is to be sent again: a weekly due date's own due time; for
	 * another date (a phase or final summary file), which has none, the next date a
	 * corrected file is taken up.
	 */
	private String resendText(LocalDate reportingDate) {
		CampaignCalendar campaign = campaign();
		if (campaign.weeklyDueDates().contains(reportingDate)) {
			Instant due = campaign.dueAt(reportingDate).toInstant();
			return "本期报送截止时间：" + time(due)
					+ (this.clock.instant().isAfter(due) ? "，已过截止时间，请尽快重新报送，逾期报送的将在全省报表中注明。" : "，请在此之前重新报送。");
		}
		ZonedDateTime by = resendBy(reportingDate);
		return (by == null) ? "请尽快重新报送。"
				: "请尽快重新报送，最迟于" + TIME.format(by) + "（" + resendByName(by.toLocalDate()) + "）前报送。";
	}

	private OutboundMessage staleAlert(Deliverable deliverable, Reconciliation reconciliation, String runKey,
			long runId, List<String> admins) {
		String subject = "【春风行动】平台数据未更新：" + deliverable.title() + "（截至" + RunKeys.chineseDate(reconciliation.asOf())
				+ "）未与平台核对";
		String text = "“" + deliverable.title() + "”（截至" + RunKeys.chineseDate(reconciliation.asOf()) + "）已生成，但平台数据未更新（"
				+ reconciliation.platform().reason() + "），各市数据未与平台核对，未发送差异通知。"
				+ "请导入最新的平台导出数据（import platform，或在控制台上传），再以 --force 重新生成并发送更正版。";
		return new OutboundMessage(runKey, runId, MailKind.ALERT, admins, subject,
				HTML_START + "<p>" + escape(text) + "</p></body></html>", text + "\n", null, null, null);
	}

	/** 报送情况: who sent what, and each refused file with why. */
	private void submissionsSection(StringBuilder html, Reconciliation reconciliation) {
		html.append("<h3>报送情况</h3><p>").append(escape(ReconciliationText.submissions(reconciliation))).append("</p>");
		bullets(html, refusedLines(reconciliation));
	}

	/** What a corrected version changes against the one sent before it. */
	private static void changesSection(StringBuilder html, Edition edition, Reconciliation reconciliation) {
		if (edition.correction()) {
			html.append("<h3>与第").append(edition.previousVersion()).append("版相比的变化</h3>");
			bullets(html, changes(edition.previous(), reconciliation));
		}
	}

	/** A bulleted list, or nothing for no lines. */
	private static void bullets(StringBuilder html, List<String> lines) {
		if (!lines.isEmpty()) {
			html.append("<ul>");
			lines.forEach((line) -> html.append("<li>").append(escape(line)).append("</li>"));
			html.append("</ul>");
		}
	}

	private static OutboundMessage cityMessage(String runKey, long runId, MailKind kind, String address, String subject,
			String intro, List<String> lines, String closing) {
		StringBuilder html = new StringBuilder(HTML_START);
		for (String paragraph : intro.split("\n")) {
			html.append("<p>").append(escape(paragraph)).append("</p>");
		}
		if (!lines.isEmpty()) {
			html.append("<ol>");
			lines.forEach((line) -> html.append("<li>").append(escape(line)).append("</li>"));
			html.append("</ol>");
		}
		for (String paragraph : closing.split("\n")) {
			if (!paragraph.isBlank()) {
				html.append("<p>").append(escape(paragraph)).append("</p>");
			}
		}
		html.append("</body></html>");
		StringBuilder text = new StringBuilder(intro).append('\n');
		for (int i = 0; i < lines.size(); i++) {
			text.append(i + 1).append(". ").append(lines.get(i)).append('\n');
		}
		if (!closing.isEmpty()) {
			text.append(closing).append('\n');
		}
		return new OutboundMessage(runKey, runId, kind, List.of(address), subject, html.toString(), text.toString(),
				null, null, null);
	}

	private static List<String> discrepancyLines(Reconciliation reconciliation) {
		List<String> lines = new ArrayList<>();
		for (CityReconciliation city : reconciliation.withDiscrepancies()) {
			lines.addAll(cityDiscrepancies(city, true));
		}
		return lines;
	}

	static List<String> cityDiscrepancies(CityReconciliation city, boolean withCity) {
		String prefix = withCity
				? city.city().name() + (city.carriedForward() ? "（" + ReconciliationText.carried(city) + "）" : "") + " "
				: "";
		String date = city.figuresAsOf().map(ReconciliationText::shortDate).orElse("");
		List<String> lines = new ArrayList<>();
		for (MetricCheck check : city.metrics()) {
			if (check.status() == MetricStatus.MISMATCH) {
				lines.add(prefix + check.metric().header() + "：报送" + number(check.reported()) + "，平台" + check.platform()
						+ "，相差" + signed(check.difference()));
			}
		}
		for (CountyCheck county : city.counties()) {
			String line = switch (county.status()) {
				case CLAIMED_WITHOUT_PLATFORM_RECORD -> "报为已开展，平台截至" + date + "无活动记录";
				case PLATFORM_ACTIVITY_NOT_CLAIMED -> "报为未开展，平台截至" + date + "有" + county.platformActivities() + "场活动记录";
				case NOT_LISTED -> "已开展、未开展两栏均未列入" + (county.activeOnPlatform()
						? "，平台截至" + date + "有" + county.platformActivities() + "场活动记录" : "（平台截至" + date + "无活动记录）");
				default -> null;
			};
			if (line != null && county.status() != CountyStatus.CONFIRMED_ACTIVE) {
				lines.add(prefix + county.countyName() + "：" + line);
			}
		}
		return lines;
	}

	private CampaignCalendar campaign() {
		return this.campaigns.current();
	}

	private String time(Instant instant) {
		return (instant != null) ? TIME.format(instant.atZone(campaign().zone())) : "";
	}

	static String number(BigDecimal value) {
		return Objects.requireNonNull(value).stripTrailingZeros().toPlainString();
	}

	private static String signed(BigDecimal value) {
		return (value.signum() > 0 ? "+" : "") + number(value);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
