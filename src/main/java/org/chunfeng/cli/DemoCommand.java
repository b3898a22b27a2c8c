package org.chunfeng.cli;

import java.io.PrintWriter;
import java.util.List;

import org.chunfeng.Workspace;
import org.chunfeng.deliverable.DeliverableRuns;
import org.chunfeng.deliverable.Headlines;
import org.chunfeng.deliverable.RunRecord;
import org.chunfeng.deliverable.RunRequest;
import org.chunfeng.delivery.Outbox;
import org.chunfeng.delivery.OutboxEntry;
import org.chunfeng.demo.SampleInputs;
import org.chunfeng.reconcile.Reconciler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code demo}: writes sample inputs for every city into the inboxes, runs the weekly
 * report as of 2024-02-29 and says where the report and the mail went.
 */
@Component
@Command(name = "demo", description = "用示例数据演示一次周报：写入各市统计表和平台导出样例，生成截至 2024-02-29 的周报", mixinStandardHelpOptions = true)
class DemoCommand implements Subcommand {

	@Spec
	CommandSpec spec;

	private final SampleInputs samples;

	private final DeliverableRuns runs;

	private final Outbox outbox;

	private final ObjectProvider<Reconciler> reconciler;

	private final Workspace workspace;

	DemoCommand(SampleInputs samples, DeliverableRuns runs, Outbox outbox, ObjectProvider<Reconciler> reconciler,
			Workspace workspace) {
		this.samples = samples;
		this.runs = runs;
		this.outbox = outbox;
		this.reconciler = reconciler;
		this.workspace = workspace;
	}

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		SampleInputs.Written written = this.samples.write();
		out.println("示例数据已写入:");
		out.println("  平台导出 " + this.workspace.home().relativize(written.platformExport()) + "（" + written.activities()
				+ " 行）");
		out.println("  各市统计表 " + written.workbooks().size() + " 份 → "
				+ this.workspace.home().relativize(this.workspace.cityInbox()) + "（" + written.missingCity() + "未报送）");
		out.flush();
		// forced, so that the demo can be run again in the same folder
		RunRecord run = this.runs.run(new RunRequest("weekly", SampleInputs.REPORTING_DATE, true, true, "demo"));
		out.println("运行 " + run.id() + " weekly 截至 " + run.asOf() + ": " + run.status());
		for (RunRecord.Step step : run.steps()) {
			out.printf("  %-22s %-10s 读 %d 写 %d 拒 %d%n", step.name(), step.status(), step.readCount(),
					step.writeCount(), step.skipCount());
		}
		if (!"COMPLETED".equals(run.status())) {
			PrintWriter err = this.spec.commandLine().getErr();
			err.println("错误: 演示运行失败: " + String.valueOf(run.exitMessage()).replaceAll("\\s*\\R\\s*", " "));
			err.flush();
			return ExitCodes.FAILURE;
		}
		Reconciler reconciler = this.reconciler.getIfAvailable();
		if (reconciler != null) {
			out.println();
			out.println(Headlines.sentence(reconciler.reconcile(run.asOf())));
			out.println();
		}
		this.runs.reportFile(run.id()).ifPresent((report) -> out.println("报表: " + report));
		List<OutboxEntry> mail = this.runs.deliveries(run.id());
		long sent = mail.stream().filter((message) -> message.state().equals("SENT")).count();
		out.println("邮件: " + sent + "/" + mail.size() + " 封已发送到 " + this.outbox.destination());
		out.flush();
		return ExitCodes.OK;
	}

}
