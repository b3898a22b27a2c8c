package org.chunfeng.intake.platform.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code config/platform.yml}: the export's column headers, mode aliases, campaign
 * matching, cancelled states, the refusal threshold and the job's chunk size.
 */
@ConfigurationProperties("chunfeng.platform")
record PlatformProperties(Columns columns, Modes modes, @DefaultValue("春风行动") List<String> campaignNames,
		@DefaultValue("已取消") List<String> cancelledStatuses, @DefaultValue("0.05") double refusalThreshold,
		@DefaultValue("5000") int chunkSize, @DefaultValue("2s") Duration progressInterval) {

	PlatformProperties {
		if (columns == null) {
			columns = new Columns(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
		}
		if (modes == null) {
			modes = new Modes(null, null);
		}
		campaignNames = List.copyOf(campaignNames);
		cancelledStatuses = List.copyOf(cancelledStatuses);
		if (refusalThreshold < 0 || refusalThreshold > 1) {
			throw new IllegalArgumentException(
					"chunfeng.platform.refusal-threshold must be between 0 and 1, found " + refusalThreshold);
		}
		if (chunkSize < 1) {
			throw new IllegalArgumentException("chunfeng.platform.chunk-size must be positive, found " + chunkSize);
		}
	}

	/** The headers each field accepts; SPEC §3.2's defaults where not configured. */
	record Columns(List<String> activityId, List<String> name, List<String> mode, List<String> countyCode,
			List<String> cityName, List<String> countyName, List<String> startDate, List<String> endDate,
			List<String> employers, List<String> positions, List<String> intents, List<String> campaign,
			List<String> status, List<String> updatedAt) {

		List<String> headers(Field field) {
			List<String> configured = switch (field) {
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
			return (configured == null || configured.isEmpty()) ? List.of(field.defaultHeader()) : configured;
		}

	}

	/** The spellings of each activity form. */
	record Modes(List<String> online, List<String> offline) {

		Modes {
			online = (online == null || online.isEmpty()) ? List.of("线上", "网络招聘", "online") : List.copyOf(online);
			offline = (offline == null || offline.isEmpty()) ? List.of("线下", "现场招聘", "offline") : List.copyOf(offline);
		}

	}

}
