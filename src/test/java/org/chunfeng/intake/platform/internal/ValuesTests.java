package org.chunfeng.intake.platform.internal;

import java.time.LocalDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The date and count spellings of SPEC §3.2. */
class ValuesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "2024-02-01|2024-02-01T00:00", "2024/2/1|2024-02-01T00:00", "2024年2月1日|2024-02-01T00:00",
					"20240201|2024-02-01T00:00", "2024.2.1|2024-02-01T00:00", "2024-02-01 09:30|2024-02-01T09:30",
					"2024/2/1 9:30:15|2024-02-01T09:30:15", "2024年2月1日 14时05分|2024-02-01T14:05",
					"2024-02-01T09:30:00.000|2024-02-01T09:30", "45323|2024-02-01T00:00", "45323.5|2024-02-01T12:00",
					"２０２４－０２－０１|2024-02-01T00:00" })
	void parsesDates(String text, LocalDateTime expected) {
		assertThat(Values.dateTime(text)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024-02-30", "2024-13-01", "昨天", "24-2-1", "2024-02", "20241301", "2024-02-01 25:00" })
	void rejectsBadDates(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> Values.dateTime(text));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "0|0", "12|12", "1,200|1200", "12.0|12", "+5|5", "'' |0", "１２|12" })
	void parsesCounts(String text, long expected) {
		Values.Count count = Values.count(text.strip());
		assertThat(count.problem()).isNull();
		assertThat(count.value()).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "-3|为负数（-3）", "12.5|“12.5”不是整数", "abc|“abc”不是有效的数字", "五|“五”不是有效的数字" })
	void rejectsBadCounts(String text, String problem) {
		assertThat(Values.count(text).problem()).isEqualTo(problem);
	}

}
