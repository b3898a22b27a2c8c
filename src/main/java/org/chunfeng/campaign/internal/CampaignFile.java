package org.chunfeng.campaign.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.chunfeng.campaign.CampaignCalendar.HolidayShift;

import org.springframework.boot.context.properties.bind.DefaultValue;

/** The layout of a campaign-<year>.yml file, bound by Spring's relaxed binder. */
record CampaignFile(Integer year, String name, String province, @DefaultValue("Asia/Shanghai") String zone,
		Window window, Map<String, LocalDate> deadlines, Weekly weekly,
		@DefaultValue("PREVIOUS") HolidayShift holidayShift, List<HolidayEntry> holidays,
		List<LocalDate> makeUpWorkingDays) {

	record Window(LocalDate start, LocalDate end) {
	}

	record Weekly(@DefaultValue("THURSDAY") DayOfWeek dayOfWeek, LocalDate first, LocalDate last,
			@DefaultValue("18:00") LocalTime dueTime) {
	}

	record HolidayEntry(String name, LocalDate from, LocalDate to) {
	}

}
