package org.chunfeng;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * chunfeng: the Spring Breeze Action (春风行动) reporting pipeline.
 *
 * <p>
 * One jar for the command line and the server; its entry point is
 * {@code org.chunfeng.cli.Main}, which reads the command line before Spring starts.
 * {@code serve} starts the web console and the scheduler and keeps running; every other
 * command starts only what it uses (no web server, security, Thymeleaf, Quartz, actuator
 * or console beans) and exits with the command's code.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ChunfengApplication {

	/** Auto-configurations that only {@code serve} uses, by package. */
	private static final List<String> SERVE_ONLY = List.of("org.springframework.boot.webmvc.",
			"org.springframework.boot.servlet.", "org.springframework.boot.tomcat.",
			"org.springframework.boot.http.converter.", "org.springframework.boot.security.",
			"org.springframework.boot.thymeleaf.", "org.springframework.boot.quartz.",
			"org.springframework.boot.actuate.", "org.springframework.boot.health.",
			"org.springframework.boot.micrometer.", "org.springframework.boot.batch.autoconfigure.observation.",
			"org.springframework.boot.jdbc.autoconfigure.health.",
			"org.springframework.boot.jdbc.autoconfigure.metrics.", "org.springframework.boot.validation.",
			"org.springframework.boot.autoconfigure.task.TaskScheduling");

	/**
	 * The application as a command starts it ({@code org.chunfeng.cli.Main}):
	 * {@code serve} or any other.
	 */
	public static SpringApplication application(boolean serve) {
		SpringApplication application = new SpringApplication(ChunfengApplication.class);
		application.setMainApplicationClass(ChunfengApplication.class);
		application.setWebApplicationType(serve ? WebApplicationType.SERVLET : WebApplicationType.NONE);
		Map<String, Object> defaults = new HashMap<>();
		defaults.put("chunfeng.cli.enabled", "true");
		defaults.put("spring.quartz.auto-startup", String.valueOf(serve));
		defaults.put("logging.threshold.console", serve ? "INFO" : "WARN");
		// a command shows the progress of long work on the terminal (logback-spring.xml);
		// serve's console has it among the other lines
		defaults.put("chunfeng.logging.terminal-progress", serve ? "OFF" : "INFO");
		// a failed start is said in one line (Main), not as a stack trace; the log file
		// has it
		defaults.put("logging.level.org.springframework.boot.SpringApplication", "OFF");
		defaults.put("logging.level.org.springframework.boot.diagnostics", "OFF");
		defaults.put("logging.level.org.springframework.context", "ERROR");
		defaults.put("logging.level.org.springframework.boot.web.server.servlet.context", "ERROR");
		defaults.put("logging.level.org.springframework.boot.autoconfigure.logging", "WARN");
		if (!serve) {
			defaults.put("chunfeng.scheduler.enabled", "false");
			defaults.put("spring.autoconfigure.exclude", String.join(",", serveOnlyAutoConfigurations()));
		}
		application.setDefaultProperties(defaults);
		return application;
	}

	/**
	 * The time every feature reads: one bean in every mode, so that a test can replace
	 * it.
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * Spring Batch's job registry as a bean, which registers every job once all beans
	 * exist. Without one, the JobOperator gets a registry filled when it is created, and
	 * that leaves out a job being created then: the deliverable job, whose steps use the
	 * platform intake, which uses the JobOperator.
	 */
	@Bean
	MapJobRegistry jobRegistry() {
		return new MapJobRegistry();
	}

	static List<String> serveOnlyAutoConfigurations() {
		return ImportCandidates.load(AutoConfiguration.class, ChunfengApplication.class.getClassLoader())
			.getCandidates()
			.stream()
			.filter((candidate) -> SERVE_ONLY.stream().anyMatch(candidate::startsWith))
			.toList();
	}

}
