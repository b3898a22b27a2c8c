package org.chunfeng.admin.internal;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.chunfeng.campaign.Campaigns;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.reconcile.ReconciliationText;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/** Dates and statuses as the console shows them ({@code ${@fmt...}} in templates). */
@ConditionalOnWebApplication
@Component("fmt")
public class ConsoleFormat {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final Map<String, String> STATUS = Map.ofEntries(Map.entry("COMPLETED", "已完成"),
			Map.entry("FAILED", "失败"), Map.entry("STARTED", "运行中"), Map.entry("STARTING", "启动中"),
			Map.entry("STOPPING", "停止中"), Map.entry("STOPPED", "已停止"), Map.entry("ABANDONED", "已放弃"),
			Map.entry("UNKNOWN", "未知"), Map.entry("MISSED", "错过"), Map.entry("OK", "成功"), Map.entry("REFUSED", "拒收"),
			Map.entry("AT_RISK", "即将逾期"), Map.entry("MATCH", "一致"), Map.entry("MISMATCH", "不一致"),
			Map.entry("NOT_SUBMITTED", "未报送"), Map.entry("CONFIRMED_ACTIVE", "确认已开展"),
			Map.entry("CONFIRMED_INACTIVE", "确认未开展"), Map.entry("CLAIMED_WITHOUT_PLATFORM_RECORD", "报已开展但平台无记录"),
			Map.entry("PLATFORM_ACTIVITY_NOT_CLAIMED", "平台有活动但未报开展"), Map.entry("NOT_LISTED", "未列入"),
			Map.entry("COMPLETED_WITH_FAILURES", "部分发送失败"), Map.entry("INTERRUPTED", "已中断（待接管）"),
			Map.entry("ALREADY_RUNNING", "已在运行"), Map.entry("SENDING", "发送中"),

			Map.entry("ON_TIME", "按时"), Map.entry("LATE", "逾期"), Map.entry("CARRIED_FORWARD", "沿用"),
			Map.entry("PLATFORM_STALE", "平台数据未更新"));

	private final Campaigns campaigns;

	ConsoleFormat(Campaigns campaigns) {
		this.campaigns = campaigns;
	}

	public String time(Object value) {
		return format(value, TIME);
	}

	public String seconds(Object value) {
		return format(value, SECONDS);
	}

	private String format(Object value, DateTimeFormatter formatter) {
		if (value instanceof Instant instant) {
			return formatter.format(instant.atZone(this.campaigns.current().zone()));
		}
		if (value instanceof ZonedDateTime time) {
			return formatter.format(time.withZoneSameInstant(this.campaigns.current().zone()));
		}
		return (value != null) ? value.toString() : "";
	}

	public String status(Object status) {
		if (status == null) {
			return "";
		}
		return STATUS.getOrDefault(status.toString(), status.toString());
	}

	/** What a city's figures are: 按时, 逾期, 沿用2月22日数据, 退回，…, 未报送. */
	public String submission(CityReconciliation city) {
		return ReconciliationText.status(city);
	}

	/** What the comparison with the platform found, as the reports say it. */
	public String comparison(Reconciliation reconciliation) {
		return ReconciliationText.comparison(reconciliation);
	}

	/** What the totals cover, as the reports say it. */
	public String coverage(Reconciliation reconciliation) {
		return ReconciliationText.coverage(reconciliation);
	}

	/** A CSS class for a status: ok, bad, busy or plain. */
	public String tone(Object status) {
		String text = String.valueOf(status);
		return switch (text) {
			case "COMPLETED", "OK", "MATCH", "CONFIRMED_ACTIVE", "CONFIRMED_INACTIVE", "ON_TIME" -> "ok";
			case "FAILED", "MISSED", "REFUSED", "AT_RISK", "MISMATCH", "NOT_SUBMITTED", "ABANDONED",
					"COMPLETED_WITH_FAILURES", "INTERRUPTED", "CLAIMED_WITHOUT_PLATFORM_RECORD",
					"PLATFORM_ACTIVITY_NOT_CLAIMED", "NOT_LISTED" ->
				"bad";
			case "STARTING", "STARTED", "STOPPING", "LATE", "CARRIED_FORWARD" -> "busy";
			default -> "plain";
		};
	}

}
