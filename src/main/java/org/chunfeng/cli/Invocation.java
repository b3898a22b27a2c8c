package org.chunfeng.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import org.springframework.objenesis.SpringObjenesis;

/**
 * The command line read before Spring starts: {@code --help}, {@code --version} and bad
 * usage are answered here, without the application (no database opened, no folder
 * created); otherwise it says how to start the application for the command.
 */
final class Invocation {

	private final int exitCode;

	private final boolean answered;

	private final boolean serves;

	private final Map<String, String> properties;

	private Invocation(int exitCode, boolean answered, boolean serves, Map<String, String> properties) {
		this.exitCode = exitCode;
		this.answered = answered;
		this.serves = serves;
		this.properties = Map.copyOf(properties);
	}

	/** Reads the arguments; help, version and usage errors go to stdout and stderr. */
	static Invocation parse(String[] args) {
		return parse(args, null, null);
	}

	static Invocation parse(String[] args, PrintWriter out, PrintWriter err) {
		CommandLine root = CommandLines.create(new ParsingFactory());
		if (out != null) {
			root.setOut(out);
		}
		if (err != null) {
			root.setErr(err);
		}
		ParseResult result;
		try {
			result = root.parseArgs(args);
			if (CommandLine.printHelpIfRequested(result)) {
				return new Invocation(ExitCodes.OK, true, false, Map.of());
			}
			ParseResult leaf = result;
			while (leaf.hasSubcommand()) {
				leaf = leaf.subcommand();
			}
			if (!leaf.commandSpec().subcommands().isEmpty()) {
				throw new ParameterException(leaf.commandSpec().commandLine(),
						UsageErrors.missingCommand(leaf.commandSpec()));
			}
		}
		catch (ParameterException ex) {
			try {
				return new Invocation(root.getParameterExceptionHandler().handleParseException(ex, args), true, false,
						Map.of());
			}
			catch (Exception unexpected) {
				throw new IllegalStateException(unexpected);
			}
		}
		Map<String, String> properties = new LinkedHashMap<>();
		String home = ((ChunfengCommand) root.getCommand()).home;
		if (home != null) {
			properties.put("chunfeng.home", Path.of(home).toAbsolutePath().normalize().toString());
		}
		Subcommand command = (Subcommand) result.subcommand().commandSpec().userObject();
		properties.putAll(command.startupProperties());
		return new Invocation(ExitCodes.OK, false, command.serves(), properties);
	}

	/**
	 * True when the command line has been answered (help, version, bad usage) and nothing
	 * more is to be done: exit with {@link #exitCode()}.
	 */
	boolean answered() {
		return this.answered;
	}

	int exitCode() {
		return this.exitCode;
	}

	/** The command runs the web console and the scheduler ({@code serve}). */
	boolean serves() {
		return this.serves;
	}

	/**
	 * Spring properties set by the options: the work folder, serve's port and address.
	 */
	Map<String, String> properties() {
		return this.properties;
	}

	/**
	 * Makes the commands for parsing only: those without a no-argument constructor (their
	 * dependencies come from Spring) are made without calling one, which leaves their
	 * annotated fields for picocli to set.
	 */
	private static final class ParsingFactory implements IFactory {

		private final SpringObjenesis objenesis = new SpringObjenesis();

		@Override
		public <K> K create(Class<K> type) throws Exception {
			if (type.isAnnotationPresent(Command.class) && !type.getName().startsWith("picocli.")
					&& !hasNoArgumentConstructor(type)) {
				return this.objenesis.newInstance(type);
			}
			return CommandLine.defaultFactory().create(type);
		}

		private static boolean hasNoArgumentConstructor(Class<?> type) {
			try {
				type.getDeclaredConstructor();
				return true;
			}
			catch (NoSuchMethodException ex) {
				return false;
			}
		}

	}

}
