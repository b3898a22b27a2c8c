package org.chunfeng.logging.internal;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.core.task.TaskDecorator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Work handed to the task executor (a run the console starts) logs with the context of
 * the request that handed it over, and leaves the worker thread's context as it was.
 */
class LogContextPropagationTests {

	private final TaskDecorator decorator = new LogContextPropagation().logContextToTasks();

	private final ExecutorService worker = Executors.newSingleThreadExecutor();

	@AfterEach
	void stop() throws InterruptedException {
		this.worker.shutdownNow();
		this.worker.awaitTermination(5, TimeUnit.SECONDS);
		MDC.clear();
	}

	@Test
	void taskLogsWithTheContextOfTheCodeThatHandedItOver() throws Exception {
		AtomicReference<Map<String, String>> seen = new AtomicReference<>();
		this.worker.submit(() -> MDC.put("worker", "own")).get();
		MDC.put("request", "1a2b3c4d");
		MDC.put("user", "admin");
		Runnable task = this.decorator.decorate(() -> seen.set(MDC.getCopyOfContextMap()));
		MDC.clear();

		this.worker.submit(task).get();

		assertThat(seen.get()).isEqualTo(Map.of("request", "1a2b3c4d", "user", "admin"));
		assertThat(this.worker.submit(MDC::getCopyOfContextMap).get()).isEqualTo(Map.of("worker", "own"));
	}

	@Test
	void taskHandedOverWithoutAContextRunsAsItIs() {
		Runnable task = () -> {
		};

		assertThat(this.decorator.decorate(task)).isSameAs(task);
	}

}
