package org.chunfeng.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.chunfeng.admin.AdminContextTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chunfeng.intake.city.CityWorkbookFixtures.workbook;

/** {@code status --submissions [--date D]} and {@code status --refused}. */
class StatusCommandTests extends AdminContextTest {

	@TempDir
	Path folder;

	final StringWriter out = new StringWriter();

	final StringWriter err = new StringWriter();

	int run(String... args) {
		List<Subcommand> subcommands = List.copyOf(this.context.getBeansOfType(Subcommand.class).values());
		CommandLine commandLine = new CommandLineLauncher(this.context, subcommands).commandLine();
		commandLine.setOut(new PrintWriter(this.out, true));
		commandLine.setErr(new PrintWriter(this.err, true));
		return commandLine.execute(args);
	}

	@Test
	void submissionsOpenOnTheLatestDateWithDataAndListEveryCity() throws Exception {
		workbook().row("太原市", ImportCityReportsCommandTests.TAIYUAN).writeTo(this.folder, "太原市.xlsx");
		assertThat(run("import", "city-reports", this.folder.resolve("太原市.xlsx").toString(), "--reporting-date",
				"2024-03-07"))
			.isZero();
		this.out.getBuffer().setLength(0);

		assertThat(run("status", "--submissions")).isZero();

		List<String> lines = this.out.toString().lines().toList();
		assertThat(lines.get(0)).isEqualTo("各市报送（报送日期 2024-03-07）:");
		// received now, long after the due time of 2024-03-07
		assertThat(lines.get(1)).startsWith("  太原市    已报送（逾期）  收到时间 ").endsWith("太原市.xlsx");
		assertThat(lines.get(2)).isEqualTo("  大同市    未报送");
		assertThat(lines).hasSize(13).last().isEqualTo("共 11 市：已报送 1（其中逾期 1），未报送 10");

		this.out.getBuffer().setLength(0);
		assertThat(run("status", "--submissions", "--date", "2024-02-29")).isZero();
		assertThat(this.out.toString()).startsWith("各市报送（报送日期 2024-02-29）:").contains("共 11 市：已报送 0（其中逾期 0），未报送 11");
	}

	@Test
	void refusedListsTheRefusedFilesWithTheirReasonsAndWhenTheyWereReceived() throws Exception {
		Path bad = workbook().xls()
			.row("太原市", ImportCityReportsCommandTests.TAIYUAN, "online_positions", "十二场")
			.writeTo(this.folder, "太原市.xls");
		Path export = Files.writeString(this.folder.resolve("别的表.csv"), "姓名,电话\n张三,123\n", StandardCharsets.UTF_8);
		assertThat(run("import", "city-reports", bad.toString(), "--reporting-date", "2024-02-29", "--received-at",
				"2024-02-29T11:20"))
			.isEqualTo(3);
		assertThat(run("import", "platform", export.toString())).isEqualTo(3);
		this.out.getBuffer().setLength(0);

		assertThat(run("status", "--refused")).isZero();

		List<String> lines = this.out.toString().lines().toList();
		assertThat(lines.get(0)).isEqualTo("被拒收的各市统计表:");
		// when the province received it, as the 退回通知 says; the import time beside it
		assertThat(lines.get(1)).startsWith("  收到时间 2024-02-29 11:20:00  太原市.xls（报送日期 2024-02-29，导入时间 20")
			.endsWith("）：整份拒收");
		assertThat(lines.get(2)).isEqualTo("    太原市.xls 统计表!C5: '十二场' 不是数字，线上招聘会提供就业岗位数量应填阿拉伯数字");
		assertThat(lines.get(3)).isEqualTo("被拒收的平台导出:");
		assertThat(lines.get(4)).contains("  别的表.csv：");
		assertThat(lines).hasSize(5);
	}

	@Test
	void dateGoesWithSubmissionsOnly() {
		assertThat(run("status", "--refused", "--date", "2024-02-29")).isEqualTo(ExitCodes.USAGE);
		assertThat(this.err.toString()).isEqualTo("错误: status: --date 只能与 --submissions 同用。用 --help 查看用法\n");
	}

}
