package org.chunfeng.report.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.CountyCheck;
import org.chunfeng.reconcile.CountyStatus;
import org.chunfeng.reconcile.MetricCheck;
import org.chunfeng.reconcile.MetricStatus;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.reconcile.ReconciliationFixtures;

/** Writing a fixture report and reading it back with POI. */
final class ReportWorkbooks {

	private ReportWorkbooks() {
	}

	static XSSFWorkbook written(ReportData data, List<String> sheets, Path folder) {
		Path file = folder.resolve("report.xlsx");
		ReportWorkbook.write(data, sheets, file);
		try {
			return new XSSFWorkbook(file.toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InvalidFormatException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static XSSFWorkbook written(ReportData data, Path folder) {
		return written(data, ReportWorkbook.SHEETS, folder);
	}

	/** The same report had the platform data been stale: nothing compared. */
	static ReportData stale(ReportData data) {
		Reconciliation fresh = data.reconciliation();
		List<CityReconciliation> cities = fresh.cities().stream().map((city) -> {
			if (!city.hasFigures()) {
				return city;
			}
			List<MetricCheck> metrics = city.metrics()
				.stream()
				.map((check) -> new MetricCheck(check.metric(), check.reported(), check.platform(), null,
						MetricStatus.PLATFORM_STALE))
				.toList();
			List<CountyCheck> counties = city.counties()
				.stream()
				.map((check) -> (check.status() == CountyStatus.NOT_LISTED) ? check
						: new CountyCheck(check.countyCode(), check.countyName(), check.platformActivities(),
								check.platformPositions(), check.claim(), CountyStatus.PLATFORM_STALE))
				.toList();
			return new CityReconciliation(city.city(), city.status(), city.submission(), city.previous(),
					city.platform(), metrics, counties, city.refusals(), city.completeness());
		}).toList();
		Reconciliation stale = new Reconciliation(fresh.asOf(), fresh.period(), fresh.previousDate(),
				ReconciliationFixtures.stalePlatform(), fresh.dueDates(), cities);
		return new ReportData(data.deliverable(), data.title(), data.campaign(), stale, data.previousDate(),
				data.previous(), data.rejections(), data.rejectedTotal(), data.edition());
	}

	static Cell cell(Sheet sheet, int row, int column) {
		return sheet.getRow(row).getCell(column);
	}

	static String text(Sheet sheet, int row, int column) {
		return cell(sheet, row, column).getStringCellValue();
	}

	static double number(Sheet sheet, int row, int column) {
		return cell(sheet, row, column).getNumericCellValue();
	}

	static List<String> merges(Sheet sheet) {
		return sheet.getMergedRegions().stream().map(CellRangeAddress::formatAsString).toList();
	}

}
