package org.chunfeng.intake.platform.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** UTF-8 written and hashed without making the bytes is exactly what getBytes makes. */
class Utf8Tests {

	private static final String[] TEXTS = { "", "HD2024000000001", "春风行动招聘会第12场", "é½", "😀 emoji", "lone \uD800 high",
			"lone \uDC00 low", "end \uD83D", "\u0000\u007F\u0080\u07FF\u0800\uFFFF" };

	@Test
	void encodesExactlyAsGetBytes() {
		for (String text : TEXTS) {
			byte[] buffer = new byte[Utf8.maxBytes(text) + 2];
			int end = Utf8.encode(text, buffer, 2);

			assertThat(Arrays.copyOfRange(buffer, 2, end)).as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
		}
	}

	@Test
	void hashesTextAsItsBytes() {
		for (String text : TEXTS) {
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

			assertThat(Utf8.hash(text)).as(text).isEqualTo(Utf8.hash(bytes, 0, bytes.length));
		}
		assertThat(Utf8.hash("A1")).isNotEqualTo(Utf8.hash("A2"));
	}

}
