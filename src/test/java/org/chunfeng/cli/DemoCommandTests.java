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
 * {@code demo} on the embedded default (no SMTP host): sample inputs in, the weekly
 * report and the .eml files out.
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
		assertThat(out.toString()).contains("COMPLETED")
			.contains("截至2024年2月29日，全省累计举办线上招聘会")
			.contains("chunfeng-weekly-2024-02-29.xlsx")
			.contains(this.workspace.outbox().toString());
		assertThat(this.workspace.reports().resolve("chunfeng-weekly-2024-02-29.xlsx")).exists();
		List<Path> eml;
		try (Stream<Path> files = Files.list(this.workspace.outbox())) {
			eml = files.filter((file) -> file.toString().endsWith(".eml")).toList();
		}
		// leaders, staff, and the cities whose figures disagree with the platform
		assertThat(eml.size()).isGreaterThan(2);
		try (Stream<Path> inbox = Files.list(this.workspace.cityInbox())) {
			assertThat(inbox).isEmpty();
		}
	}

}
