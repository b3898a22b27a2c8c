package org.chunfeng.intake.platform.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.chunfeng.intake.platform.internal.PlatformActivity.Mode;
import org.chunfeng.region.City;
import org.chunfeng.region.County;
import org.chunfeng.region.Divisions;

import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.stereotype.Component;

/**
 * Checks one export row against SPEC §3.2's rules. Never returns null and never throws
 * for bad data: a bad row becomes a rejection carrying every problem found, in Chinese.
 */
@Component
class PlatformRowValidator implements ItemProcessor<RawRow, CheckedRow> {

	private static final int MAX_CACHED_NAMES = 10_000;

	private static final Pattern COUNTY_CODE = Pattern.compile("\\d{6}(000|000000)?");

	private final Divisions divisions;

	private final PlatformProperties properties;

	private final Map<String, Mode> modes = new ConcurrentHashMap<>();

	/** Names-only rows repeat the same few hundred spellings. */
	private final Map<String, Optional<County>> countiesByNames = new ConcurrentHashMap<>();

	PlatformRowValidator(Divisions divisions, PlatformProperties properties) {
		this.divisions = divisions;
		this.properties = properties;
		properties.modes().online().forEach((alias) -> this.modes.put(modeKey(alias), Mode.ONLINE));
		properties.modes().offline().forEach((alias) -> this.modes.put(modeKey(alias), Mode.OFFLINE));
	}

	@Override
	public CheckedRow process(RawRow row) {
		String activityId = Divisions.normalize(row.get(Field.ACTIVITY_ID));
		if (activityId.isEmpty()) {
			return CheckedRow.rejected(row.line(), null, "缺少" + header(Field.ACTIVITY_ID));
		}
		if (activityId.length() > 200) {
			return CheckedRow.rejected(row.line(), activityId.substring(0, 200),
					header(Field.ACTIVITY_ID) + "超过 200 个字符");
		}
		List<String> problems = new ArrayList<>(2);
		Mode mode = mode(row.get(Field.MODE), problems);
		County county = county(row, problems);
		LocalDateTime start = date(row, Field.START_DATE, problems);
		LocalDateTime end = date(row, Field.END_DATE, problems);
		LocalDateTime updatedAt = date(row, Field.UPDATED_AT, problems);
		if (start == null && row.get(Field.START_DATE).isEmpty()) {
			problems.add("缺少" + header(Field.START_DATE));
		}
		if (start != null && end != null && end.toLocalDate().isBefore(start.toLocalDate())) {
			problems.add(header(Field.END_DATE) + " " + end.toLocalDate() + " 早于" + header(Field.START_DATE) + " "
					+ start.toLocalDate());
		}
		long employers = count(row, Field.EMPLOYERS, problems);
		long positions = count(row, Field.POSITIONS, problems);
		long intents = count(row, Field.INTENTS, problems);
		if (!problems.isEmpty()) {
			return CheckedRow.rejected(row.line(), activityId, String.join("；", problems));
		}
		LocalDate endDate = (end != null) ? end.toLocalDate() : null;
		return CheckedRow.valid(new PlatformActivity(row.line(), activityId, limit(row.get(Field.NAME), 1000), mode,
				county.code(), county.cityCode(), start.toLocalDate(), endDate, employers, positions, intents,
				limit(Divisions.normalize(row.get(Field.CAMPAIGN)), 500),
				limit(Divisions.normalize(row.get(Field.STATUS)), 100), updatedAt));
	}

	private Mode mode(String text, List<String> problems) {
		if (text.isEmpty()) {
			problems.add("缺少" + header(Field.MODE));
			return null;
		}
		Mode mode = this.modes.get(modeKey(text));
		if (mode == null) {
			problems.add(header(Field.MODE) + "“" + text + "”无法识别（应为线上或线下）");
		}
		return mode;
	}

	private County county(RawRow row, List<String> problems) {
		String code = Divisions.normalize(row.get(Field.COUNTY_CODE));
		String cityName = row.get(Field.CITY_NAME);
		String countyName = row.get(Field.COUNTY_NAME);
		if (!code.isEmpty()) {
			// statistical codes (140105000000) carry the county code in their first six
			// digits
			if (COUNTY_CODE.matcher(code).matches()) {
				Optional<County> county = this.divisions.countyByCode(code.substring(0, 6));
				if (county.isPresent()) {
					return county.get();
				}
			}
		}
		Optional<County> byNames = countyByNames(cityName, countyName);
		if (byNames.isPresent()) {
			return byNames.get();
		}
		if (!code.isEmpty()) {
			problems.add(header(Field.COUNTY_CODE) + "“" + code + "”不是" + this.divisions.province() + "的县区代码"
					+ (countyName.isEmpty() ? "" : "，" + namesText(cityName, countyName) + "也无法确定县区"));
		}
		else if (countyName.isEmpty()) {
			problems.add("缺少" + header(Field.COUNTY_CODE) + "和" + header(Field.COUNTY_NAME));
		}
		else {
			problems.add("无法确定县区：" + namesText(cityName, countyName));
		}
		return null;
	}

	private Optional<County> countyByNames(String cityName, String countyName) {
		if (countyName.isEmpty()) {
			return Optional.empty();
		}
		String key = cityName + "\u0000" + countyName;
		Optional<County> cached = this.countiesByNames.get(key);
		if (cached != null) {
			return cached;
		}
		Optional<County> county;
		if (cityName.isEmpty()) {
			county = this.divisions.countyAnywhere(countyName);
		}
		else {
			Optional<City> city = this.divisions.city(cityName);
			county = city.flatMap((found) -> this.divisions.county(found, countyName));
		}
		if (this.countiesByNames.size() < MAX_CACHED_NAMES) {
			this.countiesByNames.put(key, county);
		}
		return county;
	}

	private String namesText(String cityName, String countyName) {
		return header(Field.CITY_NAME) + "“" + cityName + "”、" + header(Field.COUNTY_NAME) + "“" + countyName + "”";
	}

	private LocalDateTime date(RawRow row, Field field, List<String> problems) {
		String text = row.get(field);
		try {
			return Values.dateTime(text);
		}
		catch (IllegalArgumentException ex) {
			problems.add(header(field) + "“" + text + "”不是有效的日期");
			return null;
		}
	}

	private long count(RawRow row, Field field, List<String> problems) {
		Values.Count count = Values.count(row.get(field));
		if (count.problem() != null) {
			problems.add(header(field) + count.problem());
		}
		return count.value();
	}

	private String header(Field field) {
		return this.properties.columns().headers(field).get(0);
	}

	private static String modeKey(String text) {
		return Divisions.normalize(text).toLowerCase(Locale.ROOT);
	}

	private static String limit(String text, int length) {
		if (text.isEmpty()) {
			return null;
		}
		return (text.length() > length) ? text.substring(0, length) : text;
	}

}
