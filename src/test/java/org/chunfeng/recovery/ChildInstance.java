package org.chunfeng.recovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.chunfeng.ChunfengApplication;
import org.chunfeng.deliverable.DeliverableRuns;
import org.chunfeng.deliverable.RunRecord;
import org.chunfeng.deliverable.RunRequest;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.report.CompiledReport;
import org.chunfeng.report.ReportCompiler;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second chunfeng process for the fault tests, started with the main classes only (no
 * test class is on its class path): it runs one deliverable, as the command line would.
 * With {@code -Dchunfeng.test.block-compile=FILE} its compile step writes FILE and then
 * waits, so that the test can kill it in the middle of the step.
 */
public final class ChildInstance {

	private ChildInstance() {
	}

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(ChunfengApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setDefaultProperties(Map.of("chunfeng.scheduler.enabled", "false", "spring.quartz.auto-startup",
				"false", "spring.autoconfigure.exclude",
				"org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration", "logging.threshold.console",
				"WARN"));
		String marker = System.getProperty("chunfeng.test.block-compile");
		if (marker != null) {
			application.addInitializers(
					(context) -> context.getBeanFactory().addBeanPostProcessor(new BlockingCompile(Path.of(marker))));
		}
		ConfigurableApplicationContext context = application.run();
		RunRecord run = context.getBean(DeliverableRuns.class)
			.run(new RunRequest(args[0], LocalDate.parse(args[1]), false, true, "child"));
		System.out.println("child run " + run.id() + " " + run.status() + " " + run.exitMessage());
		System.exit(0);
	}

	/** Makes the compile step stop in its middle until the process is killed. */
	private record BlockingCompile(Path marker) implements BeanPostProcessor {

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (!(bean instanceof ReportCompiler compiler)) {
				return bean;
			}
			return new ReportCompiler() {

				@Override
				public CompiledReport compile(String deliverable, String title, List<String> sheets,
						Reconciliation reconciliation, Path folder, String fileName) {
					try {
						Files.writeString(BlockingCompile.this.marker, "compiling");
						// the point: hang in the compile step until the test kills this
						// process
						Thread.sleep(600_000);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					return compiler.compile(deliverable, title, sheets, reconciliation, folder, fileName);
				}

				@Override
				public byte[] positionsChartPng(Reconciliation reconciliation) {
					return compiler.positionsChartPng(reconciliation);
				}

			};
		}

	}

}
