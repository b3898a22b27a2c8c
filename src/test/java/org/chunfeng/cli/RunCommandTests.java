package org.chunfeng.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.chunfeng.DatabaseCleaner;
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

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@BeforeEach
	void clean() {
		DatabaseCleaner.clean(this.jdbc);
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
	void jsonIsOneDocumentWithEveryKeyOfTheSummary() {
		int exit = execute(this.runCommand, "weekly", "--as-of", "2024-02-29", "--json");

		assertThat(exit).isEqualTo(ExitCodes.OK);
		JsonNode json = JsonMapper.builder().build().readTree(this.out.toString());
		assertThat(this.out.toString().strip().lines()).hasSize(1);
		assertThat(names(json)).containsExactly("deliverable", "asOf", "cities", "totals", "platform", "report",
				"mail");
		assertThat(json.get("deliverable").asString()).isEqualTo("weekly");
		assertThat(json.get("asOf").asString()).isEqualTo("2024-02-29");
		assertThat(json.get("report").asString()).isEqualTo("out/reports/chunfeng-weekly-2024-02-29.xlsx");
		assertThat(json.get("cities")).hasSize(11);
		JsonNode taiyuan = json.get("cities").get(0);
		assertThat(names(taiyuan)).containsExactly("city", "submitted", "late", "reported", "counties_active",
				"counties_inactive", "reconciliation", "counties", "warnings");
		assertThat(taiyuan.get("city").asString()).isEqualTo("太原市");
		assertThat(names(taiyuan.get("reconciliation"))).containsExactly("online_fairs", "online_positions",
				"offline_fairs", "offline_positions", "agreements");
		assertThat(names(taiyuan.get("reconciliation").get("online_fairs"))).containsExactly("reported", "platform",
				"status");
		assertThat(names(taiyuan.get("counties").get(0))).containsExactly("code", "name", "status");
		assertThat(taiyuan.get("counties").get(0).get("code").asString()).isEqualTo("140105");
		assertThat(taiyuan.get("counties").get(0).get("name").asString()).isEqualTo("小店区");
		assertThat(names(json.get("totals"))).hasSize(17).startsWith("online_fairs").endsWith("subsidies_wan");
		assertThat(names(json.get("platform"))).containsExactly("activities", "rejected_rows");
		assertThat(json.get("mail")).hasSize(2);
		assertThat(names(json.get("mail").get(0))).containsExactly("to", "subject", "status");
		assertThat(json.get("mail").get(0).get("status").asString()).isEqualTo("SENT");
		assertThat(json.get("mail").get(0).get("subject").asString()).isEqualTo("【春风行动】全省开展情况统计（截至2024年2月29日）");
	}

	@Test
	void statusListsRunsStepsAndDeliveries() {
		execute(this.runCommand, "weekly", "--as-of", "2024-02-29");
		this.out.getBuffer().setLength(0);

		assertThat(execute(this.statusCommand)).isEqualTo(ExitCodes.OK);

		assertThat(this.out.toString()).contains("weekly 截至 2024-02-29 COMPLETED")
			.contains("deliverStep")
			.contains("SENT")
			.contains("leader@rst.shanxi.example");
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
