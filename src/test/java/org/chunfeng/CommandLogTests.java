package org.chunfeng;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.chunfeng.CommandStartTests.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a command leaves in the log file (logs/chunfeng.log under its work folder), in a
 * JVM of its own: every line of an import with its run and import ids, which a grep
 * follows, and the import's progress (rows per second), which the terminal shows too.
 */
class CommandLogTests {

	@TempDir
	Path folder;

	@Test
	void importShowsItsProgressOnTheTerminalAndLogsEveryLineWithItsRunId() throws Exception {
		Path home = Files.createDirectories(this.folder.resolve("home"));
		// a progress line for every chunk, from ./config/ where the command runs
		Files.createDirectories(this.folder.resolve("config"));
		Files.writeString(this.folder.resolve("config/platform.yml"), """
				chunfeng:
				  platform:
				    progress-interval: 0s
				""");
		Path export = Files.writeString(this.folder.resolve("export.csv"), """
				活动编号,活动名称,活动形式,区划代码,开始日期,提供岗位数,专项活动名称,更新时间
				A1,招聘会,线上,140105,2024-02-01,10,2024年春风行动,2024-02-02 10:00
				A2,招聘会,线下,140106,2024-02-03,20,2024年春风行动,2024-02-03 10:00
				""");

		Result result = CommandStartTests.launch(this.folder, "--home", home.toString(), "import", "platform",
				export.toString());

		assertThat(result.exit()).isZero();
		assertThat(result.out()).contains("export.csv: 已导入 2 行");
		assertThat(result.err().lines()).singleElement()
			.asString()
			.matches("export\\.csv: 已读取 2 行，[\\d,]+ 行/秒，未变 0 行，拒绝 0 行");
		List<String> log = Files.readAllLines(home.resolve("logs/chunfeng.log"), StandardCharsets.UTF_8);
		String run = log.stream()
			.filter((line) -> line.contains("platformImportJob") && line.contains(" started: importId=1"))
			.map((line) -> line.replaceFirst(".* \\[run (\\d+)\\] .*", "$1"))
			.findFirst()
			.orElseThrow();
		assertThat(log).filteredOn((line) -> line.contains("[run " + run + "] [import 1] "))
			.anyMatch((line) -> line.endsWith(" : step platformLoadStep started"))
			.anyMatch((line) -> line
				.matches(".* org\\.chunfeng\\.progress +: export\\.csv: 已读取 2 行，[\\d,]+ 行/秒，未变 0 行，拒绝 0 行"))
			.anyMatch((line) -> line.contains(" : step platformLoadStep COMPLETED in ")
					&& line.endsWith(": read 2, written 2, filtered 0, skipped 0, commits 1, rollbacks 0"))
			.anyMatch(
					(line) -> line.matches(".* : platformImportJob " + run + " COMPLETED in .* \\(exit COMPLETED\\)"));
	}

}
