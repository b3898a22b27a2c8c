package org.chunfeng.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.chunfeng.DatabaseCleaner;
import org.chunfeng.intake.city.CityWorkbookFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chunfeng.intake.city.CityWorkbookFixtures.workbook;

/** {@code import city-reports} and {@code template}: output and exit codes. */
@SpringBootTest
class ImportCityReportsCommandTests {

	static final String TAIYUAN = "小店区、迎泽区、杏花岭区、尖草坪区、万柏林区、晋源区、清徐县、阳曲县、娄烦县、古交市";

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

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
		assertThat(run("import", "city-reports", file.toString(), "--reporting-date", "2024-02-29")).isZero();
		assertThat(this.out.toString()).isEqualTo("taiyuan.xlsx: 已接收 太原市（报送日期 2024-02-29）\n");
		assertThat(this.jdbc.queryForObject("select late from city_submission", Boolean.class)).isFalse();
	}

	@Test
	void printsWarningsOfAcceptedFile() throws Exception {
		Path file = write("taiyuan.xlsx", workbook().row("太原市", TAIYUAN, "transport_total", 301),
				"2024-02-29T11:00:00Z");
		assertThat(run("import", "city-reports", file.toString(), "--reporting-date", "2024-02-29")).isZero();
		assertThat(this.out.toString()).isEqualTo("""
				taiyuan.xlsx: 已接收 太原市（报送日期 2024-02-29），1 条警告
				  警告: taiyuan.xlsx 统计表!G5: 合计运送人次 '301' 不等于专车、专列、包机运送人次之和 300
				""");
		assertThat(this.jdbc.queryForObject("select late from city_submission", Boolean.class)).isTrue();
	}

	@Test
	void importsEveryWorkbookOfAFolderAndExitsThreeWhenOneIsRefused() throws Exception {
		write("a-taiyuan.xlsx", workbook().row("太原市", TAIYUAN), "2024-02-29T02:00:00Z");
		write("b-bad.xls", workbook().xls().row("太原市", TAIYUAN, "online_positions", "十二场"), "2024-02-29T02:00:00Z");
		Files.writeString(this.folder.resolve("readme.txt"), "not imported");
		assertThat(run("import", "city-reports", this.folder.toString(), "--reporting-date", "2024-02-29"))
			.isEqualTo(3);
		assertThat(this.out.toString()).isEqualTo("""
				跳过 readme.txt: .txt 文件，不是 Excel 统计表（.xlsx 或 .xls）
				a-taiyuan.xlsx: 已接收 太原市（报送日期 2024-02-29）
				""");
		assertThat(this.err.toString()).isEqualTo("""
				b-bad.xls: 已拒绝，1 处错误
				  错误: b-bad.xls 统计表!C5: '十二场' 不是数字
				""");
	}

	@Test
	void aFolderImportSaysWhatItSkippedAndWhy() throws Exception {
		write("taiyuan.xlsx", workbook().row("太原市", TAIYUAN), "2024-02-29T02:00:00Z");
		Files.writeString(this.folder.resolve("扫描件.pdf"), "%PDF-1.4");
		Files.writeString(this.folder.resolve("说明.txt"), "not imported");
		Files.writeString(this.folder.resolve("~$taiyuan.xlsx"), "lock");
		Files.createDirectories(this.folder.resolve("上周"));
		assertThat(run("import", "city-reports", this.folder.toString(), "--reporting-date", "2024-02-29")).isZero();
		assertThat(this.out.toString().lines()).containsExactlyInAnyOrder("跳过 上周/: 子文件夹不导入（只导入所给文件夹本身中的统计表）",
				"跳过 扫描件.pdf: .pdf 文件，不是 Excel 统计表（.xlsx 或 .xls）", "跳过 说明.txt: .txt 文件，不是 Excel 统计表（.xlsx 或 .xls）",
				"跳过 ~$taiyuan.xlsx: Excel 打开工作簿时留下的临时锁文件", "taiyuan.xlsx: 已接收 太原市（报送日期 2024-02-29）");
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
