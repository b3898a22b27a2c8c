package org.chunfeng.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.chunfeng.DatabaseCleaner;
import org.chunfeng.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code demo} on the embedded default (no SMTP host): two weeks of sample inputs in
 * (every submission status among them), the weekly report and the .eml files out.
 */
@SpringBootTest
class DemoCommandTests {

	@Autowired
	DemoCommand demo;

	@Autowired
	Workspace workspace;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void clean() {
		DatabaseCleaner.clean(this.jdbc);
	}

	@Test
	void importsSampleInputsCompilesTheWeeklyReportAndWritesEmlFiles() throws Exception {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine commandLine = new CommandLine(this.demo);
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));

		int exit = commandLine.execute();

		assertThat(exit).as(err.toString()).isZero();
		assertThat(out.toString()).contains(" weekly 截至 2024-02-29: 已完成")
			.contains("导入平台数据（已完成）：1 个文件，导入 1 个")
			.contains("核对（已完成）：10 市有数据")
			.contains("发送邮件（已完成）：发送 7 封邮件")
			.doesNotContain("COMPLETED")
			.doesNotContain("读 ")
			.contains("平台导出 inbox/platform/平台专项活动导出-20240408.csv")
			.contains("截至2024年2月29日，已报送的10市合计举办线上招聘会")
			.contains("与平台数据核对（平台数据更新至4月8日）：")
			.contains("合计为已报送数据的10市之和，吕梁市未报送，未计入合计；大同市沿用2月22日数据；长治市本期所报文件被退回，沿用2月22日数据。")
			.contains("逾期报送1市（临汾市）")
			.contains("替换先前的文件（更正，文件修改时间较早）")
			.contains("退回通知 长治市 → cz@rst.shanxi.example")
			.contains("chunfeng-weekly-2024-02-29.xlsx")
			.contains(this.workspace.outbox().toString());
		assertThat(this.workspace.reports().resolve("chunfeng-weekly-2024-02-29.xlsx")).exists();
		List<Path> eml;
		try (Stream<Path> files = Files.list(this.workspace.outbox())) {
			eml = files.filter((file) -> file.toString().endsWith(".eml")).toList();
		}
		// leaders, staff, the cities whose figures disagree with the platform, 长治's 退回通知
		assertThat(eml.size()).isGreaterThan(3);
		try (Stream<Path> inbox = Files.list(this.workspace.cityInbox())) {
			assertThat(inbox).isEmpty();
		}
	}

}
