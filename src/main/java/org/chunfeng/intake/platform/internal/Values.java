package org.chunfeng.intake.platform.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.DateUtil;

/** Parsing of the export's dates and counts as clerks and exporters write them. */
final class Values {

	private Values() {
	}

	/**
	 * 2024-02-01, 2024/2/1, 2024.2.1, 2024年2月1日, 20240201, an Excel serial day number
	 * (45323), each with or without a time; null when blank.
	 * @throws IllegalArgumentException when it is not a date
	 */
	static LocalDateTime dateTime(String text) {
		if (text.isEmpty()) {
			return null;
		}
		int[] groups = new int[7];
		int[] lengths = new int[7];
		int count = 0;
		boolean inGroup = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\uFF10' && c <= '\uFF19') {
				c = (char) (c - 0xFEE0);
			}
			if (c >= '0' && c <= '9') {
				if (!inGroup) {
					if (count == groups.length) {
						throw new IllegalArgumentException(text);
					}
					count++;
					inGroup = true;
				}
				if (lengths[count - 1] >= 9) {
					if (count == 1 && lengths[0] < 14) {
						return compact(text);
					}
					throw new IllegalArgumentException(text);
				}
				groups[count - 1] = groups[count - 1] * 10 + (c - '0');
				lengths[count - 1]++;
			}
			else if (isSeparator(c)) {
				inGroup = false;
			}
			else {
				throw new IllegalArgumentException(text);
			}
		}
		if (count == 0) {
			throw new IllegalArgumentException(text);
		}
		try {
			if (lengths[0] == 5 && (count == 1 || (count == 2 && text.indexOf('.') > 0))) {
				return excelSerial(text);
			}
			if (lengths[0] == 8 && count <= 4) {
				int date = groups[0];
				return time(LocalDate.of(date / 10000, date / 100 % 100, date % 100), groups, lengths, 1, count);
			}
			if (lengths[0] == 4 && count >= 3 && lengths[1] <= 2 && lengths[2] <= 2) {
				return time(LocalDate.of(groups[0], groups[1], groups[2]), groups, lengths, 3, count);
			}
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException(text, ex);
		}
		throw new IllegalArgumentException(text);
	}

	/** yyyyMMddHHmm[ss] written without separators. */
	private static LocalDateTime compact(String text) {
		String digits = text.strip();
		if (!digits.matches("\\d{12}|\\d{14}")) {
			throw new IllegalArgumentException(text);
		}
		try {
			return LocalDateTime.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
					Integer.parseInt(digits.substring(6, 8)), Integer.parseInt(digits.substring(8, 10)),
					Integer.parseInt(digits.substring(10, 12)),
					(digits.length() == 14) ? Integer.parseInt(digits.substring(12, 14)) : 0);
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException(text, ex);
		}
	}

	private static LocalDateTime excelSerial(String text) {
		double serial = Double.parseDouble(text.strip());
		LocalDateTime value = DateUtil.getLocalDateTime(serial);
		if (value == null) {
			throw new IllegalArgumentException(text);
		}
		return value;
	}

	private static LocalDateTime time(LocalDate date, int[] groups, int[] lengths, int from, int count) {
		int hour = (count > from) ? groups[from] : 0;
		int minute = (count > from + 1) ? groups[from + 1] : 0;
		int second = (count > from + 2) ? groups[from + 2] : 0;
		for (int i = from; i < Math.min(count, from + 3); i++) {
			if (lengths[i] > 2) {
				throw new IllegalArgumentException("time");
			}
		}
		return date.atTime(hour, minute, second);
	}

	private static boolean isSeparator(char c) {
		return switch (c) {
			case '-', '/', '.', ':', ' ', 'T', '\t', '年', '月', '日', '号', '时', '分', '秒', '\u3000', '\uFF0D', '\uFF0F',
					'\uFF1A' ->
				true;
			default -> false;
		};
	}

	/** Outcome of parsing a count: the value, or why it is not one. */
	record Count(long value, String problem) {

	}

	/**
	 * A non-negative whole number: blank is 0; thousands separators and a zero fraction
	 * (12.0, as spreadsheets write) are accepted.
	 */
	static Count count(String text) {
		if (text.isEmpty()) {
			return new Count(0, null);
		}
		long value = 0;
		boolean negative = false;
		boolean digits = false;
		boolean fraction = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\uFF10' && c <= '\uFF19') {
				c = (char) (c - 0xFEE0);
			}
			if (fraction) {
				if (c != '0') {
					return new Count(0, "“" + text + "”不是整数");
				}
			}
			else if (c >= '0' && c <= '9') {
				if (value > (Long.MAX_VALUE - 9) / 10) {
					return new Count(0, "“" + text + "”太大");
				}
				value = value * 10 + (c - '0');
				digits = true;
			}
			else if ((c == '-' || c == '\uFF0D') && i == 0) {
				negative = true;
			}
			else if (c == '+' && i == 0) {
				continue;
			}
			else if ((c == ',' || c == '\uFF0C') && digits) {
				continue;
			}
			else if (c == '.' && digits) {
				fraction = true;
			}
			else if (c != ' ' && c != '\u3000') {
				return new Count(0, "“" + text + "”不是有效的数字");
			}
		}
		if (!digits) {
			return new Count(0, "“" + text + "”不是有效的数字");
		}
		if (negative && value != 0) {
			return new Count(0, "为负数（" + text + "）");
		}
		return new Count(value, null);
	}

}
