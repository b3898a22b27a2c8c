package org.chunfeng.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.chunfeng.admin.AdminContextTest;
import org.chunfeng.deliverable.RunEnded;
import org.chunfeng.deliverable.RunStatus;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run from the command line is in the audit log when it ends: actor 命令行, its number and
 * its real outcome.
 */
class RunAuditTests extends AdminContextTest {

	@Test
	void aCommandLineRunIsAuditedWithItsNumberAndOutcome() {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		List<Subcommand> subcommands = List.copyOf(this.context.getBeansOfType(Subcommand.class).values());
		CommandLine commandLine = new CommandLineLauncher(this.context, subcommands).commandLine();
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));

		assertThat(commandLine.execute("run", "weekly", "--as-of", "2024-02-29", "--no-mail")).as(err.toString())
			.isZero();

		Long run = this.jdbc.queryForObject("select max(job_execution_id) from batch_job_execution", Long.class);
		Map<String, Object> line = this.jdbc.queryForMap("select * from audit_log");
		assertThat(line).containsEntry("username", "命令行")
			.containsEntry("action", "RUN")
			.containsEntry("target", "weekly")
			.containsEntry("outcome", "COMPLETED")
			.containsEntry("detail", "运行 #" + run + "，截至 2024-02-29，不发邮件");
		assertThat(((Number) line.get("run_id")).longValue()).isEqualTo(run);
	}

	@Test
	void aFailedRunIsAuditedWithItsSentenceAndNotItsTechnicalDetail() {
		this.context.publishEvent(new RunEnded(7, "weekly", LocalDate.of(2024, 2, 29), RunStatus.FAILED, "cli", true,
				true, false, "compileStep", "cannot write /srv/chunfeng/out/reports/x.xlsx"));

		assertThat(this.jdbc.queryForMap("select username, outcome, run_id, detail from audit_log"))
			.containsEntry("username", "命令行")
			.containsEntry("outcome", "FAILED")
			.containsEntry("detail", "运行 #7，截至 2024-02-29，强制重新生成。运行在“编制报表”步骤失败，请管理员查看日志，排除问题后从失败的步骤重跑。");
	}

}
