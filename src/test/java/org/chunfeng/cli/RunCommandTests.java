package org.chunfeng.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.chunfeng.DatabaseCleaner;
import org.chunfeng.ReportsCleaner;
import org.chunfeng.Workspace;
import org.chunfeng.delivery.MailTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code run} and {@code status} on the command line: exit codes and the JSON summary.
 */
@SpringBootTest
class RunCommandTests extends MailTestSupport {

	@Autowired
	RunCommand runCommand;

	@Autowired
	StatusCommand statusCommand;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Workspace workspace;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@BeforeEach
	void clean() {
		DatabaseCleaner.clean(this.jdbc);
		ReportsCleaner.clean(this.workspace);
	}

	@Test
	void unknownDeliverableIsBadUsage() {
		assertThat(execute(this.runCommand, "monthly", "--as-of", "2024-02-29")).isEqualTo(ExitCodes.USAGE);
		assertThat(this.err.toString()).contains("未知的报表 'monthly'").contains("weekly");
		assertThat(this.out.toString()).isEmpty();
	}

	@Test
	void impossibleDateIsBadUsageAnsweredBeforeTheApplication() {
		Invocation invocation = Invocation.parse(new String[] { "run", "weekly", "--as-of", "2024-02-30" },
				new PrintWriter(this.out, true), new PrintWriter(this.err, true));
		assertThat(invocation.answered()).isTrue();
		assertThat(invocation.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(this.err.toString())
			.isEqualTo("错误: run: 选项 --as-of 的值有误：2024-02-30 这一天不存在（2024年2月只有29天）。用 --help 查看用法\n");
	}

	@Test
	void anAsOfDateOutsideTheCampaignIsBadUsageNamingTheWindow() {
		assertThat(execute(this.runCommand, "weekly", "--as-of", "2023-12-01")).isEqualTo(ExitCodes.USAGE);
		assertThat(this.err.toString()).contains("截至日期 2023-12-01 不在2024年春风行动期间").contains("2024-01-25 至 2024-04-10");
		assertThat(execute(this.runCommand, "final", "--as-of", "2024-04-10")).isNotEqualTo(ExitCodes.USAGE);
		assertThat(execute(this.runCommand, "final", "--as-of", "2024-04-11")).isEqualTo(ExitCodes.USAGE);
		assertThat(this.jdbc.queryForObject("select count(*) from batch_job_execution", Integer.class)).isEqualTo(1);
	}

	@Test
	void jsonIsOneDocumentWithEveryKeyOfTheSummary() {
		int exit = execute(this.runCommand, "weekly", "--as-of", "2024-02-29", "--json");

		assertThat(exit).isEqualTo(ExitCodes.OK);
		JsonNode json = JsonMapper.builder().build().readTree(this.out.toString());
		assertThat(this.out.toString().strip().lines()).hasSize(1);
		assertThat(names(json)).containsExactly("run", "deliverable", "asOf", "period", "version", "preview", "cities",
				"totals", "totals_cover", "platform", "report", "mail");
		assertThat(json.get("deliverable").asString()).isEqualTo("weekly");
		assertThat(json.get("asOf").asString()).isEqualTo("2024-02-29");
		assertThat(json.get("period").asString()).isEqualTo("2024-02-29");
		assertThat(json.get("version").asInt()).isEqualTo(1);
		assertThat(json.get("preview").asBoolean()).isFalse();
		assertThat(json.get("report").asString()).isEqualTo("out/reports/chunfeng-weekly-2024-02-29.xlsx");
		assertThat(json.get("cities")).hasSize(11);
		JsonNode taiyuan = json.get("cities").get(0);
		assertThat(names(taiyuan)).containsExactly("city", "submission", "submitted", "late", "figures_as_of",
				"received_at", "reported", "counties_active", "counties_inactive", "reconciliation", "counties",
				"discrepancy", "refusals", "warnings");
		assertThat(taiyuan.get("city").asString()).isEqualTo("太原市");
		assertThat(taiyuan.get("submission").asString()).isEqualTo("NOT_SUBMITTED");
		assertThat(taiyuan.get("figures_as_of").isNull()).isTrue();
		assertThat(taiyuan.get("reported").isNull()).isTrue();
		assertThat(names(taiyuan.get("reconciliation"))).containsExactly("online_fairs", "online_positions",
				"offline_fairs", "offline_positions", "agreements");
		assertThat(names(taiyuan.get("reconciliation").get("online_fairs"))).containsExactly("reported", "platform",
				"status");
		assertThat(names(taiyuan.get("counties").get(0))).containsExactly("code", "name", "status");
		assertThat(taiyuan.get("counties").get(0).get("code").asString()).isEqualTo("140105");
		assertThat(taiyuan.get("counties").get(0).get("name").asString()).isEqualTo("小店区");
		// no city has figures: no totals rather than zeros
		assertThat(json.get("totals").isNull()).isTrue();
		assertThat(names(json.get("totals_cover"))).containsExactly("cities", "carried_forward", "missing");
		assertThat(json.get("totals_cover").get("missing")).hasSize(11);
		assertThat(names(json.get("platform"))).containsExactly("activities", "rejected_rows", "fresh", "last_import",
				"newest_update", "reason");
		assertThat(json.get("platform").get("fresh").asBoolean()).isFalse();
		// the report to leaders and staff, and the admins' alert about the stale platform
		// data
		assertThat(json.get("mail")).hasSize(3);
		assertThat(names(json.get("mail").get(0))).containsExactly("to", "subject", "kind", "city", "status");
		assertThat(json.get("mail").get(0).get("status").asString()).isEqualTo("SENT");
		assertThat(json.get("mail").get(0).get("kind").asString()).isEqualTo("REPORT");
		assertThat(json.get("mail").get(0).get("city").isNull()).isTrue();
		assertThat(json.get("mail").get(0).get("subject").asString()).isEqualTo("【春风行动】全省开展情况统计（截至2024年2月29日）");
		assertThat(json.get("mail").get(2).get("kind").asString()).isEqualTo("ALERT");
	}

	@Test
	void statusListsRunsStepsAndDeliveries() {
		execute(this.runCommand, "weekly", "--as-of", "2024-02-29");
		this.out.getBuffer().setLength(0);

		assertThat(execute(this.statusCommand)).isEqualTo(ExitCodes.OK);

		assertThat(this.out.toString()).contains("weekly 截至 2024-02-29 已完成")
			.contains("发送邮件（已完成）：发送 ")
			.contains("已发送")
			.contains("leader@rst.shanxi.example")
			.doesNotContain("deliverStep")
			.doesNotContain("COMPLETED")
			.doesNotContain("SENT");
	}

	private int execute(Object command, String... args) {
		CommandLine commandLine = new CommandLine(command);
		commandLine.setOut(new PrintWriter(this.out, true));
		commandLine.setErr(new PrintWriter(this.err, true));
		return commandLine.execute(args);
	}

	static List<String> names(JsonNode node) {
		return node.propertyNames().stream().toList();
	}

}
