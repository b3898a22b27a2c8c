package org.chunfeng.admin.internal;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.chunfeng.audit.Actors;
import org.chunfeng.campaign.Campaigns;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.reconcile.ReconciliationText;
import org.chunfeng.deliverable.Deliverable;
import org.chunfeng.deliverable.Deliverables;
import org.chunfeng.deliverable.RunRecord;
import org.chunfeng.deliverable.RunWording;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Dates, statuses and names as the console shows them ({@code ${@fmt...}} in templates):
 * Chinese labels for statuses, steps, message kinds, audit actions and actors.
 */
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
			Map.entry("AWAITING_APPROVAL", "待审核"), Map.entry("APPROVED", "已审核通过"), Map.entry("ALREADY_RUNNING", "已在运行"),
			Map.entry("ON_TIME", "按时"), Map.entry("LATE", "逾期"), Map.entry("CARRIED_FORWARD", "沿用"),
			Map.entry("PLATFORM_STALE", "平台数据未更新"),

			Map.entry("THROTTLED", "已暂停登录"), Map.entry("DENIED", "已拒绝"), Map.entry("SUBMITTED", "已提交"),
			Map.entry("SKIPPED", "已跳过"), Map.entry("ALREADY_DONE", "已完成过"), Map.entry("DUPLICATE", "重复文件"),
			Map.entry("LOADED", "已导入"), Map.entry("RUNNING", "导入中"), Map.entry("SENT", "已发送"),
			Map.entry("PENDING", "待发送"), Map.entry("SENDING", "发送中"), Map.entry("NOT_SENT", "未发送"));

	private static final Map<String, String> ACTIONS = Map.ofEntries(Map.entry("LOGIN", "登录"),
			Map.entry("LOGOUT", "退出登录"), Map.entry("DENIED", "拒绝访问"), Map.entry("RUN", "运行报表"),
			Map.entry("RESTART", "重新运行"), Map.entry("PAUSE", "暂停定时"), Map.entry("RESUME", "恢复定时"),
			Map.entry("UPLOAD_CITY", "上传统计表"), Map.entry("UPLOAD_PLATFORM", "上传平台数据"), Map.entry("APPROVE", "审核通过"));

	private static final Map<String, String> MAIL_KINDS = Map.ofEntries(Map.entry("REPORT", "报表"),
			Map.entry("NOTICE", "差异通知"), Map.entry("DISCREPANCY", "差异通知"), Map.entry("REFUSAL", "退回通知"),
			Map.entry("REMINDER", "报送提醒"), Map.entry("DRAFT", "待审核稿"), Map.entry("ALERT", "告警"));

	private final Campaigns campaigns;

	private final Deliverables deliverables;

	ConsoleFormat(Campaigns campaigns, Deliverables deliverables) {
		this.campaigns = campaigns;
		this.deliverables = deliverables;
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

	/** 导入平台数据, 编制报表, ... for a run's step. */
	public String step(String name) {
		return RunWording.step(name);
	}

	/** 报表, 差异通知, 退回通知, ... for a message's kind. */
	public String kind(Object kind) {
		return (kind != null) ? MAIL_KINDS.getOrDefault(kind.toString(), kind.toString()) : "";
	}

	/** 登录, 运行报表, 上传统计表, ... for an audit line's action. */
	public String action(String action) {
		return (action != null) ? ACTIONS.getOrDefault(action, action) : "";
	}

	/** 命令行, 定时任务, or the user, for who started a run. */
	public String actor(String requestedBy) {
		return Actors.of(requestedBy);
	}

	/** A deliverable's title, e.g. 春风行动开展情况统计表 for weekly. */
	public String deliverable(String id) {
		return (id != null) ? this.deliverables.find(id).map(Deliverable::title).orElse(id) : "";
	}

	/** A failed run as one sentence for anyone; empty for others. */
	public String failure(RunRecord run) {
		return RunsShown.failed(run.status()) ? RunsShown.forPeople(run, false).exitMessage() : "";
	}

	/** Technical detail for admins, without server paths. */
	public String detail(String text) {
		return RunWording.withoutPaths(text);
	}

	/** What a step did, in words: 1 个文件，导入 1 个; 10 市有数据; 发送 7 封邮件. */
	public String done(RunRecord.Step step) {
		return RunWording.done(step);
	}

	/** A step's note: a preview's skipped delivery in Chinese, paths left out. */
	public String note(String text) {
		return RunWording.stepNote(text);
	}

	/** A CSS class for a status: ok, bad, busy or plain. */
	public String tone(Object status) {
		String text = String.valueOf(status);
		return switch (text) {
			case "COMPLETED", "APPROVED", "OK", "MATCH", "CONFIRMED_ACTIVE", "CONFIRMED_INACTIVE", "ON_TIME", "LOADED",
					"SENT" ->
				"ok";
			case "FAILED", "MISSED", "REFUSED", "AT_RISK", "MISMATCH", "NOT_SUBMITTED", "ABANDONED",
					"COMPLETED_WITH_FAILURES", "INTERRUPTED", "CLAIMED_WITHOUT_PLATFORM_RECORD",
					"PLATFORM_ACTIVITY_NOT_CLAIMED", "NOT_LISTED", "THROTTLED", "DENIED" ->
				"bad";
			case "STARTING", "STARTED", "STOPPING", "LATE", "CARRIED_FORWARD", "SUBMITTED", "RUNNING", "PENDING",
					"SENDING", "AWAITING_APPROVAL" ->
				"busy";
			default -> "plain";
		};
	}

}
