package org.chunfeng.campaign;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One campaign year: its window, deadlines, the weekly due dates and the year's working
 * days (the State Council's holiday arrangement, kept as data). Loaded from
 * {@code config/campaign-<year>.yml}.
 */
public record CampaignCalendar(int year, String name, String province, ZoneId zone, LocalDate windowStart,
		LocalDate windowEnd, Map<String, LocalDate> deadlines, DayOfWeek weeklyDay, LocalDate weeklyFirst,
		LocalDate weeklyLast, LocalTime weeklyDueTime, HolidayShift holidayShift, List<Holiday> holidays,
		Set<LocalDate> makeUpWorkingDays) {

	public CampaignCalendar {
		deadlines = Map.copyOf(deadlines);
		holidays = List.copyOf(holidays);
		makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
	}

	/** Where a due date on a holiday goes. */
	public enum HolidayShift {

		PREVIOUS, NEXT

	}

	/** A public holiday period, both ends included. */
	public record Holiday(String name, LocalDate from, LocalDate to) {

		public boolean contains(LocalDate date) {
			return !date.isBefore(this.from) && !date.isAfter(this.to);
		}

	}

	/** The deadline with this id: contacts, phase1, phase2, final. */
	public LocalDate deadline(String id) {
		LocalDate date = this.deadlines.get(id);
		if (date == null) {
			throw new IllegalArgumentException("campaign " + this.year + " has no deadline '" + id + "'");
		}
		return date;
	}

	public Optional<Holiday> holidayOn(LocalDate date) {
		return this.holidays.stream().filter((holiday) -> holiday.contains(date)).findFirst();
	}

	/** Weekends and holidays are off, except the make-up working days (调休). */
	public boolean isWorkingDay(LocalDate date) {
		if (this.makeUpWorkingDays.contains(date)) {
			return true;
		}
		if (holidayOn(date).isPresent()) {
			return false;
		}
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
	}

	/** The working day a due date really falls on. */
	public LocalDate adjustToWorkingDay(LocalDate date) {
		LocalDate adjusted = date;
		int step = (this.holidayShift == HolidayShift.NEXT) ? 1 : -1;
		while (!isWorkingDay(adjusted)) {
			adjusted = adjusted.plusDays(step);
		}
		return adjusted;
	}

	/**
	 * The weekly due dates in order: every {@code weeklyDay} from {@code weeklyFirst} to
	 * {@code weeklyLast}, each moved off holidays (2024: 02-22 … 03-28 and 04-03).
	 */
	public List<LocalDate> weeklyDueDates() {
		List<LocalDate> dates = new ArrayList<>();
		LocalDate date = this.weeklyFirst;
		while (date.getDayOfWeek() != this.weeklyDay) {
			date = date.plusDays(1);
		}
		for (; !date.isAfter(this.weeklyLast); date = date.plusWeeks(1)) {
			LocalDate adjusted = adjustToWorkingDay(date);
			if (!dates.contains(adjusted)) {
				dates.add(adjusted);
			}
		}
		return List.copyOf(dates);
	}

	/** The latest weekly due date on or before {@code date}, if there is one. */
	public Optional<LocalDate> latestWeeklyDueDate(LocalDate date) {
		LocalDate latest = null;
		for (LocalDate due : weeklyDueDates()) {
			if (!due.isAfter(date)) {
				latest = due;
			}
		}
		return Optional.ofNullable(latest);
	}

	/** The weekly due date before {@code date}, for week-on-week comparison. */
	public Optional<LocalDate> previousWeeklyDueDate(LocalDate date) {
		return latestWeeklyDueDate(date.minusDays(1));
	}

	/** A submission for this reporting date received after this instant is late. */
	public ZonedDateTime dueAt(LocalDate reportingDate) {
		return reportingDate.atTime(this.weeklyDueTime).atZone(this.zone);
	}

	public boolean inWindow(LocalDate date) {
		return !date.isBefore(this.windowStart) && !date.isAfter(this.windowEnd);
	}

}
