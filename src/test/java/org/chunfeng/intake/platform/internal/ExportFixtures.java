package org.chunfeng.intake.platform.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds platform exports in code: the default headers, one activity per row. */
final class ExportFixtures {

	static final String HEADER = "活动编号,活动名称,活动形式,区划代码,所属地市,所属县区,开始日期,结束日期,参会单位数,提供岗位数,达成就业意向人数,专项活动名称,活动状态,更新时间";

	private ExportFixtures() {
	}

	/**
	 * A valid campaign row: offline fair in 小店区 on 2024-02-01 with the given positions.
	 */
	static String row(String id, long positions) {
		return row(id, "线下", "140105", "2024-02-01", positions, "2024-02-01 10:00:00");
	}

	static String row(String id, String mode, String countyCode, String start, long positions, String updatedAt) {
		return String.join(",", id, "招聘会" + id, mode, countyCode, "", "", start, "", "3", Long.toString(positions), "2",
				"2024年春风行动", "已结束", updatedAt);
	}

	static Path csv(Path folder, String name, List<String> rows) {
		return csv(folder, name, rows, StandardCharsets.UTF_8, false);
	}

	static Path csv(Path folder, String name, List<String> rows, Charset charset, boolean bom) {
		List<String> lines = new ArrayList<>();
		lines.add(HEADER);
		lines.addAll(rows);
		byte[] text = (String.join("\r\n", lines) + "\r\n").getBytes(charset);
		Path file = folder.resolve(name);
		try (OutputStream out = Files.newOutputStream(file)) {
			if (bom) {
				out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			}
			out.write(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	static List<String> validRows(String prefix, int count) {
		List<String> rows = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			rows.add(row(prefix + i, 10));
		}
		return rows;
	}

}
