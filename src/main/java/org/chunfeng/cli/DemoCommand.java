package org.chunfeng.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.chunfeng.Workspace;
import org.chunfeng.campaign.Campaigns;
import org.chunfeng.deliverable.DeliverableRuns;
import org.chunfeng.deliverable.Headlines;
import org.chunfeng.deliverable.RunMail;
import org.chunfeng.deliverable.RunRecord;
import org.chunfeng.deliverable.RunStatus;
import org.chunfeng.deliverable.RunWording;
import org.chunfeng.deliverable.RunRequest;
import org.chunfeng.delivery.Outbox;
import org.chunfeng.demo.SampleInputs;
import org.chunfeng.intake.city.CityImportResult;
import org.chunfeng.intake.city.CityReportIntake;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.reconcile.ReconciliationText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

/**
 * {@code demo}: writes two weeks of sample city workbooks and a platform export, takes
 * the workbooks in with the times they arrived (as an admin would with
 * {@code --received-at}), runs the weekly report as of 2024-02-29 and says where the
 * report and the mail went. The sample shows every submission status: on time, late,
 * carried forward, refused and not submitted.
 */
@Component
@Command(name = "demo", description = "用示例数据演示一次周报：写入各市统计表和平台导出样例，生成截至 2024-02-29 的周报", mixinStandardHelpOptions = true)
class DemoCommand implements Subcommand {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	@Spec
	CommandSpec spec;

	private final SampleInputs samples;

	private final CityReportIntake intake;

	private final DeliverableRuns runs;

	private final Outbox outbox;

	private final Campaigns campaigns;

	private final Workspace workspace;

	DemoCommand(SampleInputs samples, CityReportIntake intake, DeliverableRuns runs, Outbox outbox, Campaigns campaigns,
			Workspace workspace) {
		this.samples = samples;
		this.intake = intake;
		this.runs = runs;
		this.outbox = outbox;
		this.campaigns = campaigns;
		this.workspace = workspace;
	}

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		SampleInputs.Written written = this.samples.write();
		out.println("示例数据已写入:");
		out.println("  平台导出 " + this.workspace.home().relativize(written.platformExport()) + "（" + written.activities()
				+ " 行）");
		out.println("  各市统计表 " + written.workbooks().size() + " 份（2月1日、2月21日阶段性进展，2月22日、2月29日两期周报，4月8日总结）："
				+ written.carriedForwardCity() + "2月22日以后未再报送，" + written.refusedCity() + "2月29日的文件有误，"
				+ written.missingCity() + "始终未报送；" + written.noProgressCity() + "未附阶段进展，" + written.blankFigureCity()
				+ "阶段进展中有人数未填");
		out.println("导入各市统计表（按实际收到的时间，相当于 import city-reports --received-at）:");
		for (SampleInputs.Workbook workbook : written.workbooks()) {
			CityImportResult result = this.intake.importFile(workbook.file(), workbook.file().getFileName().toString(),
					null, workbook.receivedAt());
			out.println("  " + TIME.format(workbook.receivedAt().atZone(this.campaigns.current().zone())) + " "
					+ workbook.file().getFileName() + " → " + outcome(result)
					+ (workbook.note().isEmpty() ? "" : "（" + workbook.note() + "）"));
		}
		out.flush();
		java.time.Instant asked = java.time.Instant.now();
		RunRecord run = this.runs.run(new RunRequest("weekly", SampleInputs.REPORTING_DATE, false, true, "demo"));
		out.println("运行 " + run.id() + " weekly 截至 " + run.asOf() + ": " + RunWording.status(run.status()));
		if (run.startedAt() != null && run.startedAt().isBefore(asked.minusSeconds(1))) {
			out.println("  （这份周报此前已在本文件夹发送过，本次未重复生成和发送）");
		}
		for (RunRecord.Step step : run.steps()) {
			out.println("  " + RunWording.stepLine(step));
		}
		if (run.status() != RunStatus.COMPLETED) {
			PrintWriter err = this.spec.commandLine().getErr();
			err.println("错误: 演示运行失败: " + String.valueOf(run.exitMessage()).replaceAll("\\s*\\R\\s*", " "));
			err.flush();
			return ExitCodes.FAILURE;
		}
		this.runs.reconciliation(run.id()).ifPresent((reconciliation) -> print(out, reconciliation));
		this.runs.reportFile(run.id()).ifPresent((report) -> out.println("报表: " + report));
		List<RunMail> mail = this.runs.mail(run.id());
		long sent = mail.stream().filter((message) -> message.status() == RunMail.Status.SENT).count();
		out.println("邮件: " + sent + "/" + mail.size() + " 封已发送到 " + this.outbox.destination());
		for (RunMail message : mail) {
			out.println(
					"  " + RunWording.mailKind(message.kind()) + ((message.city() != null) ? " " + message.city() : "")
							+ " → " + String.join(",", message.to()) + ": " + message.subject());
		}
		out.println();
		out.println("阶段性进展和整体总结（报告稿先发处室审核，审核通过后才发给领导）：");
		out.println("  run phase1 --as-of " + SampleInputs.PHASE1_DATE + "；run phase2 --as-of "
				+ SampleInputs.PHASE2_DATE + "；run final --as-of " + SampleInputs.FINAL_DATE + "；然后 approve <运行编号>");
		out.flush();
		return ExitCodes.OK;
	}

	private static void print(PrintWriter out, Reconciliation reconciliation) {
		out.println();
		out.println(Headlines.sentence(reconciliation));
		out.println(Headlines.coverage(reconciliation));
		out.println(ReconciliationText.submissions(reconciliation));
		out.println(ReconciliationText.comparison(reconciliation));
		out.println();
	}

	private static String outcome(CityImportResult result) {
		if (result.duplicate()) {
			return "已导入过，未改动";
		}
		if (!result.accepted().isEmpty()) {
			CityImportResult.Accepted accepted = result.accepted().get(0);
			return "已接收" + (accepted.late() ? "，逾期" : "") + ((accepted.replaces() != null) ? "，替换先前的文件" : "");
		}
		return "已拒绝（" + result.errors().size() + " 处错误）" + (result.refusedCities().isEmpty() ? ""
				: "，周报运行时将向" + String.join("、", result.refusedCities()) + "发送退回通知");
	}

}
