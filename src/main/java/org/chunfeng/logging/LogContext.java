package org.chunfeng.logging;

import java.util.Map;

import org.slf4j.MDC;

/**
 * The keys chunfeng puts in the logging context (MDC), which the log pattern shows
 * ({@code [run 45] [import 7] [firing weekly/20240229-1830] [request 1a2b3c4d admin]}),
 * and a scope that puts values there and puts back what was there before when it closes.
 */
public final class LogContext {

	/**
	 * The deliverable run (job execution id) a line belongs to; a job started inside a
	 * run (the platform import of its ingest step) keeps its run's id.
	 */
	public static final String RUN = "run";

	/** The deliverable of the run or firing. */
	public static final String DELIVERABLE = "deliverable";

	/** The platform import (its id in the imports list). */
	public static final String IMPORT = "import";

	/** The Quartz firing, {@code <deliverable>/<trigger>}. */
	public static final String FIRING = "firing";

	/** A short id of the web request. */
	public static final String REQUEST = "request";

	/** The signed-in user of the web request. */
	public static final String USER = "user";

	/**
	 * The logger of progress on long work (rows read per second on imports): the log file
	 * has it, and the terminal shows it for the command line.
	 */
	public static final String PROGRESS_LOGGER = "org.chunfeng.progress";

	private LogContext() {
	}

	/** A scope that ends with the logging context as it is now. */
	public static Scope open() {
		return new Scope(MDC.getCopyOfContextMap());
	}

	/** Values in the logging context until {@link #close()}. */
	public static final class Scope implements AutoCloseable {

		private final Map<String, String> previous;

		private Scope(Map<String, String> previous) {
			this.previous = previous;
		}

		/** Puts the value in the context; a null value puts nothing. */
		public Scope put(String key, Object value) {
			if (value != null) {
				MDC.put(key, value.toString());
			}
			return this;
		}

		/** Puts the value only when the context has none for the key. */
		public Scope putIfAbsent(String key, Object value) {
			if (MDC.get(key) == null) {
				put(key, value);
			}
			return this;
		}

		/** The logging context as it was when the scope opened. */
		@Override
		public void close() {
			if (this.previous == null || this.previous.isEmpty()) {
				MDC.clear();
			}
			else {
				MDC.setContextMap(this.previous);
			}
		}

	}

}
