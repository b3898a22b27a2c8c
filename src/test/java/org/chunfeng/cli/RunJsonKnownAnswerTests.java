package org.chunfeng.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chunfeng.delivery.MailParts;
import org.chunfeng.deliverable.PipelineTestSupport;
import org.chunfeng.intake.city.CityImportResult;
import org.chunfeng.intake.city.CityWorkbookFixtures;
import org.chunfeng.intake.platform.PlatformImportResult;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code run weekly --json} on a fixture with a known answer: two cities submitted (one
 * late), a platform export with counted and uncounted activities, every county status.
 */
@SpringBootTest
class RunJsonKnownAnswerTests extends PipelineTestSupport {

	private static final LocalDate AS_OF = LocalDate.of(2024, 2, 29);

	@Autowired
	RunCommand runCommand;

	@Test
	void summarisesFiguresReconciliationCountiesAndMail() throws Exception {
		Path folder = Files.createTempDirectory("known-answer");
		PlatformImportResult platform = this.platformIntake
			.importFile(Files.writeString(folder.resolve("export.csv"), """
					活动编号,活动名称,活动形式,区划代码,所属地市,所属县区,开始日期,结束日期,参会单位数,提供岗位数,达成就业意向人数,专项活动名称,活动状态,更新时间
					A1,网络招聘会一,线上,140105,太原市,小店区,2024-02-01,2024-02-03,10,100,10,2024年春风行动,已结束,2024-02-04 10:00
					A2,网络招聘会二,线上,140105,太原市,小店区,2024/2/20,2024/2/21,20,200,20,2024年春风行动,已结束,2024-02-22 10:00
					A3,现场招聘会,线下,140106,太原市,迎泽区,2024年2月5日,2024年2月5日,30,300,30,2024年春风行动,已结束,2024-02-06 10:00
					A4,现场招聘会,线下,140107,太原市,杏花岭区,20240210,20240210,5,50,5,2024年春风行动,已结束,2024-02-11 10:00
					A5,取消的招聘会,线下,140109,太原市,万柏林区,2024-02-10,2024-02-10,5,999,9,2024年春风行动,已取消,2024-02-11 10:00
					A6,援助月招聘会,线下,140109,太原市,万柏林区,2024-02-10,2024-02-10,5,999,9,2024年就业援助月,已结束,2024-02-11 10:00
					A7,三月招聘会,线上,140110,太原市,晋源区,2024-03-05,2024-03-05,5,999,9,2024年春风行动,已结束,2024-03-06 10:00
					A8,岗位数错误,线上,140110,太原市,晋源区,2024-02-05,2024-02-05,5,很多,9,2024年春风行动,已结束,2024-02-06 10:00
					""" + later()));
		assertThat(platform.rowsRejected()).as(platform.toString()).isEqualTo(1);
		assertThat(platform.rowsLoaded()).as(platform.toString()).isEqualTo(32);
		importCity(folder, "taiyuan.xlsx",
				CityWorkbookFixtures.workbook()
					.row("太原", "小店区、迎泽，尖草坪区", "online_fairs", 2, "online_positions", 300, "offline_fairs", 3,
							"offline_positions", 350, "agreements", 65, "inactive", "杏花岭区,万柏林区"),
				"2024-02-29T10:00:00+08:00");
		importCity(folder, "datong.xlsx", CityWorkbookFixtures.workbook().row("大同市", "无"), "2024-02-29T19:30:00+08:00");

		StringWriter out = new StringWriter();
		CommandLine commandLine = new CommandLine(this.runCommand);
		commandLine.setOut(new PrintWriter(out, true));
		int exit = commandLine.execute("weekly", "--as-of", "2024-02-29", "--json");

		assertThat(exit).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(out.toString());
		JsonNode taiyuan = json.get("cities").get(0);
		assertThat(taiyuan.get("city").asString()).isEqualTo("太原市");
		assertThat(taiyuan.get("submission").asString()).isEqualTo("ON_TIME");
		assertThat(taiyuan.get("submitted").asBoolean()).isTrue();
		assertThat(taiyuan.get("late").asBoolean()).isFalse();
		assertThat(taiyuan.get("figures_as_of").asString()).isEqualTo("2024-02-29");
		assertThat(taiyuan.get("received_at").asString()).isEqualTo("2024-02-29T10:00:00+08:00");
		assertThat(taiyuan.get("discrepancy").asBoolean()).isTrue();
		assertThat(taiyuan.get("refusals")).isEmpty();
		assertThat(taiyuan.get("reported").get("online_fairs").asLong()).isEqualTo(2);
		assertThat(taiyuan.get("reported").get("offline_fairs").asLong()).isEqualTo(3);
		assertThat(taiyuan.get("reported").get("transport_total").asLong()).isEqualTo(300);
		assertThat(taiyuan.get("reported").get("recruitment_funds_wan").decimalValue()).isEqualByComparingTo("12.5");
		assertThat(texts(taiyuan.get("counties_active"))).containsExactly("小店区", "迎泽区", "尖草坪区");
		assertThat(texts(taiyuan.get("counties_inactive"))).containsExactly("杏花岭区", "万柏林区");
		JsonNode reconciliation = taiyuan.get("reconciliation");
		assertThat(check(reconciliation, "online_fairs")).isEqualTo("2/2/MATCH");
		assertThat(check(reconciliation, "online_positions")).isEqualTo("300/300/MATCH");
		assertThat(check(reconciliation, "offline_fairs")).isEqualTo("3/2/MISMATCH");
		assertThat(check(reconciliation, "offline_positions")).isEqualTo("350/350/MATCH");
		assertThat(check(reconciliation, "agreements")).isEqualTo("65/65/MATCH");
		List<String> counties = new ArrayList<>();
		taiyuan.get("counties")
			.forEach((county) -> counties.add(county.get("code").asString() + " " + county.get("name").asString() + " "
					+ county.get("status").asString()));
		assertThat(counties).containsExactly("140105 小店区 CONFIRMED_ACTIVE", "140106 迎泽区 CONFIRMED_ACTIVE",
				"140107 杏花岭区 PLATFORM_ACTIVITY_NOT_CLAIMED", "140108 尖草坪区 CLAIMED_WITHOUT_PLATFORM_RECORD",
				"140109 万柏林区 CONFIRMED_INACTIVE", "140110 晋源区 NOT_LISTED", "140121 清徐县 NOT_LISTED",
				"140122 阳曲县 NOT_LISTED", "140123 娄烦县 NOT_LISTED", "140181 古交市 NOT_LISTED");
		JsonNode datong = json.get("cities").get(1);
		assertThat(datong.get("submission").asString()).isEqualTo("LATE");
		assertThat(datong.get("late").asBoolean()).isTrue();
		JsonNode yangquan = json.get("cities").get(2);
		assertThat(yangquan.get("submission").asString()).isEqualTo("NOT_SUBMITTED");
		assertThat(yangquan.get("submitted").asBoolean()).isFalse();
		assertThat(yangquan.get("reported").isNull()).isTrue();
		assertThat(yangquan.get("received_at").isNull()).isTrue();
		assertThat(yangquan.get("discrepancy").asBoolean()).isFalse();
		assertThat(yangquan.get("counties").get(0).get("status").asString()).isEqualTo("NOT_SUBMITTED");
		assertThat(check(yangquan.get("reconciliation"), "online_fairs")).isEqualTo("null/0/NOT_SUBMITTED");
		assertThat(json.get("totals").get("online_fairs").asLong()).isEqualTo(2 + 12);
		assertThat(json.get("totals").get("offline_positions").asLong()).isEqualTo(350 + 5600);
		assertThat(json.get("totals").get("subsidies_wan").decimalValue()).isEqualByComparingTo("461.5");
		assertThat(json.get("totals_cover").get("cities").asInt()).isEqualTo(2);
		assertThat(texts(json.get("totals_cover").get("carried_forward"))).isEmpty();
		assertThat(texts(json.get("totals_cover").get("missing"))).containsExactly("阳泉市", "长治市", "晋城市", "朔州市", "晋中市",
				"运城市", "忻州市", "临汾市", "吕梁市");
		assertThat(json.get("platform").get("activities").asLong()).isEqualTo(32);
		assertThat(json.get("platform").get("rejected_rows").asLong()).isEqualTo(1);
		assertThat(json.get("platform").get("fresh").asBoolean()).isTrue();
		assertThat(json.get("platform").get("last_import").asString())
			.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00");
		// how recent the platform data is: its newest record
		assertThat(json.get("platform").get("newest_update").asString()).isEqualTo("2024-03-11T10:00");
		assertThat(json.get("platform").get("reason").asString()).startsWith("平台数据更新至3月11日（导入于");
		List<String> mail = new ArrayList<>();
		json.get("mail")
			.forEach((message) -> mail.add(texts(message.get("to")) + " " + message.get("kind").asString() + " "
					+ (message.get("city").isNull() ? "null" : message.get("city").asString()) + " "
					+ message.get("status").asString()));
		// the report to leaders and staff, a discrepancy notice to 太原 and 大同
		assertThat(mail).containsExactlyInAnyOrder("[leader@rst.shanxi.example] REPORT null SENT",
				"[jiuye@rst.shanxi.example] REPORT null SENT", "[ty@rst.shanxi.example] DISCREPANCY 太原市 SENT",
				"[dt@rst.shanxi.example] DISCREPANCY 大同市 SENT");
		assertThat(greenMail.getReceivedMessages()).hasSize(4);
		MimeMessage report = greenMail.getReceivedMessagesForDomain("leader@rst.shanxi.example")[0];
		Part attachment = MailParts.attachment(report);
		try (InputStream in = attachment.getInputStream(); Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet("统计表");
			Row taiyuanRow = rowOf(sheet, "太原市");
			Row totalRow = rowOf(sheet, "合计");
			assertThat(taiyuanRow.getCell(1).getNumericCellValue()).isEqualTo(2.0);
			assertThat(taiyuanRow.getCell(3).getNumericCellValue()).isEqualTo(3.0);
			assertThat(totalRow.getCell(1).getNumericCellValue()).isEqualTo(14.0);
			assertThat(totalRow.getCell(4).getNumericCellValue()).isEqualTo(5950.0);
			assertThat(totalRow.getCell(17).getNumericCellValue()).isEqualTo(461.5);
		}
	}

	private static Row rowOf(Sheet sheet, String city) {
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(city)) {
				return row;
			}
		}
		throw new AssertionError("no row " + city + " in 统计表");
	}

	/**
	 * March activities, not counted as of 29 February, so that one bad row stays under 5
	 * %.
	 */
	private static String later() {
		StringBuilder rows = new StringBuilder();
		for (int i = 1; i <= 25; i++) {
			rows.append(
					"L" + i + ",三月招聘会,线下,140121,太原市,清徐县,2024-03-10,2024-03-10,5,50,5,2024年春风行动,已结束,2024-03-11 10:00\n");
		}
		return rows.toString();
	}

	private void importCity(Path folder, String name, CityWorkbookFixtures workbook, String receivedAt) {
		CityImportResult result = this.cityIntake.importFile(workbook.writeTo(folder, name), name, AS_OF,
				Instant.parse(java.time.OffsetDateTime.parse(receivedAt).toInstant().toString()));
		assertThat(result.errors()).isEmpty();
	}

	private static String check(JsonNode reconciliation, String key) {
		JsonNode check = reconciliation.get(key);
		return (check.get("reported").isNull() ? "null" : check.get("reported").asString()) + "/"
				+ check.get("platform").asString() + "/" + check.get("status").asString();
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach((node) -> texts.add(node.asString()));
		return texts;
	}

}
