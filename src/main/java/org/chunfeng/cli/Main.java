package org.chunfeng.cli;

import org.chunfeng.ChunfengApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The jar's entry point: {@code java -jar chunfeng.jar [--home DIR] COMMAND ...}. picocli
 * reads the command line first ({@link Invocation}): help, version and bad usage are
 * answered before Spring starts, so they open no database and create no folder. Otherwise
 * the application starts as the command needs it
 * ({@link ChunfengApplication#application(boolean)}) and runs it
 * ({@link CommandLineLauncher}).
 */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		Invocation invocation = Invocation.parse(args);
		if (invocation.answered()) {
			System.exit(invocation.exitCode());
			return;
		}
		// above the configuration files: the options given on the command line win
		invocation.properties().forEach(System::setProperty);
		if (!invocation.serves()) {
			// a short command would not use what Spring Boot warms up on a thread of its
			// own
			System.setProperty("spring.backgroundpreinitializer.ignore", "true");
		}
		ConfigurableApplicationContext context;
		try {
			context = ChunfengApplication.application(invocation.serves()).run(args);
		}
		catch (RuntimeException ex) {
			System.err.println("chunfeng 无法启动: " + StartFailure.line(ex));
			System.exit(ExitCodes.FAILURE);
			return;
		}
		if (!invocation.serves()) {
			System.exit(SpringApplication.exit(context));
		}
	}

}
