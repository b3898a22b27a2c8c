package org.chunfeng.report.internal;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.chunfeng.report.DraftOutline;
import org.chunfeng.report.StageReport;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DraftDocumentTests {

	@TempDir
	Path folder;

	@Test
	void writesSectionsQuotesAndAppendixInOrder() throws Exception {
		DraftDocument draft = sample();
		Path file = this.folder.resolve("draft.docx");
		DraftDocumentWriter.write(draft, file);
		if (System.getProperty("preview") != null) {
			Files.copy(file, Path.of(System.getProperty("preview")), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
			List<String> texts = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(texts).startsWith("关于春风行动春节前阶段性活动进展情况的报告", "厅领导：");
			assertThat(texts).containsSubsequence("一、活动开展情况", "（一）启动仪式情况", "太原市：1月25日在太原站广场举行启动仪式。", "未报送启动仪式情况的市：长治市。",
					"二、农民工返乡情况");
			List<XWPFTable> tables = document.getTables();
			assertThat(tables).hasSize(2);
			assertThat(tables.get(1).getRow(2).getCell(0).getText()).isEqualTo("太原市");
		}
	}

	@Test
	void headingsInTheirFontsAndTheAppendixOnLandscapePagesOfItsOwn() throws Exception {
		Path file = this.folder.resolve("draft.docx");
		DraftDocumentWriter.write(sample(), file);
		try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
			// the run's own East Asian font, with nothing (no style) to override it
			assertThat(eastAsiaFont(document, "一、活动开展情况")).isEqualTo("黑体");
			assertThat(eastAsiaFont(document, "二、农民工返乡情况")).isEqualTo("黑体");
			assertThat(eastAsiaFont(document, "（一）启动仪式情况")).isEqualTo("楷体_GB2312");
			assertThat(eastAsiaFont(document, "全省11个市中10个市报送了阶段进展。")).isEqualTo("仿宋_GB2312");
			assertThat(document.getStyles()).isNull();

			// the body ends with a portrait section; the appendix, after it, is the last,
			// landscape, section
			List<IBodyElement> body = document.getBodyElements();
			int sectionBreak = -1;
			for (int i = 0; i < body.size(); i++) {
				if (body.get(i) instanceof XWPFParagraph paragraph && paragraph.getCTP().getPPr() != null
						&& paragraph.getCTP().getPPr().isSetSectPr()) {
					assertThat(sectionBreak).as("one section break").isEqualTo(-1);
					sectionBreak = i;
				}
			}
			CTSectPr portrait = ((XWPFParagraph) body.get(sectionBreak)).getCTP().getPPr().getSectPr();
			assertThat(List.of(portrait.getPgSz().getW(), portrait.getPgSz().getH()))
				.containsExactly(BigInteger.valueOf(11906), BigInteger.valueOf(16838));
			CTSectPr landscape = document.getDocument().getBody().getSectPr();
			assertThat(List.of(landscape.getPgSz().getW(), landscape.getPgSz().getH()))
				.containsExactly(BigInteger.valueOf(16838), BigInteger.valueOf(11906));
			assertThat(landscape.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
			assertThat(body.indexOf(document.getTables().get(1))).isGreaterThan(sectionBreak);
			assertThat(body.indexOf(document.getTables().get(0))).isLessThan(sectionBreak);
			// both sections have the page numbers
			assertThat(portrait.sizeOfFooterReferenceArray()).isEqualTo(1);
			assertThat(landscape.sizeOfFooterReferenceArray()).isEqualTo(1);
		}
	}

	@Test
	void theAppendixCityColumnHoldsItsHeaderOnOneLine() throws Exception {
		DraftDocument.Appendix appendix = DraftBuilder.appendix(ReportFixtures.reconciliation(),
				org.chunfeng.reconcile.ReconciliationFixtures.campaign2024(), null);
		DraftDocument draft = new DraftDocument("标题", "厅领导", List.of(), List.of(), appendix, List.of(), "就业促进处",
				"2024年2月29日");
		Path file = this.folder.resolve("appendix.docx");
		DraftDocumentWriter.write(draft, file);
		try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
			XWPFTable table = document.getTables().get(0);
			long city = ((BigInteger) table.getCTTbl().getTblGrid().getGridColArray(0).getW()).longValue();
			long margins = 2 * ((BigInteger) table.getCTTbl().getTblPr().getTblCellMar().getLeft().getW()).longValue();
			// 市级名称: four characters of 8 points, in twentieths of a point
			assertThat(city - margins).isGreaterThanOrEqualTo(4 * 8 * 20);
			assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("市级名称");
		}
	}

	@Test
	void itemsAreNumberedOnlyWhenASectionHasTwoOrMore() {
		DraftOutline outline = new DraftOutline("关于{campaign}的报告", "厅领导", "就业促进处", List.of(), null, null, List.of(
				new DraftOutline.Section("活动开展情况", List.of(), List.of(), null,
						List.of(new DraftOutline.Section("启动仪式情况", List.of(), List.of(), "launch-ceremony", List.of()),
								new DraftOutline.Section("活动计划安排", List.of(), List.of(), "activity-plan", List.of()))),
				new DraftOutline.Section("农民工返乡情况", List.of(), List.of(), null,
						List.of(new DraftOutline.Section("主要措施", List.of(), List.of(), "measures", List.of())))));

		StageReport stage = StageBuilder.build(outline, ReportFixtures.reconciliation(),
				org.chunfeng.reconcile.ReconciliationFixtures.campaign2024());

		assertThat(stage.sections().get(0).heading()).isEqualTo("一、活动开展情况");
		assertThat(stage.sections().get(0).items()).extracting(StageReport.Section::heading)
			.containsExactly("（一）启动仪式情况", "（二）活动计划安排");
		assertThat(stage.sections().get(1).heading()).isEqualTo("二、农民工返乡情况");
		// a lone item: no （一） without a （二）
		assertThat(stage.sections().get(1).items()).extracting(StageReport.Section::heading).containsExactly("主要措施");
	}

	private static String eastAsiaFont(XWPFDocument document, String text) {
		XWPFParagraph paragraph = document.getParagraphs()
			.stream()
			.filter((candidate) -> candidate.getText().equals(text))
			.findFirst()
			.orElseThrow();
		return paragraph.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia);
	}

	static DraftDocument sample() {
		DraftDocument.Table cityTable = new DraftDocument.Table(List.of(List.of("市", "返乡人数（万人）", "留岗人数（万人）")),
				List.of(List.of("太原市", "1.23", "0.45"), List.of("长治市", "未填", "未填"), List.of("全省", "1.23", "0.45")), 1);
		DraftDocument.Part ceremony = new DraftDocument.Part("（一）启动仪式情况", List.of(), null,
				List.of(new DraftDocument.Quote("太原市", "1月25日在太原站广场举行启动仪式。"),
						new DraftDocument.Quote("大同市", "1月26日举行启动仪式，\n市领导出席。")),
				"未报送启动仪式情况的市：长治市。", List.of());
		DraftDocument.Part first = new DraftDocument.Part("一、活动开展情况", List.of("全省11个市中10个市报送了阶段进展。"), null, List.of(),
				null, List.of(ceremony));
		DraftDocument.Part second = new DraftDocument.Part("二、农民工返乡情况", List.of("全省返乡人数1.23万人，留岗0.45万人（长治市未填）。"),
				cityTable, List.of(), null, List.of());
		List<String> groups = new java.util.ArrayList<>();
		List<String> headers = new java.util.ArrayList<>();
		groups.add("市级名称");
		headers.add("市级名称");
		for (org.chunfeng.intake.city.Metric metric : org.chunfeng.intake.city.Metric.values()) {
			groups.add(metric.group() == org.chunfeng.intake.city.Metric.Group.NONE ? metric.header()
					: metric.group().header());
			headers.add(metric.header());
		}
		groups.add("各县（市、区）招聘活动情况");
		groups.add("各县（市、区）招聘活动情况");
		headers.add("已开展的县（市、区）");
		headers.add("未开展的县（市、区）");
		List<String> row = new java.util.ArrayList<>(List.of("太原市"));
		for (int i = 0; i < 17; i++) {
			row.add(String.valueOf(1000 + i));
		}
		row.add("小店区、迎泽区、杏花岭区、尖草坪区、万柏林区、晋源区、清徐县");
		row.add("阳曲县、娄烦县、古交市");
		DraftDocument.Appendix appendix = new DraftDocument.Appendix("春风行动开展情况统计表", "截至2024年2月1日",
				new DraftDocument.Table(List.of(groups, headers), List.of(row), 1,
						List.of(4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 10, 10)),
				List.of("注：长治市未报送。"));
		return new DraftDocument("关于春风行动春节前阶段性活动进展情况的报告", "厅领导", List.of("根据……，现将……报告如下："), List.of(first, second),
				appendix, List.of("联系人：侯宇，联系电话：（0351）5278313"), "山西省人力资源和社会保障厅", "2024年2月1日");
	}

}
