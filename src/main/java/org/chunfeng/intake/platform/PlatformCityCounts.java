package org.chunfeng.intake.platform;

import java.util.Map;

/**
 * A city's platform figures as of a date (SPEC §3.2), and its counties with at least one
 * counted activity (keyed by county code).
 */
public record PlatformCityCounts(String cityCode, long onlineFairs, long onlinePositions, long offlineFairs,
		long offlinePositions, long agreements, Map<String, CountyActivity> activeCounties) {

	public PlatformCityCounts {
		activeCounties = Map.copyOf(activeCounties);
	}

}
