package org.chunfeng.deliverable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.chunfeng.intake.city.CityImportResult;
import org.chunfeng.intake.city.CityReportIntake;
import org.chunfeng.intake.city.CityWorkbookFixtures;
import org.chunfeng.intake.platform.PlatformIntake;

/**
 * The phase reports and the final summary built in code (SPEC §5.5), each city with the
 * statistics of {@link CityWorkbookFixtures#consistentRow} (12 online fairs with 3400
 * positions, 8 offline with 5600, 900 agreements, 300 carried: 5 buses with 200, 1 train
 * with 100; 4 projects, 60 mentor sessions, 3 venues; 12.5 and 230.75 万元):
 * <ul>
 * <li>phase 1 (as of 02-01): 太原 everything; 大同 its 留岗人数 left blank, no plan, no problems;
 * 阳泉 statistics without 阶段进展; 长治 on 01-30 (carried forward); the others nothing;</li>
 * <li>phase 2 (as of 02-21): 太原 返岗/外出, measures and problems; 晋城 its 外出务工人数 left blank;
 * 大同's and 长治's 阶段进展 are the first report's and do not count;</li>
 * <li>final (as of 04-08): 太原 its summary on 04-08; the others' figures carried
 * forward.</li>
 * </ul>
 */
public final class PhaseScenario {

	public static final LocalDate JAN_30 = LocalDate.of(2024, 1, 30);

	public static final LocalDate FEB_01 = LocalDate.of(2024, 2, 1);

	public static final LocalDate FEB_21 = LocalDate.of(2024, 2, 21);

	public static final LocalDate APR_08 = LocalDate.of(2024, 4, 8);

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final Path folder;

	private final CityReportIntake cities;

	private final PlatformIntake platform;

	public PhaseScenario(CityReportIntake cities, PlatformIntake platform) {
		this.cities = cities;
		this.platform = platform;
		try {
			this.folder = Files.createTempDirectory("phases");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A platform export with counted campaign activities, taken at the campaign's end
	 * (its record last updated on 8 April): fresh for every report.
	 */
	public void importPlatform() {
		String csv = """
				活动编号,活动名称,活动形式,区划代码,所属地市,所属县区,开始日期,结束日期,参会单位数,提供岗位数,达成就业意向人数,专项活动名称,活动状态,更新时间
				P1,网络招聘会,线上,140105,太原市,小店区,2024-01-26,2024-01-26,10,100,10,2024年春风行动,已结束,2024-04-08 10:00
				""";
		try {
			this.platform.importFile(Files.writeString(this.folder.resolve("platform.csv"), csv));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void phase1() {
		importCity("太原0201.xlsx", FEB_01, "2024-02-01T10:00",
				workbook("太原市", "小店区").phaseProgress("启动仪式情况", "1月25日在太原站广场举行启动仪式。", "活动计划安排", "每周举办两场招聘会。", "返乡人数",
						30000, "留岗人数", 3000, "主要措施", "设立返乡服务站。", "困难问题和意见建议", "岗位匹配难。"));
		importCity("大同0201.xlsx", FEB_01, "2024-02-01T11:00", workbook("大同市", "平城区").phaseProgress("启动仪式情况",
				"1月26日举行启动仪式，\n市领导出席。", "返乡人数", 20000, "留岗人数", "", "主要措施", "开展送温暖活动。"));
		importCity("阳泉0201.xlsx", FEB_01, "2024-02-01T12:00", workbook("阳泉市", "城区"));
		importCity("长治0130.xlsx", JAN_30, "2024-01-30T12:00", workbook("长治市", "潞州区").phaseProgress("启动仪式情况", "1月25日举行。",
				"返乡人数", 15000, "留岗人数", 2000, "困难问题和意见建议", "资金紧张。"));
	}

	public void phase2() {
		importCity("太原0221.xlsx", FEB_21, "2024-02-21T10:00", workbook("太原市", "小店区").phaseProgress("返岗人数", 25000,
				"外出务工人数", 18000, "主要措施", "开行返岗专列。", "困难问题和意见建议", "企业招工难。"));
		importCity("晋城0221.xlsx", FEB_21, "2024-02-21T11:00",
				workbook("晋城市", "城区").phaseProgress("返岗人数", 5000, "外出务工人数", "", "主要措施", "包车返岗。"));
	}

	public void finalSummary() {
		importCity("太原0408.xlsx", APR_08, "2024-04-08T10:00",
				workbook("太原市", "小店区").phaseProgress("主要措施", "线上线下联动，周周有招聘。", "困难问题和意见建议", "补贴资金压力大。"));
	}

	private static CityWorkbookFixtures workbook(String city, String active) {
		return CityWorkbookFixtures.workbook().row(city, active);
	}

	private CityImportResult importCity(String name, LocalDate reportingDate, String receivedAt,
			CityWorkbookFixtures workbook) {
		Path file = workbook.writeTo(this.folder, name);
		return this.cities.importFile(file, name, reportingDate,
				LocalDateTime.parse(receivedAt).atZone(SHANGHAI).toInstant());
	}

	/** The document's paragraphs' texts, in order (the tables' cells not included). */
	public static List<String> paragraphs(Path docx) {
		try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
			return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The document's tables, each as rows of cell texts. */
	public static List<List<List<String>>> tables(Path docx) {
		try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
			return document.getTables().stream().map(PhaseScenario::rows).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<List<String>> rows(XWPFTable table) {
		return table.getRows()
			.stream()
			.map((row) -> row.getTableCells().stream().map(XWPFTableCell::getText).toList())
			.toList();
	}

}
