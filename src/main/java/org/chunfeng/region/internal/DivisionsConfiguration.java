package org.chunfeng.region.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chunfeng.region.City;
import org.chunfeng.region.County;
import org.chunfeng.region.Divisions;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * Loads the divisions file (config/divisions.csv) and refuses to start on a broken one.
 */
@Configuration(proxyBeanMethods = false)
class DivisionsConfiguration {

	private static final String HEADER = "city_code,city_name,county_code,county_name";

	@Bean
	Divisions divisions(RegionProperties properties) throws IOException {
		return read(properties.divisions(), properties.province());
	}

	static Divisions read(Resource file, String province) throws IOException {
		String source = file.getDescription();
		if (!file.exists()) {
			throw new IllegalStateException("divisions file " + source + " does not exist");
		}
		Map<String, String> cityNames = new LinkedHashMap<>();
		Map<String, List<County>> counties = new LinkedHashMap<>();
		Map<String, Integer> seenCounty = new LinkedHashMap<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
			String header = reader.readLine();
			if (header == null || !header.replace("\uFEFF", "").trim().equals(HEADER)) {
				throw new IllegalStateException(
						"divisions file " + source + ": first line must be '" + HEADER + "', found '" + header + "'");
			}
			String line;
			int number = 1;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				String[] fields = line.split(",", -1);
				if (fields.length != 4 || !fields[0].trim().matches("\\d{4}") || !fields[2].trim().matches("\\d{6}")
						|| fields[1].isBlank() || fields[3].isBlank()) {
					throw new IllegalStateException("divisions file " + source + " line " + number
							+ ": expected 4-digit city code, city name, 6-digit county code, county name; found '"
							+ line + "'");
				}
				String cityCode = fields[0].trim();
				String countyCode = fields[2].trim();
				if (!countyCode.startsWith(cityCode)) {
					throw new IllegalStateException("divisions file " + source + " line " + number + ": county code "
							+ countyCode + " does not belong to city code " + cityCode);
				}
				String previousName = cityNames.putIfAbsent(cityCode, fields[1].trim());
				if (previousName != null && !previousName.equals(fields[1].trim())) {
					throw new IllegalStateException("divisions file " + source + " line " + number + ": city "
							+ cityCode + " is named both " + previousName + " and " + fields[1].trim());
				}
				Integer duplicate = seenCounty.put(countyCode, number);
				if (duplicate != null) {
					throw new IllegalStateException("divisions file " + source + " line " + number + ": county code "
							+ countyCode + " already on line " + duplicate);
				}
				counties.computeIfAbsent(cityCode, (code) -> new ArrayList<>())
					.add(new County(countyCode, fields[3].trim(), cityCode));
			}
		}
		if (cityNames.isEmpty()) {
			throw new IllegalStateException("divisions file " + source + " lists no city");
		}
		List<City> cities = new ArrayList<>();
		cityNames.forEach((code, name) -> cities.add(new City(code, name, counties.get(code))));
		return new Divisions(province, cities);
	}

}
