package org.chunfeng.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * The option types of the command line, read with Chinese messages: a date that cannot
 * exist (2024-02-30) is called impossible, not badly formatted.
 */
final class Converters {

	private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	private static final Pattern DATE_TIME = Pattern
		.compile("(\\d{4}-\\d{1,2}-\\d{1,2})[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

	private Converters() {
	}

	static void register(CommandLine commandLine) {
		commandLine.registerConverter(LocalDate.class, Converters::date);
		commandLine.registerConverter(LocalDateTime.class, Converters::dateTime);
		commandLine.registerConverter(Integer.class, Converters::integer);
		commandLine.registerConverter(Integer.TYPE, Converters::integer);
	}

	static LocalDate date(String text) {
		Matcher matcher = DATE.matcher(text.strip());
		if (!matcher.matches()) {
			throw new TypeConversionException(text + " 不是日期，应写作 yyyy-MM-dd，例如 2024-02-29");
		}
		int year = Integer.parseInt(matcher.group(1));
		int month = Integer.parseInt(matcher.group(2));
		int day = Integer.parseInt(matcher.group(3));
		if (month < 1 || month > 12) {
			throw new TypeConversionException(text + " 这一天不存在（没有 " + month + " 月）");
		}
		int length = YearMonth.of(year, month).lengthOfMonth();
		if (day < 1 || day > length) {
			throw new TypeConversionException(text + " 这一天不存在（" + year + "年" + month + "月只有" + length + "天）");
		}
		return LocalDate.of(year, month, day);
	}

	static LocalDateTime dateTime(String text) {
		Matcher matcher = DATE_TIME.matcher(text.strip());
		if (!matcher.matches()) {
			throw new TypeConversionException(text + " 不是日期时间，应写作 yyyy-MM-ddTHH:mm，例如 2024-03-07T17:40");
		}
		LocalDate date = date(matcher.group(1));
		int hour = Integer.parseInt(matcher.group(2));
		int minute = Integer.parseInt(matcher.group(3));
		int second = (matcher.group(4) != null) ? Integer.parseInt(matcher.group(4)) : 0;
		if (hour > 23 || minute > 59 || second > 59) {
			throw new TypeConversionException(text + " 这个时间不存在（时为 0–23，分、秒为 0–59）");
		}
		return LocalDateTime.of(date, LocalTime.of(hour, minute, second));
	}

	static Integer integer(String text) {
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new TypeConversionException(text + " 不是整数");
		}
	}

}
