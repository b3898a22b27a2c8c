package org.chunfeng.demo.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * The demo's sample inputs: two weeks of workbooks showing every submission status, a
 * season's export, the same every time.
 */
class SampleInputGeneratorTests {

	@TempDir
	Path first;

	@TempDir
	Path second;

	@Test
	void writesExportAndTwoWeeksOfWorkbooksWithEveryKindOfSubmission() throws Exception {
		SampleInputs.Written written = new SampleInputGenerator(new Workspace(this.first), divisions()).write();

		// ten cities the first week; the second, nine of them and a correction; ten for
		// each phase report, nine (大同 not) for the final summary
		assertThat(written.workbooks()).hasSize(20 + 10 + 10 + 9);
		assertThat(written.workbooks())
			.filteredOn((workbook) -> workbook.reportingDate().equals(LocalDate.of(2024, 2, 22)))
			.hasSize(10);
		assertThat(written.workbooks())
			.filteredOn((workbook) -> workbook.reportingDate().equals(SampleInputs.PHASE1_DATE))
			.hasSize(10);
		assertThat(written.workbooks())
			.filteredOn((workbook) -> workbook.reportingDate().equals(SampleInputs.FINAL_DATE))
			.hasSize(9);
		assertThat(written.noProgressCity()).isEqualTo("朔州市");
		assertThat(written.blankFigureCity()).isEqualTo("阳泉市");
		// most cities fill 阶段进展 in; 朔州 does not, 阳泉 leaves 留岗人数 blank
		for (SampleInputs.Workbook workbook : written.workbooks()) {
			if (!workbook.reportingDate().equals(SampleInputs.PHASE1_DATE)) {
				continue;
			}
			try (InputStream in = Files.newInputStream(workbook.file()); Workbook opened = WorkbookFactory.create(in)) {
				String name = workbook.file().getFileName().toString();
				if (name.startsWith("朔州市")) {
					assertThat(opened.getSheet("阶段进展")).as(name).isNull();
					continue;
				}
				org.apache.poi.ss.usermodel.Sheet progress = opened.getSheet("阶段进展");
				assertThat(progress).as(name).isNotNull();
				assertThat(progress.getRow(4).getCell(0).getStringCellValue()).isEqualTo("留岗人数");
				assertThat(progress.getRow(4).getCell(1) == null).as(name).isEqualTo(name.startsWith("阳泉市"));
			}
		}
		assertThat(written.missingCity()).isEqualTo("吕梁市");
		assertThat(written.carriedForwardCity()).isEqualTo("大同市");
		assertThat(written.refusedCity()).isEqualTo("长治市");
		// 晋中 sends .xls every time
		assertThat(written.workbooks()).map(SampleInputs.Workbook::file)
			.filteredOn((file) -> file.toString().endsWith(".xls"))
			.hasSize(5);
		assertThat(written.workbooks()).map((workbook) -> workbook.file().getFileName().toString())
			.noneMatch((name) -> name.startsWith("大同市") && name.contains("2月29日"))
			.noneMatch((name) -> name.startsWith("吕梁市"));
		assertThat(written.workbooks()).map(SampleInputs.Workbook::receivedAt).isSorted();
		// the correction arrived last but carries the older file time
		SampleInputs.Workbook correction = written.workbooks()
			.stream()
			.filter((workbook) -> workbook.file().getFileName().toString().contains("更正"))
			.findFirst()
			.orElseThrow();
		SampleInputs.Workbook original = written.workbooks()
			.stream()
			.filter((workbook) -> workbook.file().getFileName().toString().equals("太原市春风行动开展情况统计表（2月29日）.xlsx"))
			.findFirst()
			.orElseThrow();
		assertThat(correction.receivedAt()).isAfter(original.receivedAt());
		assertThat(Files.getLastModifiedTime(correction.file()).toInstant())
			.isBefore(Files.getLastModifiedTime(original.file()).toInstant());
		List<String> lines = Files.readAllLines(written.platformExport(), StandardCharsets.UTF_8);
		assertThat(lines.get(0)).startsWith("\uFEFF活动编号,活动名称,活动形式,区划代码");
		assertThat(lines).hasSize(written.activities() + 1);
		assertThat(written.activities()).isBetween(2000, 5000);
		for (SampleInputs.Workbook workbook : written.workbooks()) {
			try (InputStream in = Files.newInputStream(workbook.file()); Workbook opened = WorkbookFactory.create(in)) {
				assertThat(opened.getNumberOfSheets()).isPositive();
			}
		}
	}

	@Test
	void writesTheSameBytesEveryTime() throws Exception {
		SampleInputs.Written a = new SampleInputGenerator(new Workspace(this.first), divisions()).write();
		// the point: time passes between the two writes, and a zip entry keeps the time
		// it was written, to two seconds
		Thread.sleep(2100);
		SampleInputs.Written b = new SampleInputGenerator(new Workspace(this.second), divisions()).write();

		assertThat(Files.readAllBytes(a.platformExport())).isEqualTo(Files.readAllBytes(b.platformExport()));
		for (int i = 0; i < a.workbooks().size(); i++) {
			assertThat(Files.readAllBytes(a.workbooks().get(i).file())).as(a.workbooks().get(i).file().toString())
				.isEqualTo(Files.readAllBytes(b.workbooks().get(i).file()));
		}
		assertThat(Files.getLastModifiedTime(a.workbooks().get(0).file()))
			.isEqualTo(Files.getLastModifiedTime(b.workbooks().get(0).file()));
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
