package org.chunfeng.intake.platform.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chunfeng.region.Divisions;

/**
 * Where each field is in an export: the header row is the first of the first rows that
 * names the activity id column (exports may carry a title line above it).
 */
final class ExportLayout {

	private static final int HEADER_SEARCH_ROWS = 20;

	private final int[] columns;

	private ExportLayout(int[] columns) {
		this.columns = columns;
	}

	/** Reads up to the header row, leaving {@code source} at the first data row. */
	static ExportLayout read(RowSource source, PlatformProperties.Columns config) throws IOException {
		Map<String, Field> byHeader = new HashMap<>();
		for (Field field : Field.values()) {
			for (String header : config.headers(field)) {
				byHeader.putIfAbsent(key(header), field);
			}
		}
		for (int i = 0; i < HEADER_SEARCH_ROWS; i++) {
			SourceRow row = source.next();
			if (row == null) {
				break;
			}
			int[] columns = new int[Field.values().length];
			Arrays.fill(columns, -1);
			for (int c = 0; c < row.cells().size(); c++) {
				Field field = byHeader.get(key(row.cells().get(c)));
				if (field != null && columns[field.ordinal()] < 0) {
					columns[field.ordinal()] = c;
				}
			}
			if (columns[Field.ACTIVITY_ID.ordinal()] >= 0) {
				ExportLayout layout = new ExportLayout(columns);
				layout.checkRequired(config);
				return layout;
			}
		}
		throw new ExportFormatException("找不到表头（前 " + HEADER_SEARCH_ROWS + " 行中没有“"
				+ String.join("”或“", config.headers(Field.ACTIVITY_ID)) + "”列），可能不是平台活动导出文件");
	}

	private void checkRequired(PlatformProperties.Columns config) {
		List<String> missing = new ArrayList<>();
		for (Field field : List.of(Field.MODE, Field.START_DATE)) {
			if (!has(field)) {
				missing.add(config.headers(field).get(0));
			}
		}
		if (!has(Field.COUNTY_CODE) && !has(Field.COUNTY_NAME)) {
			missing.add(config.headers(Field.COUNTY_CODE).get(0) + "或" + config.headers(Field.COUNTY_NAME).get(0));
		}
		if (!missing.isEmpty()) {
			throw new ExportFormatException("缺少列: " + String.join("、", missing));
		}
	}

	boolean has(Field field) {
		return this.columns[field.ordinal()] >= 0;
	}

	/** The row's values by field ordinal; absent columns and cells are empty strings. */
	String[] values(SourceRow row) {
		String[] values = new String[this.columns.length];
		List<String> cells = row.cells();
		for (int f = 0; f < this.columns.length; f++) {
			int column = this.columns[f];
			String value = (column >= 0 && column < cells.size()) ? cells.get(column) : null;
			values[f] = (value != null) ? value.strip() : "";
		}
		return values;
	}

	static String key(String header) {
		return (header != null) ? Divisions.normalize(header).toLowerCase(Locale.ROOT) : "";
	}

}
