import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a deterministic N-row platform activity export (SPEC §3.2 default headers) as CSV
 * (UTF-8) or XLSX (inline strings, written directly as XML so that the generator needs no
 * library). Same N, same bytes. Variants of the same activities for the weekly re-import:
 * {@code same} (the same rows as other bytes: CRLF line ends, so that it is not a
 * duplicate file) and {@code newer} (every row updated a week later, with one more
 * position).
 *
 * <p>
 * {@code java bench/PlatformExportGenerator.java ROWS csv|xlsx OUT [original|same|newer] [config/divisions.csv]}
 */
public class PlatformExportGenerator {

	static final String[] HEADER = { "活动编号", "活动名称", "活动形式", "区划代码", "所属地市", "所属县区", "开始日期", "结束日期", "参会单位数",
			"提供岗位数", "达成就业意向人数", "专项活动名称", "活动状态", "更新时间" };

	record County(String code, String city, String name) {
	}

	public static void main(String[] args) throws IOException {
		long rows = Long.parseLong(args[0]);
		String format = args[1];
		Path out = Path.of(args[2]);
		String variant = (args.length > 3) ? args[3] : "original";
		if (!List.of("original", "same", "newer").contains(variant)) {
			throw new IllegalArgumentException("variant must be original, same or newer: " + variant);
		}
		int week = variant.equals("newer") ? 1 : 0;
		String lineEnd = variant.equals("same") ? "\r\n" : "\n";
		Path divisions = Path.of((args.length > 4) ? args[4] : "config/divisions.csv");
		List<County> counties = new ArrayList<>();
		List<String> lines = Files.readAllLines(divisions, StandardCharsets.UTF_8);
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split(",");
			counties.add(new County(f[2], f[1], f[3]));
		}
		if (format.equals("csv")) {
			try (Writer writer = new BufferedWriter(
					new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 20)) {
				writer.write(String.join(",", HEADER));
				writer.write(lineEnd);
				for (long i = 0; i < rows; i++) {
					String[] row = row(i, counties, week);
					for (int c = 0; c < row.length; c++) {
						if (c > 0) {
							writer.write(',');
						}
						writer.write(row[c]);
					}
					writer.write(lineEnd);
				}
			}
		}
		else {
			writeXlsx(out, rows, counties, week);
		}
	}

	/**
	 * Row i: mostly campaign activities in the 2024 window, some cancelled or of other
	 * campaigns; {@code week} weeks later, updated with one more position.
	 */
	static String[] row(long i, List<County> counties, int week) {
		County county = counties.get((int) (i * 7919 % counties.size()));
		LocalDate start = LocalDate.of(2024, 1, 20).plusDays(i % 90);
		LocalDate end = start.plusDays(i % 3);
		long mix = i * 2654435761L % 1000;
		String campaign = (mix < 900) ? "2024年春风行动" : "民营企业服务月";
		String status = (mix % 50 == 7) ? "已取消" : "已结束";
		boolean online = (i % 3) == 0;
		// names only on every fifth row, code elsewhere
		String code = (i % 5 == 4) ? "" : county.code();
		return new String[] { String.format("HD2024%09d", i), "春风行动招聘会第" + i + "场", online ? "线上" : "线下", code,
				county.city(), county.name(), start.toString(), end.toString(), Long.toString(5 + mix % 40),
				Long.toString(20 + mix % 400 + week), Long.toString(mix % 60), campaign, status,
				String.format("%s %02d:%02d:00", start.plusWeeks(week), i % 24, i % 60) };
	}

	static void writeXlsx(Path out, long rows, List<County> counties, int week) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
			zip.setLevel(1);
			entry(zip, "[Content_Types].xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
					<Default Extension="xml" ContentType="application/xml"/>\
					<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
					<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
					</Types>""");
			entry(zip, "_rels/.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
					</Relationships>""");
			entry(zip, "xl/workbook.xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
					xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
					<sheets><sheet name="活动" sheetId="1" r:id="rId1"/></sheets></workbook>""");
			entry(zip, "xl/_rels/workbook.xml.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
					</Relationships>""");
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			Writer writer = new BufferedWriter(new OutputStreamWriter(nonClosing(zip), StandardCharsets.UTF_8), 1 << 20);
			writer.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
					+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
			xmlRow(writer, 1, HEADER);
			for (long i = 0; i < rows; i++) {
				xmlRow(writer, i + 2, row(i, counties, week));
			}
			writer.write("</sheetData></worksheet>");
			writer.flush();
			zip.closeEntry();
		}
	}

	static void xmlRow(Writer writer, long number, String[] cells) throws IOException {
		writer.write("<row r=\"" + number + "\">");
		for (int c = 0; c < cells.length; c++) {
			String ref = (char) ('A' + c) + Long.toString(number);
			boolean numeric = number > 1 && c >= 8 && c <= 10;
			if (numeric) {
				writer.write("<c r=\"" + ref + "\"><v>" + cells[c] + "</v></c>");
			}
			else if (!cells[c].isEmpty()) {
				writer.write("<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + cells[c] + "</t></is></c>");
			}
		}
		writer.write("</row>");
	}

	static void entry(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	static OutputStream nonClosing(OutputStream out) {
		return new java.io.FilterOutputStream(out) {
			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				out.write(b, off, len);
			}

			@Override
			public void close() throws IOException {
				flush();
			}
		};
	}

}
