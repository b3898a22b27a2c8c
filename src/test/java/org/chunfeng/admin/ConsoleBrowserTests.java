package org.chunfeng.admin;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chunfeng.DatabaseCleaner;
import org.chunfeng.intake.city.Metric;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console in headless Chromium against the real pipeline: an admin logs in, uploads a
 * city workbook, runs the weekly report now, sees it finish and downloads it; errors are
 * the console's own Chinese pages with a way back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.quartz.scheduler-name=chunfeng-browser-tests",
				"spring.servlet.multipart.max-file-size=1MB", "spring.servlet.multipart.max-request-size=1MB" })
@Import(ConsoleBrowserTests.Failing.class)
class ConsoleBrowserTests {

	private static final String CHROMIUM = "/usr/bin/chromium";

	private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path temp;

	WebDriver driver;

	@BeforeEach
	void browser() throws IOException {
		Assumptions.assumeTrue(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)),
				"skipped: the browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
						+ " (Debian packages chromium and chromium-driver)");
		DatabaseCleaner.clean(this.jdbc);
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1000", "--user-data-dir=" + Files.createDirectories(this.temp.resolve("profile")));
		options.setExperimentalOption("prefs",
				Map.of("download.default_directory", Files.createDirectories(this.temp.resolve("downloads")).toString(),
						"download.prompt_for_download", false));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
	}

	@AfterEach
	void closeBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void adminUploadsAWorkbookRunsTheWeeklyReportAndDownloadsIt() throws Exception {
		String base = "http://localhost:" + this.port;
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(60));
		this.driver.get(base + "/");
		wait.until(ExpectedConditions.urlContains("/login"));
		this.driver.findElement(By.id("username")).sendKeys("admin");
		this.driver.findElement(By.id("password")).sendKeys("chunfeng-admin");
		this.driver.findElement(By.id("login")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("deliverable-weekly")));

		this.driver.get(base + "/submissions");
		// a clerk's long file name, and a county left out: a warning in 提示
		Path workbook = taiyuanWorkbook(this.temp.resolve("太原市春风行动开展情况统计表（2024年2月29日报送）更正后重新报送版.xlsx"));
		this.driver.findElement(By.id("city-file")).sendKeys(workbook.toString());
		setDate(this.driver.findElement(By.name("reportingDate")), "2024-02-29");
		this.driver.findElement(By.id("upload-city")).click();
		WebElement message = wait
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#message, #error")));
		assertThat(message.getAttribute("id")).as(message.getText()).isEqualTo("message");
		assertThat(message.getText()).contains("已导入").contains("太原市");

		this.driver.get(base + "/");
		WebElement card = this.driver.findElement(By.id("deliverable-weekly"));
		setDate(card.findElement(By.name("asOf")), "2024-02-29");
		card.findElement(By.name("noMail")).click();
		card.findElement(By.id("run-weekly")).click();
		wait.until(ExpectedConditions.urlContains("/runs"));
		By finished = By.cssSelector("#runs tr[data-deliverable='weekly'][data-status='COMPLETED'] a.download");
		WebElement download = wait.until(ExpectedConditions.presenceOfElementLocated(finished));
		download.click();

		Path downloads = this.temp.resolve("downloads");
		// a run without mail is a preview, with a file of its own
		String preview = "chunfeng-weekly-2024-02-29-preview-\\d+\\.xlsx";
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(fileNames(downloads)).anyMatch((name) -> name.matches(preview)));
		Path report = downloads
			.resolve(fileNames(downloads).stream().filter((name) -> name.matches(preview)).findFirst().orElseThrow());
		try (Workbook downloaded = new XSSFWorkbook(Files.newInputStream(report))) {
			assertThat(downloaded.getSheetName(0)).isEqualTo("统计表");
		}
		this.driver.get(base + "/runs");
		this.driver.findElement(By.cssSelector("#runs tr[data-deliverable='weekly'] td a")).click();
		String run = this.driver.findElement(By.tagName("main")).getText();
		assertThat(run).contains("编制报表").contains("发送邮件").contains("无邮件").doesNotContain("compileStep");
		// what each step did in words, not Batch's counts
		assertThat(run).contains("完成情况").contains("报表 1 份").doesNotContain("读取").doesNotContain("写入");
		this.driver.get(base + "/submissions?date=2024-02-29");
		// uploaded now, long after 2024-02-29 18:00: late
		assertThat(this.driver.findElement(By.id("submissions")).getText()).contains("太原市 逾期").contains("大同市 未报送");
		// the 提示 column wraps inside the table: nothing runs past the table's box
		WebElement hint = this.driver.findElement(By.cssSelector("#submissions tbody tr:first-child td:last-child"));
		assertThat(hint.getText()).contains("古交市");
		Number overflow = (Number) ((JavascriptExecutor) this.driver).executeScript("""
				var box = document.getElementById('submissions').parentElement;
				return box.scrollWidth - box.clientWidth;""");
		assertThat(overflow.intValue()).as("pixels of the table past its box").isLessThanOrEqualTo(0);
		assertThat(hint.getRect().getX() + hint.getRect().getWidth())
			.isLessThanOrEqualTo(this.driver.findElement(By.id("submissions")).getRect().getX()
					+ this.driver.findElement(By.id("submissions")).getRect().getWidth());
		assertThat(this.driver.findElement(By.id("completeness")).getText()).contains("2月22日 2月29日")
			.contains("太原市 未报送 逾期");
		this.driver.get(base + "/discrepancies?asOf=2024-02-29");
		// no platform export: nothing is compared, nothing said to agree
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("平台数据未更新：尚未导入平台导出数据，不作核对。")
			.doesNotContain("一致（");
		this.driver.get(base + "/audit");
		assertThat(this.driver.findElement(By.id("audit")).getText()).contains("上传统计表")
			.contains("运行报表")
			.contains("已完成")
			.doesNotContain("UPLOAD_CITY");
	}

	@Test
	void errorsAreChineseConsolePagesWithAWayBack() throws Exception {
		String base = "http://localhost:" + this.port;
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(60));
		this.driver.get(base + "/login");
		this.driver.findElement(By.id("username")).sendKeys("viewer");
		this.driver.findElement(By.id("password")).sendKeys("chunfeng-viewer");
		this.driver.findElement(By.id("login")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("deliverable-weekly")));
		assertThat(this.driver.manage().getCookieNamed("JSESSIONID").getSameSite()).isEqualTo("Lax");
		assertThat(this.driver.manage().getCookieNamed("JSESSIONID").isHttpOnly()).isTrue();

		this.driver.get(base + "/runs/999999");
		assertErrorPage("未找到（404）", "没有运行 #999999");

		// a viewer's form post (built as a page would) is denied
		this.driver.get(base + "/runs");
		((JavascriptExecutor) this.driver).executeScript("""
				var form = document.createElement('form');
				form.method = 'post';
				form.action = '/deliverables/weekly/pause';
				var token = document.querySelector('input[name="_csrf"]').cloneNode();
				form.appendChild(token);
				document.body.appendChild(form);
				form.submit();""");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-page")));
		assertErrorPage("没有权限（403）", "只读用户只能查看");
		this.driver.findElement(By.id("back")).click();
		wait.until(ExpectedConditions.urlContains("/runs"));

		this.driver.get(base + "/boom");
		assertErrorPage("服务器出错（500）", "已记入服务器日志");
		assertThat(this.driver.getPageSource()).doesNotContain("/srv/secret", "IllegalStateException");

		this.driver.findElement(By.cssSelector("#error-page #home")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("deliverable-weekly")));
		this.driver.get(base + "/logout-page-is-not-here");
		assertErrorPage("未找到（404）", "没有找到您要的页面或记录");

		// an admin's oversized upload: the 413 page, and nothing kept
		this.driver.get(base + "/logout");
		this.driver.get(base + "/login");
		this.driver.findElement(By.id("username")).sendKeys("admin");
		this.driver.findElement(By.id("password")).sendKeys("chunfeng-admin");
		this.driver.findElement(By.id("login")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("deliverable-weekly")));
		this.driver.get(base + "/submissions");
		Path large = this.temp.resolve("太原市-很大.xlsx");
		Files.write(large, new byte[2 * 1024 * 1024]);
		this.driver.findElement(By.id("city-file")).sendKeys(large.toString());
		this.driver.findElement(By.id("upload-city")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-page")));
		assertErrorPage("文件过大（413）", "超过了大小上限");
	}

	private void assertErrorPage(String title, String sentence) {
		WebElement page = this.driver.findElement(By.id("error-page"));
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo(title);
		assertThat(page.getText()).contains(sentence).contains("返回首页");
		assertThat(this.driver.getPageSource()).doesNotContain("Whitelabel", "Exception", "Error Page");
	}

	/**
	 * A page that fails as an unforeseen bug would, with a server path in its message.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Failing {

		@Bean
		FailingController failingController() {
			return new FailingController();
		}

	}

	@Controller
	static class FailingController {

		@GetMapping("/boom")
		String boom() {
			throw new IllegalStateException("cannot read /srv/secret/chunfeng.yml");
		}

	}

	private void setDate(WebElement input, String value) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].value = arguments[1];", input, value);
	}

	private static List<String> fileNames(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((file) -> file.getFileName().toString()).toList();
		}
	}

	/** 太原市's row as a city clerk fills in the notice's table. */
	private static Path taiyuanWorkbook(Path file) throws IOException {
		try (Workbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("统计表");
			sheet.createRow(0).createCell(0).setCellValue("春风行动开展情况统计表");
			sheet.createRow(1).createCell(0).setCellValue("填报单位：太原市人力资源和社会保障局    填报日期：2024年2月29日");
			Row groups = sheet.createRow(2);
			Row headers = sheet.createRow(3);
			groups.createCell(0).setCellValue(Metric.CITY_HEADER);
			int column = 1;
			for (Metric metric : Metric.values()) {
				groups.createCell(column).setCellValue(metric.group().header());
				headers.createCell(column).setCellValue(metric.header());
				column++;
			}
			groups.createCell(column).setCellValue(Metric.COUNTIES_GROUP);
			headers.createCell(column).setCellValue(Metric.COUNTIES_ACTIVE_HEADER);
			headers.createCell(column + 1).setCellValue(Metric.COUNTIES_INACTIVE_HEADER);
			Row row = sheet.createRow(4);
			row.createCell(0).setCellValue("太原市");
			List<Integer> figures = List.of(12, 3400, 8, 2100, 560, 300, 10, 200, 1, 100, 0, 0, 5, 40, 6);
			for (int i = 0; i < figures.size(); i++) {
				row.createCell(1 + i).setCellValue(figures.get(i));
			}
			row.createCell(16).setCellValue(12.5);
			row.createCell(17).setCellValue(80.25);
			row.createCell(18).setCellValue("小店区、迎泽区、杏花岭区、尖草坪区、万柏林区、晋源区、清徐县、阳曲县、娄烦县");
			row.createCell(19).setCellValue("无");
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			workbook.write(bytes);
			Files.write(file, bytes.toByteArray());
		}
		return file;
	}

}
