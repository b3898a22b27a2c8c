package org.chunfeng.report.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
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
