package org.chunfeng.intake.city.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Workbook;

import org.chunfeng.region.City;
import org.chunfeng.region.County;
import org.chunfeng.region.Divisions;

/** Reads fixtures the way the intake does, without a database. */
final class ReaderHarness {

	static final Divisions DIVISIONS = divisions();

	private ReaderHarness() {
	}

	/** Errors and warnings of one read, and the rows by city name. */
	record Read(CityWorkbookReader.ReadWorkbook workbook, List<String> errors, List<String> warnings,
			Map<String, CityWorkbookReader.CityRow> rows) {

		CityWorkbookReader.CityRow row(String cityName) {
			return this.rows.get(cityName);
		}

	}

	static Read read(Path folder, String fileName, byte[] bytes) {
		try {
			Path file = Files.write(folder.resolve(fileName), bytes);
			return read(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Read read(Path file) {
		String fileName = file.getFileName().toString();
		CityWorkbookReader.ReadWorkbook workbook;
		try (Workbook opened = WorkbookOpener.open(file, fileName, 10 * 1024 * 1024)) {
			workbook = new CityWorkbookReader(DIVISIONS, 60).read(opened, fileName, 2024);
		}
		catch (UnreadableWorkbookException ex) {
			return new Read(null, List.of(ex.getMessage()), List.of(), Map.of());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> errors = new ArrayList<>(workbook.errors());
		List<String> warnings = new ArrayList<>();
		Map<String, CityWorkbookReader.CityRow> rows = new LinkedHashMap<>();
		CityWorkbookReader.Messages messages = new CityWorkbookReader.Messages(fileName, workbook.sheetName());
		for (CityWorkbookReader.CityRow row : workbook.rows()) {
			rows.put(row.city().name(), row);
			errors.addAll(row.errors());
			if (row.errors().isEmpty()) {
				warnings.addAll(row.warnings());
				warnings.addAll(CityRowChecks.check(row, messages));
			}
		}
		errors.addAll(workbook.rowErrors());
		warnings.addAll(workbook.warnings());
		return new Read(workbook, errors, warnings, rows);
	}

	/** Every county of the city, joined with 、. */
	static String allCounties(String cityName) {
		return String.join("、", DIVISIONS.city(cityName).orElseThrow().counties().stream().map(County::name).toList());
	}

	private static Divisions divisions() {
		try {
			Map<String, String> names = new LinkedHashMap<>();
			Map<String, List<County>> counties = new LinkedHashMap<>();
			for (String line : Files.readAllLines(Path.of("config/divisions.csv"))) {
				String[] parts = line.split(",");
				if (parts[0].equals("city_code")) {
					continue;
				}
				names.put(parts[0], parts[1]);
				counties.computeIfAbsent(parts[0], (code) -> new ArrayList<>())
					.add(new County(parts[2], parts[3], parts[0]));
			}
			List<City> cities = new ArrayList<>();
			names.forEach((code, name) -> cities.add(new City(code, name, counties.get(code))));
			return new Divisions("山西省", cities);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
