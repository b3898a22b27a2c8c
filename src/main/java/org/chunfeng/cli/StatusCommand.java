package org.chunfeng.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.chunfeng.deliverable.DeliverableRuns;
import org.chunfeng.deliverable.RunRecord;
import org.chunfeng.delivery.Outbox;
import org.chunfeng.delivery.OutboxEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

/** {@code status}: recent runs with their steps, and the latest messages. */
@Component
@Command(name = "status", description = "最近的运行和邮件 (recent runs, their steps, and deliveries)",
		mixinStandardHelpOptions = true)
class StatusCommand implements Subcommand {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.of("Asia/Shanghai"));

	@Option(names = "--limit", defaultValue = "10", description = "how many runs (default 10)")
	int limit;

	@Spec
	CommandSpec spec;

	private final DeliverableRuns runs;

	private final Outbox outbox;

	StatusCommand(DeliverableRuns runs, Outbox outbox) {
		this.runs = runs;
		this.outbox = outbox;
	}

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		out.println("最近的运行 (recent runs):");
		for (RunRecord run : this.runs.recent(this.limit)) {
			out.printf("#%d %s 截至 %s %s  %s → %s  (%s)%s%n", run.id(), run.deliverable(), run.asOf(), shown(run),
					time(run.startedAt()), time(run.endedAt()), run.requestedBy(),
					(run.reportFile() != null) ? "  报表 " + run.reportFile() : "");
			for (RunRecord.Step step : run.steps()) {
				out.printf("    %-22s %-10s 读 %d 写 %d 拒 %d%s%n", step.name(), step.status(), step.readCount(),
						step.writeCount(), step.skipCount(),
						blank(step.exitMessage()) ? "" : "  " + step.exitMessage().replaceAll("\\s*\\R\\s*", " "));
			}
			if (!"COMPLETED".equals(run.status()) && !blank(run.exitMessage())) {
				out.println("    原因: " + firstLine(run.exitMessage()));
			}
		}
		out.println("邮件 (deliveries, " + this.outbox.destination() + "):");
		for (OutboxEntry message : this.outbox.recent(this.limit * 5)) {
			out.printf("  %s %-7s%s 尝试 %d  %s  %s%s%n", message.runKey(), message.state(),
					message.possibleDuplicate() ? " 可能重复（发送中断后以同一 Message-ID 重发）" : "", message.attempts(),
					String.join(",", message.to()), message.subject(),
					(message.lastError() != null) ? "  原因: " + message.lastError() : "");
		}
		out.flush();
		return ExitCodes.OK;
	}

	/** The states of issue #10 say what they mean. */
	private static String shown(RunRecord run) {
		if (RunRecord.COMPLETED_WITH_FAILURES.equals(run.status())) {
			return run.status() + "（部分发送失败：有收件人被拒收，已通知管理员）";
		}
		if (RunRecord.INTERRUPTED.equals(run.status())) {
			return run.status() + "（运行进程已终止：serve 会在两分钟内接管，或运行 chunfeng restart " + run.id() + "）";
		}
		return run.status();
	}

	private static String time(Instant instant) {
		return (instant != null) ? TIME.format(instant) : "…";
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String firstLine(String text) {
		String line = text.strip().split("\\R", 2)[0];
		return (line.length() > 300) ? line.substring(0, 300) + "…" : line;
	}

}
