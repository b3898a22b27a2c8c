package org.chunfeng.demo.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.chunfeng.Workspace;
import org.chunfeng.demo.SampleInputs;
import org.chunfeng.region.City;
import org.chunfeng.region.County;
import org.chunfeng.region.Divisions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's sample inputs: every city but one, a season's export, the same every time.
 */
class SampleInputGeneratorTests {

	@TempDir
	Path first;

	@TempDir
	Path second;

	@Test
	void writesExportAndTenWorkbooksWithTheLastCityMissing() throws Exception {
		SampleInputs.Written written = new SampleInputGenerator(new Workspace(this.first), divisions()).write();

		assertThat(written.workbooks()).hasSize(10);
		assertThat(written.missingCity()).isEqualTo("吕梁市");
		assertThat(written.workbooks()).filteredOn((file) -> file.toString().endsWith(".xls")).hasSize(1);
		List<String> lines = Files.readAllLines(written.platformExport(), StandardCharsets.UTF_8);
		assertThat(lines.get(0)).startsWith("\uFEFF活动编号,活动名称,活动形式,区划代码");
		assertThat(lines).hasSize(written.activities() + 1);
		assertThat(written.activities()).isBetween(2000, 5000);
		for (Path workbook : written.workbooks()) {
			try (InputStream in = Files.newInputStream(workbook); Workbook opened = WorkbookFactory.create(in)) {
				assertThat(opened.getNumberOfSheets()).isPositive();
			}
		}
	}

	@Test
	void writesTheSameBytesEveryTime() throws Exception {
		SampleInputs.Written a = new SampleInputGenerator(new Workspace(this.first), divisions()).write();
		SampleInputs.Written b = new SampleInputGenerator(new Workspace(this.second), divisions()).write();

		assertThat(Files.readAllBytes(a.platformExport())).isEqualTo(Files.readAllBytes(b.platformExport()));
		assertThat(Files.getLastModifiedTime(a.workbooks().get(0)))
			.isEqualTo(Files.getLastModifiedTime(b.workbooks().get(0)));
	}

	private static Divisions divisions() throws Exception {
		List<String> lines = Files.readAllLines(Path.of("config/divisions.csv"), StandardCharsets.UTF_8);
		Map<String, City> cities = new LinkedHashMap<>();
		Map<String, List<County>> counties = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] fields = line.split(",");
			names.put(fields[0], fields[1]);
			counties.computeIfAbsent(fields[0], (code) -> new ArrayList<>())
				.add(new County(fields[2], fields[3], fields[0]));
		}
		names.forEach((code, name) -> cities.put(code, new City(code, name, counties.get(code))));
		return new Divisions("山西省", List.copyOf(cities.values()));
	}

}
