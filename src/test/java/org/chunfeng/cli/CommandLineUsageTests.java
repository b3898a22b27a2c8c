package org.chunfeng.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line as picocli reads it before Spring starts: help, version and bad usage
 * answered there, in Chinese, bad usage in one line with the hint.
 */
class CommandLineUsageTests {

	final StringWriter out = new StringWriter();

	final StringWriter err = new StringWriter();

	Invocation parse(String... args) {
		return Invocation.parse(args, new PrintWriter(this.out, true), new PrintWriter(this.err, true));
	}

	@Test
	void helpIsAnsweredInChineseWithoutTheApplication() {
		Invocation invocation = parse("--help");
		assertThat(invocation.answered()).isTrue();
		assertThat(invocation.exitCode()).isZero();
		assertThat(this.out.toString()).startsWith("用法: chunfeng [-hV] [--home=DIR] 命令")
			.contains("选项:", "命令:", "显示帮助并退出", "显示版本并退出", "import", "run", "serve", "status")
			.doesNotContain("Usage", "Show this help", "Print version");
		assertThat(this.err.toString()).isEmpty();
	}

	@Test
	void serveHelpOnlyPrintsHelp() {
		Invocation invocation = parse("serve", "--help");
		assertThat(invocation.answered()).isTrue();
		assertThat(invocation.exitCode()).isZero();
		assertThat(this.out.toString()).startsWith("用法: chunfeng serve").contains("--bind=ADDRESS", "127.0.0.1");
	}

	@Test
	void versionIsAnswered() {
		Invocation invocation = parse("--version");
		assertThat(invocation.answered()).isTrue();
		assertThat(this.out.toString()).startsWith("chunfeng ");
	}

	@Test
	void badUsageIsOneChineseLineWithTheHint() {
		assertUsage(new String[] { "run", "weekly" }, "错误: run: 缺少必填选项 --as-of D。用 --help 查看用法");
		assertUsage(new String[] { "run" },
				"错误: run: 缺少参数 DELIVERABLE（报表：weekly、reminder、phase1、phase2 或 final）。用 --help 查看用法");
		assertUsage(new String[] { "run", "weekly", "--as-of" }, "错误: run: 选项 --as-of 后面缺少取值。用 --help 查看用法");
		assertUsage(new String[] { "run", "weekly", "--as-of", "--force" },
				"错误: run: 选项 --as-of 后面缺少取值（下一个是 --force）。用 --help 查看用法");
		assertUsage(new String[] { "frobnicate" },
				"错误: 未知命令 frobnicate（可用的命令: demo、import、run、restart、approve、schedule、status、template、serve）。用 --help 查看用法");
		assertUsage(new String[] { "--verbose" }, "错误: 未知选项 --verbose。用 --help 查看用法");
		assertUsage(new String[] { "import" }, "错误: import: 缺少命令，可用的命令: city-reports、platform。用 --help 查看用法");
		assertUsage(new String[] { "import", "platfrom", "x.csv" },
				"错误: import: 未知命令 platfrom，是不是 platform？（可用的命令: city-reports、platform）。用 --help 查看用法");
		assertUsage(new String[] { "status", "--limit", "ten" }, "错误: status: 选项 --limit 的值有误：ten 不是整数。用 --help 查看用法");
		assertUsage(new String[] { "status", "--submissions", "--refused" },
				"错误: status: --submissions 和 --refused 只能选一个。用 --help 查看用法");
		assertUsage(new String[] { "restart", "abc" },
				"错误: restart: 参数 RUN 的值有误：abc 不是运行编号，应为数字（见 status）。用 --help 查看用法");
		assertUsage(new String[] { "run", "weekly", "--as-of", "2024-02-01", "--as-of", "2024-02-02" },
				"错误: run: 选项 --as-of 只能给一次。用 --help 查看用法");
	}

	@Test
	void anImpossibleDateIsCalledImpossibleAndAWrongOneWrong() {
		assertUsage(new String[] { "run", "weekly", "--as-of", "2024-02-30" },
				"错误: run: 选项 --as-of 的值有误：2024-02-30 这一天不存在（2024年2月只有29天）。用 --help 查看用法");
		assertUsage(new String[] { "run", "weekly", "--as-of", "2023-02-29" },
				"错误: run: 选项 --as-of 的值有误：2023-02-29 这一天不存在（2023年2月只有28天）。用 --help 查看用法");
		assertUsage(new String[] { "run", "weekly", "--as-of", "2024-13-01" },
				"错误: run: 选项 --as-of 的值有误：2024-13-01 这一天不存在（没有 13 月）。用 --help 查看用法");
		assertUsage(new String[] { "run", "weekly", "--as-of", "29.2.2024" },
				"错误: run: 选项 --as-of 的值有误：29.2.2024 不是日期，应写作 yyyy-MM-dd，例如 2024-02-29。用 --help 查看用法");
		assertUsage(new String[] { "import", "city-reports", "x.xlsx", "--reporting-date", "2024-04-31" },
				"错误: import city-reports: 选项 --reporting-date 的值有误：2024-04-31 这一天不存在（2024年4月只有30天）。用 --help 查看用法");
	}

	@Test
	void aValidCommandSaysHowToStartTheApplication() {
		Invocation status = parse("--home", "work", "status");
		assertThat(status.answered()).isFalse();
		assertThat(status.serves()).isFalse();
		assertThat(status.properties()).containsEntry("chunfeng.home",
				Path.of("work").toAbsolutePath().normalize().toString());
		Invocation serve = parse("serve", "--port", "9090", "--bind", "0.0.0.0");
		assertThat(serve.serves()).isTrue();
		assertThat(serve.properties()).containsEntry("server.port", "9090").containsEntry("server.address", "0.0.0.0");
		Invocation named = parse("--home", "demo", "demo");
		assertThat(named.answered()).isFalse();
		assertThat(named.properties()).containsKey("chunfeng.home");
		assertThat(this.out.toString() + this.err.toString()).isEmpty();
	}

	private void assertUsage(String[] args, String line) {
		this.err.getBuffer().setLength(0);
		Invocation invocation = parse(args);
		assertThat(invocation.answered()).isTrue();
		assertThat(invocation.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
		assertThat(this.err.toString()).as(String.join(" ", args)).isEqualTo(line + "\n");
	}

}
