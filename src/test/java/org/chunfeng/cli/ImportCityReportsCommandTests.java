package org.chunfeng.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.chunfeng.DatabaseCleaner;
import org.chunfeng.intake.city.CitySubmissions;
import org.chunfeng.intake.city.CityWorkbookFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chunfeng.intake.city.CityWorkbookFixtures.workbook;

/**
 * {@code import city-reports} and {@code template}: output and exit codes, receipt time
 * and which file counts.
 */
@SpringBootTest
class ImportCityReportsCommandTests {

	static final String TAIYUAN = "小店区、迎泽区、杏花岭区、尖草坪区、万柏林区、晋源区、清徐县、阳曲县、娄烦县、古交市";

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CitySubmissions submissions;

	@TempDir
	Path folder;

	final StringWriter out = new StringWriter();

	final StringWriter err = new StringWriter();

	@BeforeEach
	void clean() {
		DatabaseCleaner.clean(this.jdbc);
	}

	int run(String... args) {
		List<Subcommand> subcommands = List.copyOf(this.context.getBeansOfType(Subcommand.class).values());
		CommandLine commandLine = new CommandLineLauncher(this.context, subcommands).commandLine();
		commandLine.setOut(new PrintWriter(this.out, true));
		commandLine.setErr(new PrintWriter(this.err, true));
		return commandLine.execute(args);
	}

	Path write(String name, CityWorkbookFixtures fixture, String modified) throws Exception {
		Path file = fixture.writeTo(this.folder, name);
		Files.setLastModifiedTime(file, FileTime.from(Instant.parse(modified)));
		return file;
	}

	@Test
	void exitsZeroWhenEveryFileIsAccepted() throws Exception {
		Path file = write("taiyuan.xlsx", workbook().row("太原市", TAIYUAN), "2024-02-29T02:00:00Z");
		assertThat(run("import", "city-reports", file.toString(), "--reporting-date", "2024-02-29", "--received-at",
				"2024-02-29T10:00"))
			.isZero();
		assertThat(this.out.toString()).isEqualTo("taiyuan.xlsx: 已接收 太原市（报送日期 2024-02-29，收到时间 2024-02-29 10:00）\n");
		assertThat(this.jdbc.queryForObject("select late from city_submission", Boolean.class)).isFalse();
	}

	@Test
	void printsWarningsAndLatenessOfAcceptedFile() throws Exception {
		Path file = write("taiyuan.xlsx", workbook().row("太原市", TAIYUAN, "transport_total", 301),
				"2024-02-29T02:00:00Z");
		assertThat(run("import", "city-reports", file.toString(), "--reporting-date", "2024-02-29", "--received-at",
				"2024-02-29T19:00"))
			.isZero();
		assertThat(this.out.toString()).isEqualTo("""
				taiyuan.xlsx: 已接收 太原市（报送日期 2024-02-29，收到时间 2024-02-29 19:00，逾期：截止时间为 2024-02-29 18:00）
				  警告: taiyuan.xlsx 统计表!G5: 合计运送人次 '301' 不等于专车、专列、包机运送人次之和 300
				""");
		assertThat(this.jdbc.queryForObject("select late from city_submission", Boolean.class)).isTrue();
	}

	@Test
	void aPhaseFileIsNotJudgedLateByAWeeklyDueTime() throws Exception {
		Path file = write("taiyuan.xlsx", workbook().row("太原市", TAIYUAN), "2024-02-21T02:00:00Z");

		assertThat(run("import", "city-reports", file.toString(), "--reporting-date", "2024-02-21", "--received-at",
				"2024-02-21T20:00"))
			.isZero();

		assertThat(this.out.toString())
			.isEqualTo("taiyuan.xlsx: 已接收 太原市（报送日期 2024-02-21，收到时间 2024-02-21 20:00，不是每周报送日，不判断是否逾期）\n");
		assertThat(this.jdbc.queryForObject("select late from city_submission", Boolean.class)).isFalse();
	}

	@Test
	void receiptIsWhenChunfengTookTheFileInNeverTheFileTime() throws Exception {
		// written on time, taken in now: long after the due time
		Path file = write("taiyuan.xlsx", workbook().row("太原市", TAIYUAN), "2024-02-29T02:00:00Z");
		Instant before = Instant.now();

		assertThat(run("import", "city-reports", file.toString(), "--reporting-date", "2024-02-29")).isZero();

		assertThat(this.jdbc.queryForObject("select received_at from city_submission", java.sql.Timestamp.class)
			.toInstant()).isAfterOrEqualTo(before.minusSeconds(1));
		assertThat(this.jdbc.queryForObject("select late from city_submission", Boolean.class)).isTrue();
		assertThat(this.out.toString()).contains("逾期：截止时间为 2024-02-29 18:00");
	}

	@Test
	void aCorrectionWithAnOlderFileTimeReplacesTheFileItCorrects() throws Exception {
		Path first = write("taiyuan.xlsx", workbook().row("太原市", TAIYUAN), "2024-02-29T02:00:00Z");
		Path correction = write("taiyuan-更正.xlsx", workbook().row("太原市", TAIYUAN, "online_fairs", 13),
				"2024-02-28T01:00:00Z");
		run("import", "city-reports", first.toString(), "--reporting-date", "2024-02-29", "--received-at",
				"2024-02-29T10:00");
		this.out.getBuffer().setLength(0);

		assertThat(run("import", "city-reports", correction.toString(), "--reporting-date", "2024-02-29",
				"--received-at", "2024-02-29T16:30"))
			.isZero();

		assertThat(this.out.toString()).isEqualTo(
				"taiyuan-更正.xlsx: 已接收 太原市（报送日期 2024-02-29，收到时间 2024-02-29 16:30）；替换 2024-02-29 10:00 收到的 taiyuan.xlsx\n");
		assertThat(this.submissions.current("1401", LocalDate.of(2024, 2, 29)).orElseThrow().fileName())
			.isEqualTo("taiyuan-更正.xlsx");
	}

	@Test
	void aFileStatedAsReceivedEarlierThanTheCurrentOneIsKeptAsHistory() throws Exception {
		Path later = write("taiyuan.xlsx", workbook().row("太原市", TAIYUAN), "2024-02-29T02:00:00Z");
		Path earlier = write("taiyuan-邮件.xlsx", workbook().row("太原市", TAIYUAN, "online_fairs", 11),
				"2024-02-29T02:00:00Z");
		run("import", "city-reports", later.toString(), "--reporting-date", "2024-02-29", "--received-at",
				"2024-02-29T16:00");
		this.out.getBuffer().setLength(0);

		run("import", "city-reports", earlier.toString(), "--reporting-date", "2024-02-29", "--received-at",
				"2024-02-29T09:00");

		assertThat(this.out.toString()).endsWith("；早于已有的 2024-02-29 16:00 收到的 taiyuan.xlsx，仅作历史记录，不替换\n");
		assertThat(this.submissions.current("1401", LocalDate.of(2024, 2, 29)).orElseThrow().fileName())
			.isEqualTo("taiyuan.xlsx");
	}

	@Test
	void importsEveryWorkbookOfAFolderAndExitsThreeWhenOneIsRefused() throws Exception {
		write("a-taiyuan.xlsx", workbook().row("太原市", TAIYUAN), "2024-02-29T02:00:00Z");
		write("b-bad.xls", workbook().xls().row("太原市", TAIYUAN, "online_positions", "十二场"), "2024-02-29T02:00:00Z");
		Files.writeString(this.folder.resolve("readme.txt"), "not imported");
		assertThat(run("import", "city-reports", this.folder.toString(), "--reporting-date", "2024-02-29",
				"--received-at", "2024-02-29T10:00"))
			.isEqualTo(3);
		assertThat(this.out.toString()).isEqualTo("""
				跳过 readme.txt: .txt 文件，不是 Excel 统计表（.xlsx 或 .xls）
				a-taiyuan.xlsx: 已接收 太原市（报送日期 2024-02-29，收到时间 2024-02-29 10:00）
				""");
		assertThat(this.err.toString()).isEqualTo("""
				b-bad.xls: 已拒绝（报送日期 2024-02-29，收到时间 2024-02-29 10:00），1 处错误；下次周报或提醒运行时将向太原市发送退回通知
				  错误: b-bad.xls 统计表!C5: '十二场' 不是数字，线上招聘会提供就业岗位数量应填阿拉伯数字
				""");
	}

	@Test
	void aReportingDateOutsideTheCampaignRefusesTheFile() throws Exception {
		Path file = write("taiyuan.xlsx", workbook().row("太原市", TAIYUAN), "2024-02-29T02:00:00Z");

		assertThat(run("import", "city-reports", file.toString(), "--reporting-date", "2025-02-27")).isEqualTo(3);

		assertThat(this.err.toString())
			.contains("  错误: taiyuan.xlsx: 导入时指定的报送日期 2025-02-27 不在2024年春风行动期间（2024-01-25至2024-04-08）内，不予接收，请核对填报日期\n");
		assertThat(this.jdbc.queryForObject("select count(*) from city_submission", Integer.class)).isZero();
	}

	@Test
	void aBadReceiptTimeIsBadUsage() throws Exception {
		Path file = write("taiyuan.xlsx", workbook().row("太原市", TAIYUAN), "2024-02-29T02:00:00Z");

		assertThat(run("import", "city-reports", file.toString(), "--received-at", "昨天")).isEqualTo(2);

		assertThat(this.err.toString()).contains("昨天 不是日期时间");
		assertThat(this.jdbc.queryForObject("select count(*) from city_import_file", Integer.class)).isZero();
	}

	@Test
	void aFolderImportSaysWhatItSkippedAndWhy() throws Exception {
		write("taiyuan.xlsx", workbook().row("太原市", TAIYUAN), "2024-02-29T02:00:00Z");
		Files.writeString(this.folder.resolve("扫描件.pdf"), "%PDF-1.4");
		Files.writeString(this.folder.resolve("说明.txt"), "not imported");
		Files.writeString(this.folder.resolve("~$taiyuan.xlsx"), "lock");
		Files.createDirectories(this.folder.resolve("上周"));
		assertThat(run("import", "city-reports", this.folder.toString(), "--reporting-date", "2024-02-29",
				"--received-at", "2024-02-29T10:00"))
			.isZero();
		assertThat(this.out.toString().lines()).containsExactlyInAnyOrder("跳过 上周/: 子文件夹不导入（只导入所给文件夹本身中的统计表）",
				"跳过 扫描件.pdf: .pdf 文件，不是 Excel 统计表（.xlsx 或 .xls）", "跳过 说明.txt: .txt 文件，不是 Excel 统计表（.xlsx 或 .xls）",
				"跳过 ~$taiyuan.xlsx: Excel 打开工作簿时留下的临时锁文件",
				"taiyuan.xlsx: 已接收 太原市（报送日期 2024-02-29，收到时间 2024-02-29 10:00）");
		assertThat(this.err.toString()).isEmpty();
	}

	@Test
	void reportsDuplicateFile() throws Exception {
		Path file = write("taiyuan.xlsx", workbook().row("太原市", TAIYUAN), "2024-02-29T02:00:00Z");
		run("import", "city-reports", file.toString(), "--reporting-date", "2024-02-29");
		assertThat(run("import", "city-reports", file.toString(), "--reporting-date", "2024-02-29")).isZero();
		assertThat(this.out.toString()).endsWith("taiyuan.xlsx: 重复文件，与已导入的文件内容相同，未做改动\n");
	}

	@Test
	void exitsTwoForMissingPathOrBadDate() throws Exception {
		assertThat(run("import", "city-reports", this.folder.resolve("nowhere.xlsx").toString())).isEqualTo(2);
		assertThat(this.err.toString()).contains("文件或文件夹不存在: " + this.folder.resolve("nowhere.xlsx"));
		Path file = write("taiyuan.xlsx", workbook().row("太原市", TAIYUAN), "2024-02-29T02:00:00Z");
		assertThat(run("import", "city-reports", file.toString(), "--reporting-date", "2024-02-30")).isEqualTo(2);
		assertThat(this.err.toString()).contains("选项 --reporting-date 的值有误：2024-02-30 这一天不存在（2024年2月只有29天）");
		assertThat(this.jdbc.queryForObject("select count(*) from city_import_file", Integer.class)).isZero();
	}

	@Test
	void writesTemplatesThatImportCleanly() throws Exception {
		Path templates = this.folder.resolve("templates");
		assertThat(run("template", templates.toString())).isZero();
		assertThat(templates).isDirectoryContaining("glob:**/太原市-春风行动开展情况统计表.xlsx");
		try (var files = Files.list(templates)) {
			assertThat(files).hasSize(11);
		}
		assertThat(run("import", "city-reports", templates.toString(), "--reporting-date", "2024-02-29")).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from city_submission", Integer.class)).isEqualTo(11);
	}

}
