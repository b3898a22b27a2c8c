package org.chunfeng.intake.city;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A city's file (or its row in a file) that was refused: nothing of it was stored.
 *
 * @param id storage id
 * @param reportingDate the reporting date the file was for
 * @param receivedAt when it was received
 * @param reasons one line each, naming the file, sheet, cell, value and the rule broken
 */
public record CityRefusal(long id, String cityCode, String cityName, String fileName, LocalDate reportingDate,
		Instant receivedAt, List<String> reasons) {

	public CityRefusal {
		reasons = List.copyOf(reasons);
	}

	/**
	 * The reasons without the file name they start with, e.g. {@code 统计表!D5: '十二场'
	 * 不是数字}, for where the file is named already.
	 */
	public List<String> reasonsInFile() {
		return this.reasons.stream().map((reason) -> {
			String rest = reason.startsWith(this.fileName) ? reason.substring(this.fileName.length()).strip() : reason;
			return rest.startsWith(":") ? rest.substring(1).strip() : rest;
		}).toList();
	}

}
