package org.chunfeng.region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The province's cities and counties in reference order, and the name matching that
 * clerks' spellings need: city names with or without 市, county names with or without
 * their 区/县/市 suffix where that is unambiguous within the city. 城区 exists in two cities,
 * so a county name is only ever resolved within its city.
 */
public final class Divisions {

	private final String province;

	private final List<City> cities;

	private final Map<String, City> citiesByCode = new LinkedHashMap<>();

	private final Map<String, County> countiesByCode = new LinkedHashMap<>();

	public Divisions(String province, List<City> cities) {
		this.province = province;
		this.cities = List.copyOf(cities);
		for (City city : cities) {
			this.citiesByCode.put(city.code(), city);
			for (County county : city.counties()) {
				this.countiesByCode.put(county.code(), county);
			}
		}
	}

	public String province() {
		return this.province;
	}

	/** All cities in reference order (太原 … 吕梁 for Shanxi). */
	public List<City> cities() {
		return this.cities;
	}

	public Collection<County> counties() {
		return this.countiesByCode.values();
	}

	public Optional<City> cityByCode(String code) {
		return Optional.ofNullable(this.citiesByCode.get(code));
	}

	public Optional<County> countyByCode(String code) {
		return Optional.ofNullable(this.countiesByCode.get(code));
	}

	public City cityOf(County county) {
		return this.citiesByCode.get(county.cityCode());
	}

	/**
	 * The city a clerk meant: "太原市", "太原", "太原 市", full-width spaces and all.
	 */
	public Optional<City> city(String name) {
		String wanted = normalize(name);
		if (wanted.isEmpty()) {
			return Optional.empty();
		}
		for (City city : this.cities) {
			if (city.name().equals(wanted) || city.shortName().equals(wanted)) {
				return Optional.of(city);
			}
		}
		return Optional.empty();
	}

	/**
	 * The county of {@code city} that {@code name} names: its full name, or its name
	 * without the 区/县/市 suffix when exactly one county of the city has that short name.
	 */
	public Optional<County> county(City city, String name) {
		String wanted = normalize(name);
		if (wanted.isEmpty()) {
			return Optional.empty();
		}
		for (County county : city.counties()) {
			if (county.name().equals(wanted)) {
				return Optional.of(county);
			}
		}
		List<County> matches = new ArrayList<>();
		String wantedShort = withoutSuffix(wanted);
		for (County county : city.counties()) {
			if (county.shortName().equals(wantedShort) && !wantedShort.isEmpty()) {
				matches.add(county);
			}
		}
		return (matches.size() == 1) ? Optional.of(matches.get(0)) : Optional.empty();
	}

	/** The county of the whole province with this name, if only one city has it. */
	public Optional<County> countyAnywhere(String name) {
		List<County> matches = new ArrayList<>();
		for (City city : this.cities) {
			county(city, name).ifPresent(matches::add);
		}
		return (matches.size() == 1) ? Optional.of(matches.get(0)) : Optional.empty();
	}

	/**
	 * Removes every kind of white space (also full-width and line breaks) and maps
	 * full-width letters and digits to half-width.
	 */
	public static String normalize(String text) {
		if (text == null) {
			return "";
		}
		int first = 0;
		while (first < text.length() && !changes(text.charAt(first))) {
			first++;
		}
		if (first == text.length()) {
			// most values are clean: no copy
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		out.append(text, 0, first);
		for (int i = first; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isSpace(c)) {
				out.append(isFullWidth(c) ? (char) (c - 0xFEE0) : c);
			}
		}
		return out.toString();
	}

	private static boolean changes(char c) {
		// printable ASCII, nearly every character of an export, stays as it is
		return (c <= ' ' || c >= '\u007F') && (isFullWidth(c) || isSpace(c));
	}

	/** Full-width ASCII (！ to ～), which maps to half-width by a fixed offset. */
	private static boolean isFullWidth(char c) {
		return c >= '\uFF01' && c <= '\uFF5E';
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
	}

	static String withoutSuffix(String name) {
		if (name.length() > 2 && (name.endsWith("区") || name.endsWith("县") || name.endsWith("市"))) {
			return name.substring(0, name.length() - 1);
		}
		return name;
	}

}
