package org.chunfeng.deliverable;

import java.util.Map;
import java.util.regex.Pattern;

import org.chunfeng.delivery.MailKind;
import org.chunfeng.delivery.MailState;

/**
 * How a run is told to people: its steps, statuses and what each step did in Chinese, its
 * failure as one sentence, and technical detail without the server's paths.
 */
public final class RunWording {

	private static final Map<String, String> STEPS = Map.of("ingestPlatformStep", "导入平台数据", "ingestCityReportsStep",
			"导入各市统计表", "reconcileStep", "核对", "compileStep", "编制报表", "deliverStep", "发送邮件");

	/** A run's, a step's and a message's status, as the console shows them. */
	private static final Map<String, String> STATUSES = Map.ofEntries(Map.entry("COMPLETED", "已完成"),
			Map.entry("FAILED", "失败"), Map.entry("STARTED", "运行中"), Map.entry("STARTING", "启动中"),
			Map.entry("STOPPING", "停止中"), Map.entry("STOPPED", "已停止"), Map.entry("ABANDONED", "已放弃"),
			Map.entry("UNKNOWN", "未知"), Map.entry("COMPLETED_WITH_FAILURES", "部分发送失败"),
			Map.entry("INTERRUPTED", "已中断（待接管）"), Map.entry("AWAITING_APPROVAL", "待审核"), Map.entry("APPROVED", "已审核通过"),
			Map.entry("SENT", "已发送"), Map.entry("PENDING", "待发送"), Map.entry("SENDING", "发送中"),
			Map.entry("NOT_SENT", "未发送"));

	/** A message's kind, as the console shows it. */
	private static final Map<String, String> MAIL_KINDS = Map.of("REPORT", "报表", "NOTICE", "差异通知", "DISCREPANCY",
			"差异通知", "REFUSAL", "退回通知", "REMINDER", "报送提醒", "DRAFT", "待审核稿", "ALERT", "告警");

	/** Batch's note of a deliverable without a report, stored by earlier versions. */
	private static final Pattern NO_REPORT = Pattern.compile("no report for \\S+");

	/** An absolute path (Unix, Windows or a file: URL): only its last part is kept. */
	private static final Pattern PATH = Pattern.compile(
			"(?:file:)?(?<![\\w.~-])(?:/(?:[^\\s/:'\"“”‘’，,；;（）()<>\\[\\]]+/)+|[A-Za-z]:\\\\(?:[^\\s\\\\:'\"“”，,；;（）()]+\\\\)+)");

	private RunWording() {
	}

	/** The step's Chinese name; its own name when unknown. */
	public static String step(String name) {
		return (name != null) ? STEPS.getOrDefault(name, name) : "";
	}

	/** A run's or step's status in Chinese (已完成, 待审核…). */
	public static String status(RunStatus status) {
		return said(STATUSES, status);
	}

	/** A message's status in a run's summary in Chinese (已发送, 未发送…). */
	public static String status(RunMail.Status status) {
		return said(STATUSES, status);
	}

	/** A message's state in the outbox in Chinese (待发送, 已发送…). */
	public static String status(MailState state) {
		return said(STATUSES, state);
	}

	/** A message's kind in Chinese (报表, 差异通知…); its own name when there is none. */
	public static String mailKind(MailKind kind) {
		return said(MAIL_KINDS, kind);
	}

	private static String said(Map<String, String> words, Enum<?> value) {
		return (value != null) ? words.getOrDefault(value.name(), value.name()) : "";
	}

	/**
	 * What a step did, in words instead of Batch's counts (read, written, skipped): 1
	 * 个文件，导入 1 个; 10 市有数据; 报表 1 份; 发送 7 封邮件. Empty for a failed step, and where its note
	 * says it.
	 */
	public static String done(RunRecord.Step step) {
		if (step.status() != RunStatus.COMPLETED && step.status() != RunStatus.STOPPED) {
			return "";
		}
		long read = step.readCount();
		long written = step.writeCount();
		long refused = step.skipCount();
		return switch (step.name()) {
			case "ingestPlatformStep" -> (read == 0) ? "无新文件"
					: read + " 个文件，导入 " + written + " 个" + ((refused > 0) ? "，拒收 " + refused + " 个" : "");
			case "ingestCityReportsStep" -> (read == 0) ? "无新文件"
					: read + " 个文件，接收 " + written + " 个" + ((refused > 0) ? "，退回 " + refused + " 个" : "");
			case "reconcileStep" -> written + " 市有数据";
			case "compileStep" -> switch ((int) written) {
				case 0 -> "不编制报表";
				case 1 -> "报表 1 份";
				default -> "报表和报告稿各 1 份";
			};
			case "deliverStep" -> "--no-mail".equals(step.exitMessage()) ? ""
					: "发送 " + written + " 封邮件" + ((refused > 0) ? "，" + refused + " 封失败" : "");
			default -> "";
		};
	}

	/**
	 * A step for people in one line: its name, status, what it did and its note, e.g.
	 * 导入平台数据（已完成）：1 个文件，导入 1 个.
	 */
	public static String stepLine(RunRecord.Step step) {
		String done = done(step);
		String note = stepNote(step.exitMessage());
		String said = String.join("；",
				java.util.stream.Stream.of(done, (note != null) ? note.replaceAll("\\s*\\R\\s*", " ") : "")
					.filter((part) -> !part.isBlank())
					.toList());
		return step(step.name()) + "（" + status(step.status()) + "）" + (said.isEmpty() ? "" : "：" + said);
	}

	/** One sentence for anyone: where the run failed and what to do. */
	public static String failure(String failedStep) {
		if (failedStep == null) {
			return "运行失败，请管理员查看日志，排除问题后重新运行。";
		}
		return "运行在“" + step(failedStep) + "”步骤失败，请管理员查看日志，排除问题后从失败的步骤重跑。";
	}

	/** Technical detail for admins: server paths reduced to file names. */
	public static String withoutPaths(String text) {
		return (text != null) ? PATH.matcher(text).replaceAll("") : null;
	}

	/**
	 * A step's note for people: a preview's skipped delivery said in Chinese, paths left
	 * out.
	 */
	public static String stepNote(String text) {
		if (text != null && NO_REPORT.matcher(text).matches()) {
			// said by what the step did (不编制报表)
			return "";
		}
		return "--no-mail".equals(text) ? "未发送邮件（预览：不发邮件）" : withoutPaths(text);
	}

}
