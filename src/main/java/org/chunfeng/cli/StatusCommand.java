package org.chunfeng.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.chunfeng.audit.Actors;
import org.chunfeng.campaign.CampaignCalendar;
import org.chunfeng.campaign.Campaigns;
import org.chunfeng.deliverable.DeliverableRuns;
import org.chunfeng.deliverable.RunRecord;
import org.chunfeng.deliverable.RunStatus;
import org.chunfeng.deliverable.RunWording;
import org.chunfeng.delivery.Outbox;
import org.chunfeng.delivery.OutboxEntry;
import org.chunfeng.intake.city.CityImportResult;
import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.intake.city.CitySubmissions;
import org.chunfeng.intake.platform.PlatformActivities;
import org.chunfeng.intake.platform.PlatformImport;
import org.chunfeng.region.City;
import org.chunfeng.region.Divisions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * {@code status}: recent runs with their steps, and the latest messages;
 * {@code status --submissions [--date D]}: each city's submission for a reporting date;
 * {@code status --refused}: the refused files.
 */
@Component
// picocli sets the fields: a fresh instance per command line
@Scope("prototype")
@Command(name = "status", description = "最近的运行和邮件；--submissions 列出各市的报送，--refused 列出被拒收的文件",
		mixinStandardHelpOptions = true)
class StatusCommand implements Subcommand {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final int SCANNED_IMPORTS = 1000;

	@Option(names = "--limit", defaultValue = "10", paramLabel = "N", description = "列出多少条（默认 10）")
	int limit;

	@ArgGroup(exclusive = true)
	View view;

	@Option(names = "--date", paramLabel = "D", description = "与 --submissions 同用：报送日期（默认：有报送数据的最近日期）")
	LocalDate date;

	@Spec
	CommandSpec spec;

	private final DeliverableRuns runs;

	private final Outbox outbox;

	private final CitySubmissions submissions;

	private final PlatformActivities platform;

	private final Divisions divisions;

	private final Campaigns campaigns;

	private final Clock clock;

	StatusCommand(DeliverableRuns runs, Outbox outbox, CitySubmissions submissions, PlatformActivities platform,
			Divisions divisions, Campaigns campaigns, Clock clock) {
		this.runs = runs;
		this.outbox = outbox;
		this.submissions = submissions;
		this.platform = platform;
		this.divisions = divisions;
		this.campaigns = campaigns;
		this.clock = clock;
	}

	/** What to list instead of the runs. */
	static class View {

		@Option(names = "--submissions", required = true, description = "各市的报送情况（某一报送日期）")
		boolean submissions;

		@Option(names = "--refused", required = true, description = "被拒收的文件（各市统计表和平台导出）及原因")
		boolean refused;

	}

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		if (this.date != null && (this.view == null || !this.view.submissions)) {
			throw new picocli.CommandLine.ParameterException(this.spec.commandLine(), "--date 只能与 --submissions 同用");
		}
		if (this.view != null && this.view.submissions) {
			printSubmissions(out);
		}
		else if (this.view != null && this.view.refused) {
			printRefused(out);
		}
		else {
			printRuns(out);
		}
		out.flush();
		return ExitCodes.OK;
	}

	private void printRuns(PrintWriter out) {
		out.println("最近的运行:");
		for (RunRecord run : this.runs.recent(this.limit)) {
			out.printf("#%d %s 截至 %s %s  %s → %s  （%s）%s%n", run.id(), run.deliverable(), run.asOf(), shown(run),
					time(run.startedAt()), time(run.endedAt()), Actors.of(run.requestedBy()),
					(run.reportFile() != null) ? "  报表 " + run.reportFile() : "");
			for (RunRecord.Step step : run.steps()) {
				out.println("    " + RunWording.stepLine(step));
			}
			if (!RunOutcomes.succeeded(run) && run.status() != RunStatus.APPROVED && !blank(run.exitMessage())) {
				out.println("    原因: " + firstLine(run.exitMessage()));
			}
		}
		out.println("邮件（" + this.outbox.destination() + "）:");
		for (OutboxEntry message : this.outbox.recent(this.limit * 5)) {
			out.printf("  %s %s%s 尝试 %d  %s  %s%s%n", message.runKey(), RunWording.status(message.state()),
					message.possibleDuplicate() ? " 可能重复（发送中断后以同一 Message-ID 重发）" : "", message.attempts(),
					String.join(",", message.to()), message.subject(),
					(message.lastError() != null) ? "  原因: " + message.lastError() : "");
		}
	}

	private void printSubmissions(PrintWriter out) {
		LocalDate reportingDate = (this.date != null) ? this.date : latestDateWithData();
		out.println("各市报送（报送日期 " + reportingDate + "）:");
		int submitted = 0;
		int late = 0;
		for (City city : this.divisions.cities()) {
			Optional<CitySubmission> submission = this.submissions.current(city.code(), reportingDate);
			if (submission.isPresent()) {
				CitySubmission shown = submission.get();
				submitted++;
				late += shown.late() ? 1 : 0;
				out.printf("  %-6s 已报送%s  收到时间 %s  %s%s%n", city.name(), shown.late() ? "（逾期）" : "",
						time(shown.receivedAt()), shown.fileName(),
						shown.warnings().isEmpty() ? "" : "  " + shown.warnings().size() + " 条警告");
			}
			else {
				out.printf("  %-6s 未报送%n", city.name());
			}
		}
		out.printf("共 %d 市：已报送 %d（其中逾期 %d），未报送 %d%n", this.divisions.cities().size(), submitted, late,
				this.divisions.cities().size() - submitted);
	}

	/**
	 * The latest reporting date of an accepted workbook; else the latest weekly due date.
	 */
	private LocalDate latestDateWithData() {
		Optional<LocalDate> latest = this.submissions.recentImports(SCANNED_IMPORTS)
			.stream()
			.filter((result) -> !result.duplicate() && !result.acceptedCities().isEmpty())
			.map(CityImportResult::reportingDate)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder());
		CampaignCalendar campaign = this.campaigns.current();
		return latest.orElseGet(() -> campaign.latestWeeklyDueDate(LocalDate.now(this.clock.withZone(zone())))
			.orElse(campaign.weeklyDueDates().get(0)));
	}

	private void printRefused(PrintWriter out) {
		List<CityImportResult> cities = this.submissions.recentImports(SCANNED_IMPORTS)
			.stream()
			.filter(CityImportResult::refused)
			.limit(this.limit)
			.toList();
		out.println("被拒收的各市统计表:");
		if (cities.isEmpty()) {
			out.println("  无");
		}
		for (CityImportResult result : cities) {
			// when the file reached the province, as its 退回通知 says; the import time only
			// when it differs (a file that came by email, imported later)
			out.printf("  收到时间 %s  %s%s%s%n", time(result.receivedAt()), result.file(),
					(result.reportingDate() != null) ? "（报送日期 " + result.reportingDate()
							+ (sameMinute(result.receivedAt(), result.importedAt()) ? ""
									: "，导入时间 " + time(result.importedAt()))
							+ "）" : "",
					result.acceptedCities().isEmpty() ? "：整份拒收"
							: "：已接收 " + String.join("、", result.acceptedCities()) + "，其余拒收");
			for (String error : result.errors()) {
				out.println("    " + error.replaceAll("\\s*\\R\\s*", " "));
			}
		}
		List<PlatformImport> exports = this.platform.recentImports(SCANNED_IMPORTS)
			.stream()
			.filter((platformImport) -> platformImport.outcome() == PlatformImport.Outcome.REFUSED)
			.limit(this.limit)
			.toList();
		out.println("被拒收的平台导出:");
		if (exports.isEmpty()) {
			out.println("  无");
		}
		for (PlatformImport export : exports) {
			out.printf("  %s  %s：%s%n", time(export.startedAt()), export.file(),
					String.valueOf(export.reason()).replaceAll("\\s*\\R\\s*", " "));
		}
	}

	private ZoneId zone() {
		return this.campaigns.current().zone();
	}

	private String time(Instant instant) {
		return (instant != null) ? TIME.format(instant.atZone(zone())) : "…";
	}

	/** The states of issue #10 say what they mean. */
	private static String shown(RunRecord run) {
		String status = RunWording.status(run.status());
		if (run.status() == RunStatus.COMPLETED_WITH_FAILURES) {
			return status + "（有收件人被拒收，已通知管理员）";
		}
		if (run.status() == RunStatus.AWAITING_APPROVAL) {
			return status + "（报告稿已发送审核，审核通过后才发送给领导：chunfeng approve " + run.id() + "）";
		}
		if (run.status() == RunStatus.APPROVED) {
			return status + "（报告由随后的运行发送）";
		}
		if (run.status() == RunStatus.INTERRUPTED) {
			return status + "（运行进程已终止：serve 会在两分钟内接管，或运行 chunfeng restart " + run.id() + "）";
		}
		return status;
	}

	private static boolean sameMinute(Instant a, Instant b) {
		return a == null || b == null || Math.abs(a.getEpochSecond() - b.getEpochSecond()) < 60;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String firstLine(String text) {
		String line = text.strip().split("\\R", 2)[0];
		return (line.length() > 300) ? line.substring(0, 300) + "…" : line;
	}

}
