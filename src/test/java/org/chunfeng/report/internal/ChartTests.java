package org.chunfeng.report.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.chunfeng.report.internal.ReportWorkbooks.number;
import static org.chunfeng.report.internal.ReportWorkbooks.text;

/** The native Excel chart and the mail's PNG of positions per city. */
class ChartTests {

	@TempDir
	Path folder;

	@Test
	void workbookHasANativeBarChartOverItsDataRange() {
		XSSFWorkbook workbook = ReportWorkbooks.written(ReportFixtures.data("春风行动开展情况统计表"), List.of("图表"), this.folder);
		XSSFSheet sheet = workbook.getSheet("图表");

		List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
		assertThat(charts).hasSize(1);
		XDDFChartData bars = charts.get(0).getChartSeries().get(0);
		assertThat(bars.getSeriesCount()).isEqualTo(2);
		assertThat(bars.getSeries(0).getCategoryData().getDataRangeReference()).isEqualTo("图表!$A$4:$A$14");
		assertThat(bars.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("图表!$B$4:$B$14");
		assertThat(bars.getSeries(1).getValuesData().getDataRangeReference()).isEqualTo("图表!$C$4:$C$14");
		assertThat(List.of(text(sheet, 3, 0), text(sheet, 13, 0))).containsExactly("太原市", "吕梁市（未报送）");
		assertThat(List.of(number(sheet, 3, 1), number(sheet, 3, 2), number(sheet, 13, 1))).containsExactly(3400.0,
				2100.0, 0.0);
	}

	@Test
	void pngWithChineseLabelsWhenAFontHasThem() throws IOException {
		PositionsChartImage image = PositionsChartImage.withInstalledFonts();
		if (System.getenv("CI") != null) {
			assertThat(image.hasChineseFont()).as("a CJK font (Debian fonts-noto-cjk, installed by .ci/run)").isTrue();
		}
		assumeThat(image.hasChineseFont()).as("no CJK font installed (Debian fonts-noto-cjk): skipped").isTrue();

		byte[] png = image.render(ReportFixtures.reconciliation());

		assertPng(png);
		PositionsChartImage.Labels labels = image.labelsFor(ReportFixtures.reconciliation());
		assertThat(labels.chinese()).isTrue();
		assertThat(labels.cities()).startsWith("太原", "大同");
		assertThat(labels.title()).isEqualTo("各市招聘会提供就业岗位数量（截至2024年2月29日）");
	}

	@Test
	void withoutAChineseFontTheLabelsAreAscii() throws IOException {
		PositionsChartImage image = new PositionsChartImage(Optional.empty());

		byte[] png = image.render(ReportFixtures.reconciliation());

		assertPng(png);
		PositionsChartImage.Labels labels = image.labelsFor(ReportFixtures.reconciliation());
		assertThat(labels.chinese()).isFalse();
		assertThat(labels.cities()).containsExactly("Taiyuan", "Datong", "Yangquan", "Changzhi", "Jincheng", "Shuozhou",
				"Jinzhong", "Yuncheng", "Xinzhou", "Linfen", "Lvliang");
		assertThat(labels.all())
			.allSatisfy((text) -> assertThat(StandardCharsets.US_ASCII.newEncoder().canEncode(text)).as(text).isTrue());
	}

	@Test
	void gridStepsAreRound() {
		assertThat(PositionsChartImage.niceStep(0)).isEqualTo(1);
		assertThat(PositionsChartImage.niceStep(7)).isEqualTo(2);
		assertThat(PositionsChartImage.niceStep(12)).isEqualTo(2);
		assertThat(PositionsChartImage.niceStep(13)).isEqualTo(5);
		assertThat(PositionsChartImage.niceStep(3400)).isEqualTo(1000);
		assertThat(PositionsChartImage.niceStep(12001)).isEqualTo(5000);
	}

	private static void assertPng(byte[] png) throws IOException {
		assertThat(png).hasSizeGreaterThan(1000);
		assertThat(png).startsWith(0x89, 'P', 'N', 'G');
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(PositionsChartImage.WIDTH);
		assertThat(image.getHeight()).isEqualTo(PositionsChartImage.HEIGHT);
	}

}
