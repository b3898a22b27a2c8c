package org.chunfeng.cli;

import java.util.Map;
import java.util.concurrent.Callable;

/**
 * A top-level command ({@code import}, {@code run}, ...): a Spring bean annotated with
 * picocli's {@code @Command}, listed in {@link ChunfengCommand}'s {@code subcommands}.
 *
 * <p>
 * picocli parses the command line twice: first before Spring starts, on an instance made
 * without its constructor (only the annotated fields are set, nothing is called but the
 * two methods below), then on the Spring bean, which runs.
 */
interface Subcommand extends Callable<Integer> {

	/**
	 * Whether this command runs the web console and the scheduler. Only {@code serve}
	 * does; every other command starts without the web server, Spring Security,
	 * Thymeleaf, Quartz and the console's beans.
	 */
	default boolean serves() {
		return false;
	}

	/**
	 * Spring properties the parsed options set before the application starts (e.g.
	 * {@code serve --port}); they override the configuration files.
	 */
	default Map<String, String> startupProperties() {
		return Map.of();
	}

}
