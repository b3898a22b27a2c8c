package org.chunfeng.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.chunfeng.DatabaseCleaner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code import platform FILE…}: output and exit codes. */
@SpringBootTest
class ImportPlatformCommandTests {

	private static final String HEADER = "活动编号,活动名称,活动形式,区划代码,开始日期,提供岗位数,专项活动名称,更新时间\n";

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path folder;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@BeforeEach
	void clean() {
		DatabaseCleaner.clean(this.jdbc);
	}

	@Test
	void exitsZeroAndListsRejectedRowsWhenEveryFileLoads() throws IOException {
		Path file = write("good.csv",
				HEADER + "A1,x,线上,140105,2024-02-01,10,春风行动,\n".repeat(1)
						+ "A%d,x,线下,140105,2024-02-01,10,春风行动,\n".repeat(25).formatted(seq(2, 26))
						+ ",x,线下,140105,2024-02-01,5,春风行动,\n");

		int exitCode = run(file.toString());

		assertThat(exitCode).isEqualTo(ExitCodes.OK);
		assertThat(this.out.toString()).contains("good.csv: 已导入 26 行（读取 27 行，拒绝 1 行）").contains("  第 28 行: 缺少活动编号");
	}

	@Test
	void exitsThreeWhenAFileIsRefused() throws IOException {
		Path good = write("good.csv", HEADER + "A1,x,线上,140105,2024-02-01,10,春风行动,\n");
		Path wrong = write("wrong.csv", "姓名,电话\n张三,123\n");

		int exitCode = run(good.toString(), wrong.toString());

		assertThat(exitCode).isEqualTo(ExitCodes.REJECTED);
		assertThat(this.out.toString()).contains("good.csv: 已导入 1 行");
		assertThat(this.err.toString()).startsWith("拒绝导入 wrong.csv: 找不到表头");
	}

	@Test
	void exitsTwoOnAMissingFileOrNoFile() {
		assertThat(run(this.folder.resolve("missing.csv").toString())).isEqualTo(ExitCodes.USAGE);
		assertThat(this.err.toString()).contains("文件不存在");
		assertThat(run()).isEqualTo(ExitCodes.USAGE);
	}

	@Test
	void reportsTheSameFileAgainAsNotImported() throws IOException {
		Path file = write("good.csv", HEADER + "A1,x,线上,140105,2024-02-01,10,春风行动,\n");
		run(file.toString());

		assertThat(run(file.toString())).isEqualTo(ExitCodes.OK);
		assertThat(this.out.toString()).contains("good.csv: 未导入，与已导入的文件 good.csv 内容完全相同");
	}

	private int run(String... args) {
		CommandLine command = new CommandLine(this.context.getBean(ImportPlatformCommand.class));
		command.setOut(new PrintWriter(this.out, true));
		command.setErr(new PrintWriter(this.err, true));
		return command.execute(args);
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(this.folder.resolve(name), text);
	}

	private static Object[] seq(int from, int to) {
		Object[] values = new Object[to - from + 1];
		for (int i = from; i <= to; i++) {
			values[i - from] = i;
		}
		return values;
	}

}
