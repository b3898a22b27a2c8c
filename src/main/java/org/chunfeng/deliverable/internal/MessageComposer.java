package org.chunfeng.deliverable.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.chunfeng.deliverable.Deliverable;
import org.chunfeng.deliverable.Headlines;
import org.chunfeng.delivery.MailRecipients;
import org.chunfeng.delivery.OutboundMessage;
import org.chunfeng.intake.city.Metric;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.CountyCheck;
import org.chunfeng.reconcile.CountyStatus;
import org.chunfeng.reconcile.MetricCheck;
import org.chunfeng.reconcile.MetricStatus;
import org.chunfeng.reconcile.Reconciliation;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The messages of a run (SPEC §5.2): the report to the deliverable's recipient groups, a
 * discrepancy notice to each city with discrepancies, or reminders to the cities that
 * have not submitted. One message per address, so that each recipient gets exactly one.
 */
@Component
class MessageComposer {

	static final String REPORT = "REPORT";

	static final String NOTICE = "NOTICE";

	static final String REMINDER = "REMINDER";

	/** The recipient group of the reminder deliverable. */
	static final String CITIES_NOT_SUBMITTED = "cities-not-submitted";

	private final MailRecipients recipients;

	MessageComposer(MailRecipients recipients) {
		this.recipients = recipients;
	}

	List<OutboundMessage> compose(Deliverable deliverable, Reconciliation reconciliation, String runKey, long runId,
			Path report, Path chart) {
		List<OutboundMessage> messages = new ArrayList<>();
		LocalDate asOf = reconciliation.asOf();
		if (deliverable.recipients().contains(CITIES_NOT_SUBMITTED)) {
			for (CityReconciliation city : reconciliation.cities()) {
				if (!city.submitted()) {
					for (String address : this.recipients.city(city.city().name())) {
						messages.add(reminder(deliverable, city, asOf, runKey, runId, address));
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
			String subject = subject(deliverable, asOf);
			String html = reportHtml(deliverable, reconciliation, chart != null);
			String text = reportText(deliverable, reconciliation);
			for (String address : addresses) {
				messages.add(new OutboundMessage(runKey, runId, REPORT, List.of(address), subject, html, text, report,
						(report != null) ? attachmentName(deliverable, asOf) : null, chart));
			}
		}
		if (deliverable.cityNotices()) {
			for (CityReconciliation city : reconciliation.cities()) {
				if (city.hasDiscrepancies()) {
					for (String address : this.recipients.city(city.city().name())) {
						messages.add(notice(city, asOf, runKey, runId, address));
					}
				}
			}
		}
		return messages;
	}

	static String subject(Deliverable deliverable, LocalDate asOf) {
		String date = RunKeys.chineseDate(asOf);
		return deliverable.subject().replace("{asOf}", date).replace("{dueDate}", date);
	}

	/** 春风行动开展情况统计表（截至2024年2月29日）.xlsx: what recipients see and file. */
	static String attachmentName(Deliverable deliverable, LocalDate asOf) {
		return deliverable.title() + "（截至" + RunKeys.chineseDate(asOf) + "）.xlsx";
	}

	static String headline(Reconciliation reconciliation) {
		return Headlines.sentence(reconciliation);
	}

	private String reportHtml(Deliverable deliverable, Reconciliation reconciliation, boolean chart) {
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"></head>")
			.append("<body style=\"font-family: 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', sans-serif\">");
		html.append("<p>").append(escape(headline(reconciliation))).append("</p>");
		html.append("<h3>").append(escape(deliverable.title())).append("（各市报送情况）</h3>");
		html.append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse: collapse\">");
		html.append("<tr><th>").append(Metric.CITY_HEADER).append("</th><th>报送</th>");
		for (Metric metric : Metric.reconciled()) {
			html.append("<th>").append(escape(metric.header())).append("</th>");
		}
		html.append("<th>核对</th></tr>");
		for (CityReconciliation city : reconciliation.cities()) {
			html.append("<tr><td>").append(escape(city.city().name())).append("</td><td>");
			html.append(city.submitted() ? (late(city) ? "逾期报送" : "已报送") : "未报送").append("</td>");
			for (MetricCheck check : city.metrics()) {
				boolean mismatch = check.status() == MetricStatus.MISMATCH;
				html.append(mismatch ? "<td style=\"background: #ffc7ce\">" : "<td align=\"right\">")
					.append((check.reported() != null) ? number(check.reported()) : "—")
					.append("</td>");
			}
			html.append("<td>").append(!city.submitted() ? "—" : city.hasDiscrepancies() ? "有差异" : "一致");
			html.append("</td></tr>");
		}
		html.append("</table>");
		List<String> discrepancies = discrepancyLines(reconciliation);
		html.append("<h3>与平台数据的差异</h3>");
		if (discrepancies.isEmpty()) {
			html.append("<p>各市报送数据与平台数据一致。</p>");
		}
		else {
			html.append("<ul>");
			discrepancies.forEach((line) -> html.append("<li>").append(escape(line)).append("</li>"));
			html.append("</ul>");
		}
		html.append("<h3>报送情况</h3><p>").append(escape(lateAndMissing(reconciliation))).append("</p>");
		if (chart) {
			html.append("<h3>各市提供岗位数</h3><p><img src=\"cid:")
				.append(OutboundMessage.INLINE_IMAGE_ID)
				.append("\" alt=\"各市提供岗位数\"></p>");
		}
		html.append("<p>详见附件。</p></body></html>");
		return html.toString();
	}

	private String reportText(Deliverable deliverable, Reconciliation reconciliation) {
		StringBuilder text = new StringBuilder();
		text.append(headline(reconciliation)).append("\n\n").append(deliverable.title()).append("（各市报送情况）\n");
		for (CityReconciliation city : reconciliation.cities()) {
			text.append(city.city().name()).append("：");
			if (!city.submitted()) {
				text.append("未报送\n");
				continue;
			}
			List<String> figures = new ArrayList<>();
			for (MetricCheck check : city.metrics()) {
				figures.add(check.metric().header() + " " + number(check.reported()));
			}
			text.append(String.join("，", figures)).append(late(city) ? "（逾期报送）" : "").append('\n');
		}
		List<String> discrepancies = discrepancyLines(reconciliation);
		text.append("\n与平台数据的差异：\n");
		if (discrepancies.isEmpty()) {
			text.append("各市报送数据与平台数据一致。\n");
		}
		discrepancies.forEach((line) -> text.append("- ").append(line).append('\n'));
		text.append("\n报送情况：").append(lateAndMissing(reconciliation)).append("\n\n详见附件。\n");
		return text.toString();
	}

	private OutboundMessage notice(CityReconciliation city, LocalDate asOf, String runKey, long runId, String address) {
		String subject = "【春风行动】" + city.city().name() + "统计数据与平台数据核对差异（截至" + RunKeys.chineseDate(asOf) + "）";
		List<String> lines = cityDiscrepancies(city, false);
		String intro = city.city().name() + "人社局：截至" + RunKeys.chineseDate(asOf)
				+ "，贵市报送的春风行动开展情况统计表与山西数字人社一体化平台数据核对存在以下差异，请核实后更正并重新报送：";
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"></head><body><p>")
			.append(escape(intro))
			.append("</p><ul>");
		lines.forEach((line) -> html.append("<li>").append(escape(line)).append("</li>"));
		html.append("</ul></body></html>");
		StringBuilder text = new StringBuilder(intro).append('\n');
		lines.forEach((line) -> text.append("- ").append(line).append('\n'));
		return new OutboundMessage(runKey, runId, NOTICE, List.of(address), subject, html.toString(), text.toString(),
				null, null, null);
	}

	private OutboundMessage reminder(Deliverable deliverable, CityReconciliation city, LocalDate dueDate, String runKey,
			long runId, String address) {
		String subject = subject(deliverable, dueDate);
		String text = city.city().name() + "人社局：截至目前尚未收到贵市" + RunKeys.chineseDate(dueDate)
				+ "的春风行动开展情况统计表，请于当日18时前报送。如已报送，请忽略本提醒。";
		return new OutboundMessage(runKey, runId, REMINDER, List.of(address), subject,
				"<!DOCTYPE html><html><head><meta charset=\"UTF-8\"></head><body><p>" + escape(text)
						+ "</p></body></html>",
				text + "\n", null, null, null);
	}

	private static List<String> discrepancyLines(Reconciliation reconciliation) {
		List<String> lines = new ArrayList<>();
		for (CityReconciliation city : reconciliation.cities()) {
			lines.addAll(cityDiscrepancies(city, true));
		}
		return lines;
	}

	private static List<String> cityDiscrepancies(CityReconciliation city, boolean withCity) {
		String prefix = withCity ? city.city().name() + " " : "";
		List<String> lines = new ArrayList<>();
		for (MetricCheck check : city.metrics()) {
			if (check.status() == MetricStatus.MISMATCH) {
				lines.add(prefix + check.metric().header() + "：报送" + number(check.reported()) + "，平台" + check.platform()
						+ "，相差" + number(check.difference()));
			}
		}
		for (CountyCheck county : city.counties()) {
			if (county.status() == CountyStatus.CLAIMED_WITHOUT_PLATFORM_RECORD) {
				lines.add(prefix + county.countyName() + "：报为已开展，平台无活动记录");
			}
			else if (county.status() == CountyStatus.PLATFORM_ACTIVITY_NOT_CLAIMED) {
				lines.add(prefix + county.countyName() + "：报为未开展，平台有" + county.platformActivities() + "场活动记录");
			}
		}
		return lines;
	}

	private static String lateAndMissing(Reconciliation reconciliation) {
		List<String> late = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (CityReconciliation city : reconciliation.cities()) {
			if (!city.submitted()) {
				missing.add(city.city().name());
			}
			else if (late(city)) {
				late.add(city.city().name());
			}
		}
		if (late.isEmpty() && missing.isEmpty()) {
			return "各市均已按时报送。";
		}
		String text = "";
		if (!missing.isEmpty()) {
			text += "未报送：" + String.join("、", missing) + "。";
		}
		if (!late.isEmpty()) {
			text += "逾期报送：" + String.join("、", late) + "。";
		}
		return text;
	}

	private static boolean late(CityReconciliation city) {
		return city.submission().map((submission) -> submission.late()).orElse(false);
	}

	static String number(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "0";
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
