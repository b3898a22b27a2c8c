package org.chunfeng;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * chunfeng: the Spring Breeze Action (春风行动) reporting pipeline.
 *
 * <p>
 * One jar for the command line and the server: {@code serve} starts the web console and
 * the scheduler and keeps running; every other command runs without either (their beans
 * are not even created) and exits with the command's code.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ChunfengApplication {

	public static void main(String[] args) {
		boolean serve = "serve".equals(commandName(args));
		SpringApplication application = new SpringApplication(ChunfengApplication.class);
		application.setWebApplicationType(serve ? WebApplicationType.SERVLET : WebApplicationType.NONE);
		Map<String, Object> defaults = new HashMap<>();
		defaults.put("chunfeng.cli.enabled", "true");
		defaults.put("spring.quartz.auto-startup", String.valueOf(serve));
		defaults.put("logging.threshold.console", serve ? "INFO" : "WARN");
		if (!serve) {
			// only serve runs the scheduler: other commands start faster without Quartz
			defaults.put("chunfeng.scheduler.enabled", "false");
			defaults.put("spring.autoconfigure.exclude",
					"org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration");
			// a failed start is reported below in one line, not as a stack trace
			defaults.put("logging.level.org.springframework.boot.SpringApplication", "OFF");
			defaults.put("logging.level.org.springframework.boot.diagnostics", "OFF");
			defaults.put("logging.level.org.springframework.context", "ERROR");
		}
		application.setDefaultProperties(defaults);
		String home = Workspace.homeFromArguments(args);
		if (home != null) {
			System.setProperty("chunfeng.home", Path.of(home).toAbsolutePath().normalize().toString());
		}
		String port = optionValue(args, "--port");
		if (serve && port != null) {
			System.setProperty("server.port", port);
		}
		ConfigurableApplicationContext context;
		try {
			context = application.run(args);
		}
		catch (RuntimeException ex) {
			System.err.println("chunfeng 无法启动 (cannot start): " + rootMessage(ex));
			System.exit(1);
			return;
		}
		if (!serve) {
			System.exit(SpringApplication.exit(context));
		}
	}

	private static String commandName(String[] args) {
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--home")) {
				i++;
			}
			else if (!args[i].startsWith("-")) {
				return args[i];
			}
		}
		return "";
	}

	private static String optionValue(String[] args, String name) {
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals(name) && i + 1 < args.length) {
				return args[i + 1];
			}
			if (args[i].startsWith(name + "=")) {
				return args[i].substring(name.length() + 1);
			}
		}
		return null;
	}

	/**
	 * The innermost message, which names the file and the problem for a broken config.
	 */
	private static String rootMessage(Throwable ex) {
		String message = ex.getMessage();
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null) {
				message = cause.getMessage();
			}
		}
		return String.valueOf(message).replaceAll("\\s*\\R\\s*", " ");
	}

}
