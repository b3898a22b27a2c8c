package org.chunfeng.intake.platform.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A valid activity row of an export, ready to be staged. */
record PlatformActivity(long line, String activityId, String name, Mode mode, String countyCode, String cityCode,
		LocalDate startDate, LocalDate endDate, long employers, long positions, long intents, String campaign,
		String status, LocalDateTime updatedAt) {

	enum Mode {

		ONLINE, OFFLINE

	}

}
