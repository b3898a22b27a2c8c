package org.chunfeng.demo.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chunfeng.Workspace;
import org.chunfeng.demo.SampleInputs;
import org.chunfeng.intake.city.Metric;
import org.chunfeng.region.City;
import org.chunfeng.region.County;
import org.chunfeng.region.Divisions;

import org.springframework.stereotype.Component;

/**
 * A season's platform export taken at the campaign's end (a few thousand activities over
 * every county from 25 January to 8 April, with cancelled, non-campaign and bad rows) and
 * two weeks of workbooks (22 and 29 February), each with some of the messy variants of
 * SPEC §3.1, figures that mostly agree with the platform as of their date and a few
 * deliberate discrepancies: the last city never sends, 大同 sends the first week only, 长治's
 * second file is refused, 太原 corrects its second file (the correction has the older file
 * time), one city is late each week. Fixed seed: the same files every time.
 */
@Component
class SampleInputGenerator implements SampleInputs {

	private static final long SEED = 20240229L;

	/** 大同: sends the first week only. */
	private static final int CARRIED_FORWARD = 1;

	/** 长治: its second-week file has a count written in words and a negative count. */
	private static final int REFUSED = 3;

	/**
	 * 太原: sends the second week twice, the correction later but with an older file time.
	 */
	private static final int CORRECTED = 0;

	/** 朔州: sends its statistics without a 阶段进展 sheet. */
	private static final int NO_PROGRESS = 5;

	/** 阳泉: leaves a 阶段进展 count blank (留岗人数, then 外出务工人数). */
	private static final int BLANK_FIGURE = 2;

	private static final LocalDate WINDOW_START = LocalDate.of(2024, 1, 25);

	/**
	 * When the platform export was taken: the campaign's last day, after its 18:00, so
	 * that its records cover every report the demo can run, the final summary as of 8
	 * April included (a report's platform data must be recent enough for its period).
	 */
	private static final LocalDateTime EXPORTED = LocalDateTime.of(2024, 4, 8, 20, 0);

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final String[] HEADERS = { "活动编号", "活动名称", "活动形式", "区划代码", "所属地市", "所属县区", "开始日期", "结束日期", "参会单位数",
			"提供岗位数", "达成就业意向人数", "专项活动名称", "活动状态", "更新时间" };

	private final Workspace workspace;

	private final Divisions divisions;

	SampleInputGenerator(Workspace workspace, Divisions divisions) {
		this.workspace = workspace;
		this.divisions = divisions;
	}

	@Override
	public Written write() {
		Random random = new Random(SEED);
		Map<LocalDate, Map<String, CityCounts>> counts = new LinkedHashMap<>();
		for (LocalDate date : List.of(PHASE1_DATE, PHASE2_DATE, FIRST_REPORTING_DATE, REPORTING_DATE, FINAL_DATE)) {
			Map<String, CityCounts> byCity = new LinkedHashMap<>();
			for (City city : this.divisions.cities()) {
				byCity.put(city.code(), new CityCounts());
			}
			counts.put(date, byCity);
		}
		Path export = this.workspace.platformInbox()
			.resolve("平台专项活动导出-" + EXPORTED.toLocalDate().format(DateTimeFormatter.BASIC_ISO_DATE) + ".csv");
		int activities = writeExport(export, random, counts);
		Path folder = this.workspace.folder("samples/cities");
		List<Workbook> workbooks = new ArrayList<>();
		List<City> cities = this.divisions.cities();
		for (int i = 0; i < cities.size() - 1; i++) {
			City city = cities.get(i);
			Map<Metric, BigDecimal> latest = figures(counts.get(REPORTING_DATE).get(city.code()), random);
			Map<Metric, BigDecimal> first = earlier(latest, counts.get(FIRST_REPORTING_DATE).get(city.code()));
			Map<Metric, BigDecimal> phase2 = earlier(first, counts.get(PHASE2_DATE).get(city.code()));
			Map<Metric, BigDecimal> phase1 = earlier(phase2, counts.get(PHASE1_DATE).get(city.code()));
			// the phase reports: the statistics with the 阶段进展 sheet (one city sends none,
			// one leaves a count blank)
			workbooks.add(writeWorkbook(folder, i, city, counts.get(PHASE1_DATE).get(city.code()), phase1, PHASE1_DATE,
					Variant.PLAIN, at(PHASE1_DATE, 9 + i % 7, 11 * i % 60), "",
					(i == NO_PROGRESS) ? null : PhaseTexts.phase1(i, city, i == BLANK_FIGURE)));
			workbooks.add(writeWorkbook(folder, i, city, counts.get(PHASE2_DATE).get(city.code()), phase2, PHASE2_DATE,
					Variant.PLAIN, at(PHASE2_DATE, 9 + i % 7, 13 * i % 60), "",
					(i == NO_PROGRESS) ? null : PhaseTexts.phase2(i, city, i == BLANK_FIGURE)));
			if (i != CARRIED_FORWARD) {
				// the final summary: every city but 大同, whose 2月22日 figures are carried
				// forward
				workbooks.add(writeWorkbook(folder, i, city, counts.get(FINAL_DATE).get(city.code()),
						later(latest, counts.get(FINAL_DATE).get(city.code())), FINAL_DATE, Variant.PLAIN,
						at(FINAL_DATE, 9 + i % 7, 17 * i % 60), "",
						(i == NO_PROGRESS) ? null : PhaseTexts.summary(i, city)));
			}
			// the first week: every city but the last; one of them late
			workbooks.add(writeWorkbook(folder, i, city, counts.get(FIRST_REPORTING_DATE).get(city.code()), first,
					FIRST_REPORTING_DATE, Variant.PLAIN,
					(i == 8) ? at(FIRST_REPORTING_DATE, 20, 15) : at(FIRST_REPORTING_DATE, 9 + i % 8, 7 * i % 60), "",
					null));
			if (i == CARRIED_FORWARD) {
				// sends nothing the second week: its first week's figures are carried
				// forward
				continue;
			}
			CityCounts platform = counts.get(REPORTING_DATE).get(city.code());
			if (i == REFUSED) {
				workbooks.add(writeWorkbook(folder, i, city, platform, latest, REPORTING_DATE, Variant.REFUSED,
						at(REPORTING_DATE, 11, 20), "", null));
			}
			else if (i == CORRECTED) {
				workbooks.add(writeWorkbook(folder, i, city, platform, latest, REPORTING_DATE, Variant.MISTAKEN,
						at(REPORTING_DATE, 9, 0), "有误，稍后更正", null));
				Workbook correction = writeWorkbook(folder, i, city, platform, latest, REPORTING_DATE,
						Variant.CORRECTION, at(REPORTING_DATE, 16, 30), "更正，文件修改时间较早", null);
				// copied from an older draft: its file time is older than the first
				// file's, and says nothing about which came later
				setTime(correction.file(), LocalDateTime.of(2024, 2, 28, 9, 0));
				workbooks.add(correction);
			}
			else {
				workbooks.add(writeWorkbook(folder, i, city, platform, latest, REPORTING_DATE, Variant.PLAIN,
						(i == 9) ? at(REPORTING_DATE, 19, 42) : at(REPORTING_DATE, 9 + i % 8, 7 * i % 60), "", null));
			}
		}
		workbooks.sort(Comparator.comparing(Workbook::receivedAt));
		return new Written(export, workbooks, activities, cities.get(cities.size() - 1).name(),
				cities.get(CARRIED_FORWARD).name(), cities.get(REFUSED).name(), cities.get(NO_PROGRESS).name(),
				cities.get(BLANK_FIGURE).name());
	}

	private static Instant at(LocalDate date, int hour, int minute) {
		return date.atTime(hour, minute).atZone(ZONE).toInstant();
	}

	/** What a workbook shows. */
	private enum Variant {

		PLAIN, REFUSED, MISTAKEN, CORRECTION

	}

	/**
	 * A week earlier: the platform's figures as of then, the others about four fifths of
	 * the later ones (cumulative figures only grow).
	 */
	private static Map<Metric, BigDecimal> earlier(Map<Metric, BigDecimal> later, CityCounts platform) {
		return scaled(later, platform, 4, 5, RoundingMode.DOWN);
	}

	/**
	 * At the campaign's end: the platform's figures as of then, the others a quarter more
	 * than at the end of February.
	 */
	private static Map<Metric, BigDecimal> later(Map<Metric, BigDecimal> before, CityCounts platform) {
		return scaled(before, platform, 5, 4, RoundingMode.UP);
	}

	/**
	 * The platform's figures as they are, the city's own ones (counts, money) as
	 * {@code figures × numerator / denominator}, rounded the given way.
	 */
	private static Map<Metric, BigDecimal> scaled(Map<Metric, BigDecimal> base, CityCounts platform, int numerator,
			int denominator, RoundingMode rounding) {
		Map<Metric, BigDecimal> figures = new EnumMap<>(Metric.class);
		figures.put(Metric.ONLINE_FAIRS, BigDecimal.valueOf(platform.onlineFairs));
		figures.put(Metric.ONLINE_POSITIONS, BigDecimal.valueOf(platform.onlinePositions));
		figures.put(Metric.OFFLINE_FAIRS, BigDecimal.valueOf(platform.offlineFairs));
		figures.put(Metric.OFFLINE_POSITIONS, BigDecimal.valueOf(platform.offlinePositions));
		figures.put(Metric.AGREEMENTS, BigDecimal.valueOf(platform.agreements));
		for (Metric metric : List.of(Metric.BUS_COUNT, Metric.BUS_PASSENGERS, Metric.TRAIN_COUNT,
				Metric.TRAIN_PASSENGERS, Metric.FLIGHT_COUNT, Metric.FLIGHT_PASSENGERS, Metric.PROJECTS_PROMOTED,
				Metric.MENTOR_SESSIONS, Metric.VENUES_PROVIDED)) {
			figures.put(metric, scale(base.get(metric), numerator, denominator, 0, rounding));
		}
		// passengers were carried by at least one vehicle (rounding down can lose the
		// last)
		for (Metric[] mode : new Metric[][] { { Metric.BUS_COUNT, Metric.BUS_PASSENGERS },
				{ Metric.TRAIN_COUNT, Metric.TRAIN_PASSENGERS }, { Metric.FLIGHT_COUNT, Metric.FLIGHT_PASSENGERS } }) {
			if (figures.get(mode[1]).signum() > 0 && figures.get(mode[0]).signum() == 0) {
				figures.put(mode[0], BigDecimal.ONE);
			}
		}
		figures.put(Metric.TRANSPORT_TOTAL,
				figures.get(Metric.BUS_PASSENGERS)
					.add(figures.get(Metric.TRAIN_PASSENGERS))
					.add(figures.get(Metric.FLIGHT_PASSENGERS)));
		figures.put(Metric.RECRUITMENT_FUNDS_WAN,
				scale(base.get(Metric.RECRUITMENT_FUNDS_WAN), numerator, denominator, 4, rounding));
		figures.put(Metric.SUBSIDIES_WAN, scale(base.get(Metric.SUBSIDIES_WAN), numerator, denominator, 2, rounding));
		return figures;
	}

	private static BigDecimal scale(BigDecimal value, int numerator, int denominator, int decimals,
			RoundingMode rounding) {
		return value.multiply(BigDecimal.valueOf(numerator))
			.divide(BigDecimal.valueOf(denominator), decimals, rounding);
	}

	private int writeExport(Path file, Random random, Map<LocalDate, Map<String, CityCounts>> counts) {
		int rows = 0;
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write('\uFEFF');
			out.write(String.join(",", HEADERS) + "\r\n");
			int sequence = 1;
			for (City city : this.divisions.cities()) {
				for (int c = 0; c < city.counties().size(); c++) {
					County county = city.counties().get(c);
					// the last county of every second city has held nothing yet
					if (c == city.counties().size() - 1 && city.code().hashCode() % 2 == 0) {
						continue;
					}
					int n = 12 + random.nextInt(18);
					for (int k = 0; k < n; k++) {
						Activity activity = activity(sequence++, city, county, random);
						out.write(activity.csv());
						rows++;
						counts.forEach((date, byCity) -> {
							if (activity.countsAsOf(date)) {
								byCity.get(city.code()).add(activity);
							}
						});
					}
				}
			}
			for (String bad : badRows(sequence)) {
				out.write(bad);
				rows++;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
		setTime(file, EXPORTED.plusMinutes(5));
		return rows;
	}

	private Activity activity(int sequence, City city, County county, Random random) {
		boolean online = random.nextInt(100) < 45;
		// from the campaign's first day to the export's
		LocalDate start = WINDOW_START
			.plusDays(random.nextInt((int) (EXPORTED.toLocalDate().toEpochDay() - WINDOW_START.toEpochDay() + 1)));
		LocalDate end = start.plusDays(online ? random.nextInt(7) : 0);
		int employers = 5 + random.nextInt(online ? 120 : 60);
		int positions = employers * (8 + random.nextInt(25));
		int intents = positions / (6 + random.nextInt(10));
		int kind = random.nextInt(100);
		String campaign = (kind < 5) ? "2024年就业援助月" : (kind < 8) ? "" : "2024年春风行动";
		String status = (random.nextInt(100) < 4) ? "已取消" : (end.isBefore(EXPORTED.toLocalDate()) ? "已结束" : "进行中");
		String name = county.name() + (online ? "春风行动网络招聘会（第" + (sequence % 9 + 1) + "期）" : "春风行动“就业暖心·送岗上门”现场招聘会");
		return new Activity("HD" + String.format("%07d", 2024000 + sequence), name, online, county, city, start, end,
				employers, positions, intents, campaign, status);
	}

	/** Rows the platform import must reject with their line and reason. */
	private static List<String> badRows(int sequence) {
		return List.of(",缺少编号的活动,线下,140105,太原市,小店区,2024-02-05,2024-02-05,10,100,5,2024年春风行动,已结束,2024-02-06 10:00\r\n",
				"HD" + (2024000 + sequence)
						+ ",岗位数不是数字,线上,140106,太原市,迎泽区,2024-02-05,2024-02-06,10,若干,5,2024年春风行动,已结束,2024-02-06 10:00\r\n",
				"HD" + (2024001 + sequence)
						+ ",结束早于开始,线下,140202,大同市,云州区,2024-02-10,2024-02-08,10,100,5,2024年春风行动,已结束,2024-02-10 10:00\r\n",
				"HD" + (2024002 + sequence)
						+ ",区划不存在,线下,149999,,,2024-02-10,2024-02-10,10,100,5,2024年春风行动,已结束,2024-02-10 10:00\r\n");
	}

	/**
	 * @param progress the 阶段进展 sheet's labels and values in pairs, or null for a workbook
	 * without one
	 */
	private Workbook writeWorkbook(Path folder, int index, City city, CityCounts platform,
			Map<Metric, BigDecimal> cityFigures, LocalDate reportingDate, Variant variant, Instant receivedAt,
			String note, List<Object> progress) {
		Map<Metric, BigDecimal> figures = new EnumMap<>(cityFigures);
		Set<String> active = new LinkedHashSet<>(platform.activeCounties);
		List<String> inactive = new ArrayList<>();
		for (County county : city.counties()) {
			if (!active.contains(county.code())) {
				inactive.add(county.code());
			}
		}
		// deliberate discrepancies for the reconciliation to find
		switch (index) {
			case 1 -> figures.merge(Metric.ONLINE_FAIRS, BigDecimal.valueOf(3), BigDecimal::add);
			case 3 -> {
				// fewer positions than the platform's, never below zero
				BigDecimal positions = figures.get(Metric.OFFLINE_POSITIONS);
				figures.put(Metric.OFFLINE_POSITIONS,
						positions.subtract(BigDecimal.valueOf(Math.min(120, positions.longValue() / 2))));
			}
			case 5 -> {
				if (!inactive.isEmpty()) {
					active.add(inactive.remove(0));
				}
			}
			// a county with platform activity left out of both lists
			case 7 -> active.remove(active.iterator().next());
			case 8 -> {
				String moved = active.iterator().next();
				active.remove(moved);
				inactive.add(moved);
			}
			default -> {
			}
		}
		if (variant == Variant.MISTAKEN) {
			figures.merge(Metric.ONLINE_FAIRS, BigDecimal.valueOf(5), BigDecimal::add);
		}
		boolean xls = index == 6;
		String day = reportingDate.getMonthValue() + "月" + reportingDate.getDayOfMonth() + "日";
		String kind = reportingDate.equals(FINAL_DATE) ? "春风行动工作总结及统计表"
				: (reportingDate.isBefore(FIRST_REPORTING_DATE)) ? "春风行动阶段性活动进展及统计表" : "春风行动开展情况统计表";
		String file = city.name() + kind + "（" + day + "）" + ((variant == Variant.CORRECTION) ? "更正" : "")
				+ (xls ? ".xls" : ".xlsx");
		Path path = folder.resolve(file);
		try (org.apache.poi.ss.usermodel.Workbook workbook = xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
			if (index == 4) {
				workbook.createSheet("填表说明").createRow(0).createCell(0).setCellValue("请按统计表格式如实填报，数据为活动开始以来的累计数。");
			}
			Sheet sheet = workbook.createSheet((index == 2) ? "Sheet1" : "统计表");
			int r = 0;
			sheet.createRow(r++).createCell(0).setCellValue("春风行动开展情况统计表");
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 19));
			sheet.createRow(r++)
				.createCell(0)
				.setCellValue("填报单位：" + city.name() + "人力资源和社会保障局（盖章）        填报日期：" + sheetDate(index, reportingDate));
			r = header(sheet, r, index);
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue((index % 3 == 1) ? city.shortName() : city.name());
			int column = 1;
			for (Metric metric : Metric.values()) {
				if (variant == Variant.REFUSED && metric == Metric.OFFLINE_FAIRS) {
					row.createCell(column++).setCellValue("十二场");
				}
				else if (variant == Variant.REFUSED && metric == Metric.BUS_COUNT) {
					row.createCell(column++).setCellValue(-3);
				}
				else {
					cell(row, column++, figures.get(metric), index);
				}
			}
			row.createCell(column++).setCellValue(countyList(city, active, index));
			row.createCell(column).setCellValue(inactive.isEmpty() ? "无" : countyList(city, inactive, index + 1));
			r++;
			sheet.createRow(r++).createCell(0).setCellValue("注：1.数据为1月25日以来的累计数；2.资金单位为万元。");
			sheet.createRow(r).createCell(0).setCellValue("填表人：王某某    联系电话：0351-1234567    审核人：李某某");
			if (progress != null) {
				writeProgress(workbook, progress);
			}
			if (workbook instanceof XSSFWorkbook xssf) {
				// the same bytes every time, so that taking the samples in again changes
				// nothing
				xssf.getProperties()
					.getCoreProperties()
					.setCreated(java.util.Optional.of(java.util.Date.from(Instant.parse("2024-02-20T09:00:00Z"))));
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			workbook.write(bytes);
			Files.write(path, xls ? bytes.toByteArray() : withFixedEntryTimes(bytes.toByteArray()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + path, ex);
		}
		// the file's own time: a clerk's draft saved shortly before sending
		setTime(path, LocalDateTime.ofInstant(receivedAt, ZONE).minusMinutes(20));
		return new Workbook(path, reportingDate, receivedAt, note);
	}

	/** The 阶段进展 sheet as the template lays it out: labels in A, values in B. */
	private static void writeProgress(org.apache.poi.ss.usermodel.Workbook workbook, List<Object> progress) {
		Sheet sheet = workbook.createSheet("阶段进展");
		sheet.createRow(0).createCell(0).setCellValue("阶段性活动进展（春节前阶段性进展、第二次阶段性进展）");
		for (int i = 0; i < progress.size(); i += 2) {
			Row row = sheet.createRow(1 + i / 2);
			row.createCell(0).setCellValue((String) progress.get(i));
			Object value = progress.get(i + 1);
			if (value instanceof Number number) {
				row.createCell(1).setCellValue(number.doubleValue());
			}
			else if (value != null) {
				row.createCell(1).setCellValue(value.toString());
			}
		}
		sheet.setColumnWidth(0, 22 * 256);
		sheet.setColumnWidth(1, 80 * 256);
	}

	/**
	 * The .xlsx package with every entry dated the same: a zip entry carries the time it
	 * was written, and the samples must be the same bytes every time.
	 */
	private static byte[] withFixedEntryTimes(byte[] xlsx) throws IOException {
		ByteArrayOutputStream fixed = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
				ZipOutputStream out = new ZipOutputStream(fixed)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTime(LocalDateTime.of(2024, 2, 20, 9, 0).atZone(ZONE).toInstant().toEpochMilli());
				out.putNextEntry(copy);
				in.transferTo(out);
				out.closeEntry();
			}
		}
		return fixed.toByteArray();
	}

	private static String sheetDate(int index, LocalDate date) {
		return switch (index % 3) {
			case 0 -> date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
			case 1 -> date.toString();
			default -> String.format("%d年%02d月%02d日", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
		};
	}

	/** The two-row header of the notice's attachment, with some clerks' variations. */
	private static int header(Sheet sheet, int r, int index) {
		Row groups = sheet.createRow(r);
		Row names = sheet.createRow(r + 1);
		groups.createCell(0).setCellValue(Metric.CITY_HEADER);
		int column = 1;
		for (Metric metric : Metric.values()) {
			if (metric.group() == Metric.Group.NONE) {
				groups.createCell(column).setCellValue(messy(metric.header(), index));
				sheet.addMergedRegion(new CellRangeAddress(r, r + 1, column, column));
			}
			else {
				if (column == 1 || Metric.values()[column - 2].group() != metric.group()) {
					groups.createCell(column).setCellValue(metric.group().header());
				}
				names.createCell(column).setCellValue(messy(metric.header(), index));
			}
			column++;
		}
		sheet.addMergedRegion(new CellRangeAddress(r, r + 1, 0, 0));
		sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 5));
		sheet.addMergedRegion(new CellRangeAddress(r, r, 6, 12));
		sheet.addMergedRegion(new CellRangeAddress(r, r, 13, 15));
		groups.createCell(18).setCellValue(Metric.COUNTIES_GROUP);
		sheet.addMergedRegion(new CellRangeAddress(r, r, 18, 19));
		names.createCell(18).setCellValue(messy(Metric.COUNTIES_ACTIVE_HEADER, index));
		names.createCell(19).setCellValue(messy(Metric.COUNTIES_INACTIVE_HEADER, index));
		return r + 2;
	}

	/** Line breaks inside headers and half-width brackets, as offices retype them. */
	private static String messy(String header, int index) {
		String text = header;
		if (index % 2 == 1) {
			text = text.replace('（', '(').replace('）', ')');
		}
		if (index % 4 == 2 && text.length() > 6) {
			text = text.substring(0, 4) + "\n" + text.substring(4);
		}
		return text;
	}

	/** Numbers as numbers, as text with separators, or in full-width digits. */
	private static void cell(Row row, int column, BigDecimal value, int index) {
		if (value.signum() == 0 && index % 5 == 0) {
			row.createCell(column);
			return;
		}
		switch (index % 4) {
			case 1 -> row.createCell(column)
				.setCellValue((value.scale() > 0) ? value.toPlainString() : String.format("%,d", value.longValue()));
			case 3 -> row.createCell(column).setCellValue(fullWidth(value.toPlainString()));
			default -> row.createCell(column).setCellValue(value.doubleValue());
		}
	}

	private static String fullWidth(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			out.append((c >= '0' && c <= '9') ? (char) (c - '0' + '０') : c);
		}
		return out.toString();
	}

	/** County names with mixed separators, some without their 区/县/市 suffix. */
	private String countyList(City city, Set<String> codes, int index) {
		return countyList(city, new ArrayList<>(codes), index);
	}

	private String countyList(City city, List<String> codes, int index) {
		String[] separators = { "、", "，", ",", "；", " ", "\n" };
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < codes.size(); i++) {
			County county = this.divisions.countyByCode(codes.get(i)).orElseThrow();
			String name = county.name();
			boolean unique = city.counties()
				.stream()
				.filter((other) -> other.shortName().equals(county.shortName()))
				.count() == 1;
			if ((i + index) % 3 == 0 && unique && !county.shortName().equals(county.name())
					&& county.shortName().length() >= 2) {
				name = county.shortName();
			}
			if (i > 0) {
				out.append((index % 2 == 0) ? "、" : separators[(i + index) % separators.length]);
			}
			out.append(name);
		}
		return out.toString();
	}

	private static Map<Metric, BigDecimal> figures(CityCounts platform, Random random) {
		Map<Metric, BigDecimal> figures = new EnumMap<>(Metric.class);
		figures.put(Metric.ONLINE_FAIRS, BigDecimal.valueOf(platform.onlineFairs));
		figures.put(Metric.ONLINE_POSITIONS, BigDecimal.valueOf(platform.onlinePositions));
		figures.put(Metric.OFFLINE_FAIRS, BigDecimal.valueOf(platform.offlineFairs));
		figures.put(Metric.OFFLINE_POSITIONS, BigDecimal.valueOf(platform.offlinePositions));
		figures.put(Metric.AGREEMENTS, BigDecimal.valueOf(platform.agreements));
		int buses = 5 + random.nextInt(40);
		int busPassengers = buses * (20 + random.nextInt(25));
		int trains = random.nextInt(4);
		int trainPassengers = trains * (200 + random.nextInt(600));
		int flights = (random.nextInt(3) == 0) ? 1 : 0;
		int flightPassengers = flights * (120 + random.nextInt(60));
		figures.put(Metric.TRANSPORT_TOTAL, BigDecimal.valueOf(busPassengers + trainPassengers + flightPassengers));
		figures.put(Metric.BUS_COUNT, BigDecimal.valueOf(buses));
		figures.put(Metric.BUS_PASSENGERS, BigDecimal.valueOf(busPassengers));
		figures.put(Metric.TRAIN_COUNT, BigDecimal.valueOf(trains));
		figures.put(Metric.TRAIN_PASSENGERS, BigDecimal.valueOf(trainPassengers));
		figures.put(Metric.FLIGHT_COUNT, BigDecimal.valueOf(flights));
		figures.put(Metric.FLIGHT_PASSENGERS, BigDecimal.valueOf(flightPassengers));
		figures.put(Metric.PROJECTS_PROMOTED, BigDecimal.valueOf(10 + random.nextInt(80)));
		figures.put(Metric.MENTOR_SESSIONS, BigDecimal.valueOf(50 + random.nextInt(900)));
		figures.put(Metric.VENUES_PROVIDED, BigDecimal.valueOf(2 + random.nextInt(30)));
		figures.put(Metric.RECRUITMENT_FUNDS_WAN,
				BigDecimal.valueOf(5 + random.nextInt(200_0000) / 10000.0).setScale(4, RoundingMode.HALF_UP));
		figures.put(Metric.SUBSIDIES_WAN,
				BigDecimal.valueOf(100 + random.nextInt(5000_00) / 100.0).setScale(2, RoundingMode.HALF_UP));
		return figures;
	}

	private static void setTime(Path file, LocalDateTime time) {
		try {
			Files.setLastModifiedTime(file, FileTime.from(time.atZone(ZONE).toInstant()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot set the time of " + file, ex);
		}
	}

	/** The platform's counts of a city as of the reporting date, as SPEC §3.2 counts. */
	private static final class CityCounts {

		long onlineFairs;

		long onlinePositions;

		long offlineFairs;

		long offlinePositions;

		long agreements;

		final Set<String> activeCounties = new LinkedHashSet<>();

		void add(Activity activity) {
			if (activity.online()) {
				this.onlineFairs++;
				this.onlinePositions += activity.positions();
			}
			else {
				this.offlineFairs++;
				this.offlinePositions += activity.positions();
			}
			this.agreements += activity.intents();
			this.activeCounties.add(activity.county().code());
		}

	}

	private record Activity(String id, String name, boolean online, County county, City city, LocalDate start,
			LocalDate end, int employers, int positions, int intents, String campaign, String status) {

		boolean countsAsOf(LocalDate date) {
			return this.campaign.contains("春风行动") && !this.status.equals("已取消") && !this.start.isAfter(date)
					&& !this.start.isBefore(WINDOW_START);
		}

		/** Dates in the formats the platform has been seen to use; names quoted. */
		String csv() {
			String startText = switch (this.id.hashCode() % 4) {
				case 0 -> this.start.toString();
				case 1 -> this.start.format(DateTimeFormatter.ofPattern("yyyy/M/d"));
				case 2 -> this.start.format(DateTimeFormatter.ofPattern("yyyy年M月d日"));
				default -> this.start + " 09:00:00";
			};
			// updated the day after it started, and at the latest when the export was
			// taken
			LocalDate day = this.start.plusDays(1).isAfter(EXPORTED.toLocalDate()) ? EXPORTED.toLocalDate()
					: this.start.plusDays(1);
			String updated = day + " 18:" + String.format("%02d", Math.abs(this.id.hashCode()) % 60);
			// the online/offline label varies by city, as the platform's did over
			// versions
			String mode = this.online ? ((this.city.code().endsWith("1")) ? "网络招聘" : "线上")
					: ((this.city.code().endsWith("1")) ? "现场招聘" : "线下");
			return String.join(",", this.id, quote(this.name), mode, this.county.code(), this.city.name(),
					this.county.name(), startText, this.end.toString(), String.valueOf(this.employers),
					String.valueOf(this.positions), String.valueOf(this.intents), this.campaign, this.status, updated)
					+ "\r\n";
		}

		private static String quote(String text) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}

	}

}
