package org.chunfeng.intake.city;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One accepted row of a city's statistics workbook: the city's cumulative figures as of
 * the reporting date.
 *
 * @param id storage id
 * @param cityCode 4-digit city code
 * @param cityName official name, e.g. 太原市
 * @param reportingDate the weekly due date it reports for
 * @param receivedAt when the file arrived (its inbox time, or the upload time)
 * @param late received after the due time (18:00 Asia/Shanghai) on the reporting date;
 * never for a reporting date that is not a weekly due date (no due time applies)
 * @param fileName the workbook's file name
 * @param figures every metric, blank cells as 0
 * @param countiesActive county codes listed under 已开展的县（市、区）
 * @param countiesInactive county codes listed under 未开展的县（市、区）
 * @param warnings warnings stored with the submission, in Chinese
 * @param phaseProgress the 阶段进展 sheet, when the workbook has one
 */
public record CitySubmission(long id, String cityCode, String cityName, LocalDate reportingDate, Instant receivedAt,
		boolean late, String fileName, Map<Metric, BigDecimal> figures, List<String> countiesActive,
		List<String> countiesInactive, List<String> warnings, Optional<PhaseProgress> phaseProgress) {

	public CitySubmission {
		figures = Map.copyOf(figures);
		countiesActive = List.copyOf(countiesActive);
		countiesInactive = List.copyOf(countiesInactive);
		warnings = List.copyOf(warnings);
	}

	public BigDecimal figure(Metric metric) {
		return this.figures.getOrDefault(metric, BigDecimal.ZERO);
	}

	/**
	 * The warnings without the file name they start with, e.g. {@code 统计表!S5: …}, for
	 * where the file is named already.
	 */
	public List<String> warningsInFile() {
		return this.warnings.stream().map((warning) -> {
			String rest = warning.startsWith(this.fileName) ? warning.substring(this.fileName.length()).strip()
					: warning;
			rest = rest.startsWith(":") ? rest.substring(1).strip() : rest;
			return rest.isEmpty() ? warning : rest;
		}).toList();
	}

}
