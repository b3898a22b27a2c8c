package org.chunfeng.intake.city.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.intake.city.Metric;
import org.chunfeng.region.County;

/** The warnings of SPEC §3.1 that compare figures within a row or with earlier weeks. */
final class CityRowChecks {

	private CityRowChecks() {
	}

	static List<String> check(CityWorkbookReader.CityRow row, CityWorkbookReader.Messages messages) {
		List<String> warnings = new ArrayList<>();
		int r = row.rowIndex();
		BigDecimal passengers = figure(row, Metric.BUS_PASSENGERS).add(figure(row, Metric.TRAIN_PASSENGERS))
			.add(figure(row, Metric.FLIGHT_PASSENGERS));
		BigDecimal total = figure(row, Metric.TRANSPORT_TOTAL);
		if (total.compareTo(passengers) != 0) {
			warnings.add(at(row, messages, Metric.TRANSPORT_TOTAL) + ": 合计运送人次 '" + total.toPlainString()
					+ "' 不等于专车、专列、包机运送人次之和 " + passengers.toPlainString());
		}
		pair(row, messages, Metric.BUS_COUNT, Metric.BUS_PASSENGERS, warnings);
		pair(row, messages, Metric.TRAIN_COUNT, Metric.TRAIN_PASSENGERS, warnings);
		pair(row, messages, Metric.FLIGHT_COUNT, Metric.FLIGHT_PASSENGERS, warnings);
		withoutFairs(row, messages, Metric.ONLINE_FAIRS, Metric.ONLINE_POSITIONS, warnings);
		withoutFairs(row, messages, Metric.OFFLINE_FAIRS, Metric.OFFLINE_POSITIONS, warnings);
		Set<String> both = new LinkedHashSet<>(row.countiesActive());
		both.retainAll(row.countiesInactive());
		List<String> missing = new ArrayList<>();
		for (County county : row.city().counties()) {
			if (both.contains(county.code())) {
				warnings.add(countiesAt(row, messages) + ": '" + county.name() + "' 同时列在已开展和未开展的县（市、区）中");
			}
			if (!row.countiesActive().contains(county.code()) && !row.countiesInactive().contains(county.code())) {
				missing.add(county.name());
			}
		}
		if (!missing.isEmpty()) {
			warnings.add(countiesAt(row, messages) + ": " + row.city().name() + "有" + missing.size()
					+ "个县（市、区）既未列入已开展也未列入未开展：" + String.join("、", missing));
		}
		return warnings;
	}

	/** Cumulative figures do not go down from one reporting date to the next. */
	static List<String> checkAgainstPrevious(CityWorkbookReader.CityRow row, CityWorkbookReader.Messages messages,
			CitySubmission previous) {
		List<String> warnings = new ArrayList<>();
		LocalDate date = previous.reportingDate();
		for (Metric metric : Metric.values()) {
			BigDecimal now = figure(row, metric);
			BigDecimal before = previous.figure(metric);
			if (now.compareTo(before) < 0) {
				warnings.add(at(row, messages, metric) + ": " + metric.header() + " '" + now.toPlainString()
						+ "' 低于上次报送（" + date + "）的 " + before.stripTrailingZeros().toPlainString() + "，累计数不应减少");
			}
		}
		return warnings;
	}

	private static void pair(CityWorkbookReader.CityRow row, CityWorkbookReader.Messages messages, Metric vehicles,
			Metric carried, List<String> warnings) {
		BigDecimal count = figure(row, vehicles);
		BigDecimal people = figure(row, carried);
		if (count.signum() > 0 && people.signum() == 0) {
			warnings.add(at(row, messages, carried) + ": " + vehicles.header() + "为 " + count.toPlainString() + "，但"
					+ carried.header() + "为 0");
		}
		else if (people.signum() > 0 && count.signum() == 0) {
			warnings.add(at(row, messages, vehicles) + ": " + carried.header() + "为 " + people.toPlainString() + "，但"
					+ vehicles.header() + "为 0");
		}
	}

	private static void withoutFairs(CityWorkbookReader.CityRow row, CityWorkbookReader.Messages messages, Metric fairs,
			Metric positions, List<String> warnings) {
		if (figure(row, positions).signum() > 0 && figure(row, fairs).signum() == 0) {
			warnings.add(at(row, messages, fairs) + ": " + positions.header() + "为 "
					+ figure(row, positions).toPlainString() + "，但" + fairs.header() + "为 0");
		}
	}

	private static String countiesAt(CityWorkbookReader.CityRow row, CityWorkbookReader.Messages messages) {
		return messages.sheet() + "!" + row.countiesRange();
	}

	private static String at(CityWorkbookReader.CityRow row, CityWorkbookReader.Messages messages, Metric metric) {
		return messages.sheet() + "!" + row.cells().get(metric);
	}

	private static BigDecimal figure(CityWorkbookReader.CityRow row, Metric metric) {
		return row.figures().getOrDefault(metric, BigDecimal.ZERO);
	}

}
