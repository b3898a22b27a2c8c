package org.chunfeng.intake.city.internal;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chunfeng.intake.city.Metric;

import static org.assertj.core.api.Assertions.assertThat;

/** The blank templates are in the official layout and read back as valid submissions. */
class CityTemplateWriterTests {

	@TempDir
	Path folder;

	final CityTemplateWriter writer = new CityTemplateWriter(ReaderHarness.DIVISIONS);

	@Test
	void writesOneWorkbookPerCity() {
		List<Path> files = this.writer.writeAll(this.folder.resolve("templates"));
		assertThat(files).hasSize(11);
		assertThat(files.get(0).getFileName()).hasToString("太原市-春风行动开展情况统计表.xlsx");
		assertThat(files.get(10).getFileName()).hasToString("吕梁市-春风行动开展情况统计表.xlsx");
	}

	@Test
	void templateReadsBackAsAllZeroSubmissionOfItsCity() {
		for (Path file : this.writer.writeAll(this.folder)) {
			ReaderHarness.Read read = ReaderHarness.read(file);
			assertThat(read.errors()).as(file.toString()).isEmpty();
			assertThat(read.rows()).hasSize(1);
			CityWorkbookReader.CityRow row = read.workbook().rows().get(0);
			assertThat(file.getFileName().toString()).startsWith(row.city().name());
			assertThat(row.figures()).hasSize(Metric.values().length)
				.allSatisfy((metric, value) -> assertThat(value).isZero());
			assertThat(read.workbook().phaseProgress()).isEmpty();
			assertThat(read.workbook().sheetDate()).isNull();
			assertThat(read.warnings()).hasSize(1);
			assertThat(read.warnings().get(0)).contains("既未列入已开展也未列入未开展");
		}
	}

	@Test
	void hasOfficialHeaderCountyHintAndValidation() throws Exception {
		Path file = this.writer.writeAll(this.folder).get(2);
		try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
			XSSFSheet sheet = workbook.getSheet("统计表");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("春风行动开展情况统计表");
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("市级名称");
			assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo("包车、专列（包车厢）、包机运送情况");
			assertThat(sheet.getRow(3).getCell(9).getStringCellValue()).isEqualTo("专列（含包车厢）数量");
			assertThat(sheet.getRow(2).getCell(17).getStringCellValue()).isEqualTo(Metric.SUBSIDIES_WAN.header());
			assertThat(sheet.getRow(3).getCell(19).getStringCellValue()).isEqualTo("未开展的县（市、区）");
			assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("阳泉市");
			assertThat(sheet.getRow(4).getCell(18).getCellComment().getString().getString())
				.isEqualTo("阳泉市的县（市、区）共5个：城区、矿区、郊区、平定县、盂县");
			assertThat(sheet.getMergedRegions())
				.anySatisfy((region) -> assertThat(region.formatAsString()).isEqualTo("A3:A4"))
				.anySatisfy((region) -> assertThat(region.formatAsString()).isEqualTo("Q3:Q4"))
				.anySatisfy((region) -> assertThat(region.formatAsString()).isEqualTo("R3:R4"));
			List<? extends DataValidation> validations = sheet.getDataValidations();
			assertThat(validations).extracting((v) -> v.getRegions().getCellRangeAddress(0).formatAsString())
				.containsExactlyInAnyOrder("B5:P5", "Q5:R5");
			assertThat(validations).extracting((v) -> v.getValidationConstraint().getValidationType())
				.containsExactlyInAnyOrder(DataValidationConstraint.ValidationType.INTEGER,
						DataValidationConstraint.ValidationType.DECIMAL);
			Sheet progress = workbook.getSheet("阶段进展");
			assertThat(progress.getRow(1).getCell(0).getStringCellValue()).isEqualTo("启动仪式情况");
			assertThat(progress.getRow(8).getCell(0).getStringCellValue()).isEqualTo("困难问题和意见建议");
		}
	}

}
