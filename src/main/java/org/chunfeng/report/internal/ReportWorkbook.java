package org.chunfeng.report.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the report workbook. Sheets with merged headers and the chart are built in
 * memory (XSSF; charts need it); the long lists (县区开展情况, 平台数据问题) are streamed (SXSSF over
 * the same workbook), their temporary files disposed whatever happens. The file appears
 * under its name only when complete.
 */
final class ReportWorkbook {

	/** Every sheet, in the order of SPEC §5.1. */
	static final List<String> SHEETS = List.of(StatisticsSheet.NAME, ReconciliationSheet.NAME, CountySheet.NAME,
			SubmissionSheet.NAME, WeekOnWeekSheet.NAME, PhaseProgressSheet.NAME, PlatformProblemsSheet.NAME,
			ChartSheet.NAME);

	private static final Set<String> STREAMED = Set.of(CountySheet.NAME, PlatformProblemsSheet.NAME);

	/** Rows an SXSSF sheet keeps in memory. */
	private static final int WINDOW = 100;

	private ReportWorkbook() {
	}

	/** The requested sheets, checked: known names, each once. */
	static List<String> checkSheets(List<String> sheets) {
		if (sheets == null || sheets.isEmpty()) {
			throw new IllegalArgumentException(
					"no report sheets requested; known sheets: " + String.join(", ", SHEETS));
		}
		Set<String> seen = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		for (String sheet : sheets) {
			if (!SHEETS.contains(sheet)) {
				unknown.add(sheet);
			}
			else if (!seen.add(sheet)) {
				throw new IllegalArgumentException("report sheet " + sheet + " is requested twice");
			}
		}
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("unknown report sheet(s) " + String.join(", ", unknown)
					+ "; known sheets: " + String.join(", ", SHEETS));
		}
		return List.copyOf(seen);
	}

	static void write(ReportData data, List<String> sheets, Path target) {
		write(data, sheets, target, XSSFWorkbook::new);
	}

	/**
	 * Writes the workbook that {@code newWorkbook} makes (a test's may fail to close).
	 */
	static void write(ReportData data, List<String> sheets, Path target, Supplier<XSSFWorkbook> newWorkbook) {
		List<String> names = checkSheets(sheets);
		Path temp = target.resolveSibling(target.getFileName() + ".part");
		// try-with-resources: a failure to close or dispose is added to the first
		// exception as suppressed, never thrown instead of it
		try (XSSFWorkbook workbook = newWorkbook.get()) {
			Styles styles = new Styles(workbook);
			for (String name : names) {
				workbook.createSheet(name);
			}
			for (String name : names) {
				if (!STREAMED.contains(name)) {
					writeSheet(name, workbook.getSheet(name), data, styles);
				}
			}
			SXSSFWorkbook streaming = new SXSSFWorkbook(workbook, WINDOW);
			// the streamed sheets' temporary files; closing the workbook above closes
			// the rest
			try (Closeable temporaryFiles = streaming::dispose) {
				for (String name : names) {
					if (STREAMED.contains(name)) {
						writeSheet(name, streaming.getSheet(name), data, styles);
					}
				}
				workbook.setActiveSheet(0);
				try (OutputStream out = Files.newOutputStream(temp)) {
					streaming.write(out);
				}
			}
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write report " + target + ": " + ex.getMessage(), ex);
		}
		finally {
			try {
				Files.deleteIfExists(temp);
			}
			catch (IOException ex) {
				// the complete file is in place or the error above is reported; a stray
				// .part file is harmless
			}
		}
	}

	private static void writeSheet(String name, Sheet sheet, ReportData data, Styles styles) {
		switch (name) {
			case StatisticsSheet.NAME -> StatisticsSheet.write(sheet, data, styles);
			case ReconciliationSheet.NAME -> ReconciliationSheet.write(sheet, data, styles);
			case CountySheet.NAME -> CountySheet.write(sheet, data, styles);
			case SubmissionSheet.NAME -> SubmissionSheet.write(sheet, data, styles);
			case WeekOnWeekSheet.NAME -> WeekOnWeekSheet.write(sheet, data, styles);
			case PhaseProgressSheet.NAME -> PhaseProgressSheet.write(sheet, data, styles);
			case PlatformProblemsSheet.NAME -> PlatformProblemsSheet.write(sheet, data, styles);
			case ChartSheet.NAME -> ChartSheet.write(sheet, data, styles);
			default -> throw new IllegalArgumentException("unknown report sheet " + name);
		}
	}

}
