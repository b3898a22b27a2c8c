package org.chunfeng.intake.platform.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading CSV and XLSX exports: encodings, quoting, NUL bytes, header search, Excel
 * dates.
 */
class ExportReadingTests {

	/** One header per field, as SPEC §3.2 names it. */
	private static final PlatformProperties.Columns COLUMNS = new PlatformProperties.Columns(List.of("活动编号"),
			List.of("活动名称"), List.of("活动形式"), List.of("区划代码"), List.of("所属地市"), List.of("所属县区"), List.of("开始日期"),
			List.of("结束日期"), List.of("参会单位数"), List.of("提供岗位数"), List.of("达成就业意向人数"), List.of("专项活动名称"),
			List.of("活动状态"), List.of("更新时间"));

	@TempDir
	Path folder;

	@Test
	void readsUtf8WithoutBom() throws IOException {
		Path file = write("活动编号,所属县区,活动形式,开始日期\nA1,小店区\n", StandardCharsets.UTF_8, false);
		assertThat(ExportFiles.csvCharset(file)).isEqualTo(StandardCharsets.UTF_8);
		assertThat(rows(file)).containsExactly("2|A1|小店区");
	}

	@Test
	void readsUtf8WithBomWithoutKeepingTheBom() throws IOException {
		Path file = write("活动编号,所属县区,活动形式,开始日期\nA1,小店区\n", StandardCharsets.UTF_8, true);
		assertThat(rows(file)).containsExactly("2|A1|小店区");
	}

	@Test
	void detectsGbkAsGb18030() throws IOException {
		Path file = write("活动编号,所属县区,活动形式,开始日期\nA1,小店区\nA2,尖草坪区\n", Charset.forName("GBK"), false);
		assertThat(ExportFiles.csvCharset(file)).isEqualTo(ExportFiles.GB18030);
		assertThat(rows(file)).containsExactly("2|A1|小店区", "3|A2|尖草坪区");
	}

	@Test
	void detectsGb18030() throws IOException {
		Path file = write("活动编号,活动名称,活动形式,开始日期,区划代码\nA1,春风行动㐀招聘会\n", ExportFiles.GB18030, false);
		assertThat(ExportFiles.csvCharset(file)).isEqualTo(ExportFiles.GB18030);
		assertThat(rows(file)).containsExactly("2|A1|春风行动㐀招聘会");
	}

	@Test
	void keepsQuotedCommasQuotesAndLineBreaksInOneField() throws IOException {
		Path file = write("活动编号,活动名称,活动形式,开始日期,区划代码\nA1,\"大型招聘会, 第一场\r\n\"\"春风\"\"专场\"\nA2,x\n", StandardCharsets.UTF_8,
				false);
		assertThat(rows(file)).containsExactly("2|A1|大型招聘会, 第一场\r\n\"春风\"专场", "4|A2|x");
	}

	@Test
	void stripsNulBytes() throws IOException {
		Path file = write("活动编号,活动名称,活动形式,开始日期,区划代码\nA\u00001,招聘\u0000会\n", StandardCharsets.UTF_8, false);
		assertThat(rows(file)).containsExactly("2|A1|招聘会");
	}

	@Test
	void findsTheHeaderBelowATitleLine() throws IOException {
		Path file = write("平台活动数据导出,,\n\n活动编号,活动名称,活动形式,开始日期,区划代码\nA1,x\n", StandardCharsets.UTF_8, false);
		assertThat(rows(file)).containsExactly("4|A1|x");
	}

	@Test
	void refusesAFileWithoutTheIdColumn() throws IOException {
		Path file = write("编号,名称\nA1,x\n", StandardCharsets.UTF_8, false);
		try (RowSource source = RowSource.open(file)) {
			assertThatThrownBy(() -> ExportLayout.read(source, COLUMNS)).isInstanceOf(ExportFormatException.class)
				.hasMessageContaining("找不到表头");
		}
	}

	@Test
	void readsXlsxWithExcelDateCellsAndNumbers() throws IOException {
		Path file = this.folder.resolve("export.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
			Sheet sheet = workbook.createSheet("活动");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("活动编号");
			header.createCell(1).setCellValue("开始日期");
			header.createCell(2).setCellValue("提供岗位数");
			header.createCell(3).setCellValue("活动形式");
			header.createCell(4).setCellValue("区划代码");
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue(20240001);
			row.createCell(1).setCellValue(LocalDateTime.of(2024, 2, 1, 9, 30));
			row.getCell(1).setCellStyle(date);
			row.createCell(2).setCellValue(120.0);
			workbook.write(out);
		}
		assertThat(ExportFiles.kind(file)).isEqualTo(ExportFiles.Kind.XLSX);
		List<String> rows = new ArrayList<>();
		try (RowSource source = RowSource.open(file)) {
			ExportLayout layout = ExportLayout.read(source, COLUMNS);
			for (SourceRow row = source.next(); row != null; row = source.next()) {
				String[] values = layout.values(row);
				rows.add(row.line() + "|" + values[Field.ACTIVITY_ID.ordinal()] + "|"
						+ Values.dateTime(values[Field.START_DATE.ordinal()]) + "|"
						+ values[Field.POSITIONS.ordinal()]);
			}
		}
		assertThat(rows).containsExactly("2|20240001|2024-02-01T09:30|120");
	}

	@Test
	void refusesOldXlsFiles() throws IOException {
		Path file = this.folder.resolve("old.xls");
		Files.write(file, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
				(byte) 0xE1 });
		assertThatThrownBy(() -> ExportFiles.kind(file)).isInstanceOf(ExportFormatException.class)
			.hasMessageContaining(".xls");
	}

	/** Data rows as line|activity id|second column. */
	private List<String> rows(Path file) throws IOException {
		List<String> rows = new ArrayList<>();
		try (RowSource source = RowSource.open(file)) {
			ExportLayout layout = ExportLayout.read(source, COLUMNS);
			for (SourceRow row = source.next(); row != null; row = source.next()) {
				String[] values = layout.values(row);
				String second = layout.has(Field.COUNTY_NAME) ? values[Field.COUNTY_NAME.ordinal()]
						: values[Field.NAME.ordinal()];
				rows.add(row.line() + "|" + values[Field.ACTIVITY_ID.ordinal()] + "|" + second);
			}
		}
		return rows;
	}

	private Path write(String text, Charset charset, boolean bom) throws IOException {
		Path file = this.folder.resolve("export.csv");
		try (OutputStream out = Files.newOutputStream(file)) {
			if (bom) {
				out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			}
			out.write(text.getBytes(charset));
		}
		return file;
	}

}
