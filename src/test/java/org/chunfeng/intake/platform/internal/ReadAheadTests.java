package org.chunfeng.intake.platform.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * Rows read ahead on their own thread come out as if read in place: all of them, in
 * order, a failure where it happened, and nothing left running after close.
 */
class ReadAheadTests {

	@Test
	void handsOutEveryItemInOrderAcrossBatches() throws IOException {
		AtomicInteger counter = new AtomicInteger();
		List<Integer> items = new ArrayList<>();
		try (ReadAhead<Integer> ahead = new ReadAhead<>("test",
				() -> (counter.get() < 5000) ? counter.incrementAndGet() : null)) {
			for (Integer item = ahead.next(); item != null; item = ahead.next()) {
				items.add(item);
			}
			assertThat(ahead.next()).isNull();
		}

		assertThat(items).hasSize(5000).startsWith(1, 2, 3).endsWith(4999, 5000).isSorted();
	}

	@Test
	void passesOnAFailureAfterTheItemsBeforeIt() throws IOException {
		AtomicInteger counter = new AtomicInteger();
		try (ReadAhead<Integer> ahead = new ReadAhead<>("test", () -> {
			if (counter.get() == 1500) {
				throw new IOException("broken at 1501");
			}
			return counter.incrementAndGet();
		})) {
			for (int i = 1; i <= 1500; i++) {
				assertThat(ahead.next()).isEqualTo(i);
			}
			assertThatIOException().isThrownBy(ahead::next).withMessage("broken at 1501");
		}
	}

	@Test
	void stopsItsThreadOnCloseWhileItWaitsForRoom() throws IOException {
		AtomicInteger produced = new AtomicInteger();
		ReadAhead<Integer> ahead = new ReadAhead<>("endless", produced::incrementAndGet);
		assertThat(ahead.next()).isEqualTo(1);

		ahead.close();
		int afterClose = produced.get();

		assertThat(Thread.getAllStackTraces().keySet()).noneMatch((thread) -> thread.getName().equals("endless"));
		assertThat(produced.get()).isEqualTo(afterClose);
	}

}
