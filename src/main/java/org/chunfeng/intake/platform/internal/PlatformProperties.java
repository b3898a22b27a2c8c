package org.chunfeng.intake.platform.internal;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code config/platform.yml}: the export's column headers, mode aliases, campaign
 * matching, cancelled states, the refusal threshold and the job's chunk size.
 *
 * @param campaignNames an activity belongs to the campaign when its 专项活动名称 contains one
 * of these; none: every activity does
 * @param cancelledStatuses activities in one of these states do not count
 * @param refusalThreshold more than this share of bad rows refuses the whole file
 * @param chunkSize rows per COPY
 * @param progressInterval time between progress lines
 */
@ConfigurationProperties("chunfeng.platform")
@Validated
record PlatformProperties(@NotNull @Valid Columns columns, @NotNull @Valid Modes modes,
		@NotNull List<String> campaignNames, @NotNull List<String> cancelledStatuses,
		@NotNull @DecimalMin("0") @DecimalMax("1") Double refusalThreshold, @Positive int chunkSize,
		@NotNull Duration progressInterval) {

	/** The headers each field accepts. */
	record Columns(@NotEmpty List<String> activityId, @NotEmpty List<String> name, @NotEmpty List<String> mode,
			@NotEmpty List<String> countyCode, @NotEmpty List<String> cityName, @NotEmpty List<String> countyName,
			@NotEmpty List<String> startDate, @NotEmpty List<String> endDate, @NotEmpty List<String> employers,
			@NotEmpty List<String> positions, @NotEmpty List<String> intents, @NotEmpty List<String> campaign,
			@NotEmpty List<String> status, @NotEmpty List<String> updatedAt) {

		List<String> headers(Field field) {
			return switch (field) {
				case ACTIVITY_ID -> this.activityId;
				case NAME -> this.name;
				case MODE -> this.mode;
				case COUNTY_CODE -> this.countyCode;
				case CITY_NAME -> this.cityName;
				case COUNTY_NAME -> this.countyName;
				case START_DATE -> this.startDate;
				case END_DATE -> this.endDate;
				case EMPLOYERS -> this.employers;
				case POSITIONS -> this.positions;
				case INTENTS -> this.intents;
				case CAMPAIGN -> this.campaign;
				case STATUS -> this.status;
				case UPDATED_AT -> this.updatedAt;
			};
		}

	}

	/** The spellings of each activity form. */
	record Modes(@NotEmpty List<String> online, @NotEmpty List<String> offline) {

	}

}
