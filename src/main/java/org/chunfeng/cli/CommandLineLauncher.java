package org.chunfeng.cli;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Runs the command inside the Spring Boot application, only when started from
 * {@code main} (tests start the context without it). {@link Invocation} has already read
 * the same arguments before Spring started, so that only a valid command gets here.
 */
@Component
@ConditionalOnProperty(name = "chunfeng.cli.enabled", havingValue = "true")
class CommandLineLauncher implements CommandLineRunner, ExitCodeGenerator {

	private final ApplicationContext context;

	private final List<Subcommand> subcommands;

	private int exitCode;

	CommandLineLauncher(ApplicationContext context, List<Subcommand> subcommands) {
		this.context = context;
		this.subcommands = subcommands;
	}

	@Override
	public void run(String... args) {
		this.exitCode = commandLine().execute(args);
	}

	/** The command line with the commands as Spring beans. */
	CommandLine commandLine() {
		CommandLine root = CommandLines.create(new SpringFactory(this.context));
		Set<Class<?>> registered = root.getSubcommands()
			.values()
			.stream()
			.map((command) -> command.getCommandSpec().userObject().getClass())
			.collect(Collectors.toSet());
		for (Subcommand subcommand : this.subcommands) {
			if (registered.stream().noneMatch((type) -> type.isInstance(subcommand))) {
				throw new IllegalStateException("command " + subcommand.getClass().getSimpleName()
						+ " is not registered: add it to ChunfengCommand's subcommands");
			}
		}
		return root;
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	/** The exception and its causes in one line, without repeating a message. */
	static String oneLine(Throwable ex) {
		StringBuilder line = new StringBuilder();
		for (Throwable current = ex; current != null; current = current.getCause()) {
			String message = (current.getMessage() != null) ? current.getMessage() : current.getClass().getSimpleName();
			if (line.indexOf(message) < 0) {
				line.append((line.length() > 0) ? ": " : "").append(message);
			}
		}
		return line.toString().replaceAll("\\s*\\R\\s*", " ");
	}

	/** Subcommands that are Spring beans come from the context; others are created. */
	private static final class SpringFactory implements CommandLine.IFactory {

		private final ApplicationContext context;

		SpringFactory(ApplicationContext context) {
			this.context = context;
		}

		@Override
		public <K> K create(Class<K> type) throws Exception {
			if (this.context.getBeanNamesForType(type).length > 0) {
				return this.context.getBean(type);
			}
			if (type.isAnnotationPresent(Command.class) && !type.getName().startsWith("picocli.")) {
				return this.context.getAutowireCapableBeanFactory().createBean(type);
			}
			return CommandLine.defaultFactory().create(type);
		}

	}

}
