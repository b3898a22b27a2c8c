package org.chunfeng.logging;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.chunfeng.deliverable.DeliverableRuns;
import org.chunfeng.deliverable.RunRecord;
import org.chunfeng.deliverable.RunRequest;
import org.chunfeng.deliverable.RunStatus;
import org.chunfeng.recovery.RealRunsTestSupport;
import org.chunfeng.schedule.Schedules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run can be followed in the log by its id: every line of the run, of its steps and of
 * the platform import it makes carries the run's id in the logging context, with each
 * step's counts and each failure, and the context is as before once the run ends.
 */
class RunLogTests extends RealRunsTestSupport {

	@Autowired
	DeliverableRuns runs;

	@Autowired
	Schedules schedules;

	private final ListAppender<ILoggingEvent> log = new ListAppender<>();

	private LocalDate asOf;

	@BeforeEach
	void captureTheLog() {
		this.asOf = this.schedules.nextDeadline("weekly").orElseThrow().asOf();
		this.log.start();
		root().addAppender(this.log);
	}

	@AfterEach
	void stopCapturing() {
		root().detachAppender(this.log);
	}

	@Test
	void everyLineOfARunAndOfItsImportCarriesTheRunId() {
		platformExportInInbox();
		MDC.put("outside", "kept");
		try {
			RunRecord run = this.runs.run(new RunRequest("weekly", this.asOf, false, true, "test"));

			assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
			long importId = this.jdbc.queryForObject("select id from platform_import", Long.class);
			assertThat(linesOf(run.id())).containsExactly(
					"deliverableJob " + run.id() + " (instance _) started: asOf=" + this.asOf
							+ ", deliverable=weekly, requestedBy=test, sendMail=true",
					"step ingestPlatformStep started",
					"[import " + importId + "] platformImportJob _ (instance _) started: importId=" + importId,
					"[import " + importId + "] step platformLoadStep started",
					"[import " + importId + "] export.csv: 已读取 3 行，_ 行/秒，未变 0 行，拒绝 0 行",
					"[import " + importId + "] step platformLoadStep COMPLETED in _ s: read 3, written 3, filtered 0, "
							+ "skipped 0, commits 1, rollbacks 0",
					"[import " + importId + "] step platformMergeStep started",
					"[import " + importId + "] step platformMergeStep COMPLETED in _ s: read 0, written 0, filtered 0, "
							+ "skipped 0, commits 1, rollbacks 0",
					"[import " + importId + "] platformImportJob _ COMPLETED in _ s (exit COMPLETED)",
					"step ingestPlatformStep COMPLETED in _ s: read 1, written 1, filtered 0, skipped 0, commits 1, "
							+ "rollbacks 0",
					"step ingestCityReportsStep started",
					"step ingestCityReportsStep COMPLETED in _ s: read 0, written 0, filtered 0, skipped 0, commits 1, "
							+ "rollbacks 0",
					"step reconcileStep started",
					"step reconcileStep COMPLETED in _ s: read 1, written 0, filtered 0, skipped 0, commits 1, "
							+ "rollbacks 0",
					"step compileStep started",
					"step compileStep COMPLETED in _ s: read 0, written 1, filtered 0, skipped 0, commits 1, rollbacks 0",
					"step deliverStep started",
					"step deliverStep COMPLETED in _ s: read 1, written 2, filtered 0, skipped 0, commits 1, rollbacks 0",
					"deliverableJob " + run.id() + " COMPLETED in _ s (exit COMPLETED)");
			assertThat(this.log.list).filteredOn((event) -> event.getMDCPropertyMap().containsKey(LogContext.RUN))
				.allMatch((event) -> "weekly".equals(event.getMDCPropertyMap().get(LogContext.DELIVERABLE)));
			assertThat(MDC.getCopyOfContextMap()).isEqualTo(Map.of("outside", "kept"));
		}
		finally {
			MDC.remove("outside");
		}
	}

	@Test
	void aFailedStepAndItsRunAreLoggedAsWarningsWithTheFailure() {
		failInsertsInto("report_version");

		RunRecord run = this.runs.run(new RunRequest("weekly", this.asOf, false, true, "test"));

		assertThat(run.status()).isEqualTo(RunStatus.FAILED);
		List<ILoggingEvent> warnings = this.log.list.stream()
			.filter((event) -> event.getLoggerName().equals(RunLog.class.getName()))
			.filter((event) -> event.getLevel() == Level.WARN)
			.toList();
		assertThat(warnings).extracting((event) -> event.getMDCPropertyMap().get(LogContext.RUN))
			.containsExactly(String.valueOf(run.id()), String.valueOf(run.id()));
		assertThat(warnings.get(0).getFormattedMessage()).startsWith("step compileStep FAILED in ")
			.contains(": read 0, written 0, filtered 0, skipped 0, commits 0, rollbacks 1: ")
			.contains("injected failure");
		assertThat(warnings.get(1).getFormattedMessage()).startsWith("deliverableJob " + run.id() + " FAILED in ")
			.contains("(exit FAILED): ")
			.contains("injected failure");
		assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
	}

	/**
	 * The run log's and the progress lines logged with this run id, with the import they
	 * belong to and without the numbers that vary (durations, ids of the import job).
	 */
	private List<String> linesOf(long runId) {
		return this.log.list.stream()
			.filter((event) -> event.getLoggerName().equals(RunLog.class.getName())
					|| event.getLoggerName().equals(LogContext.PROGRESS_LOGGER))
			.filter((event) -> String.valueOf(runId).equals(event.getMDCPropertyMap().get(LogContext.RUN)))
			.map((event) -> {
				String importId = event.getMDCPropertyMap().get(LogContext.IMPORT);
				String message = event.getFormattedMessage()
					.replaceAll(" in \\d+\\.\\d{3} s", " in _ s")
					.replaceAll("\\(instance \\d+\\)", "(instance _)")
					.replaceAll("platformImportJob \\d+", "platformImportJob _")
					.replaceAll("，[\\d,]+ 行/秒", "，_ 行/秒");
				return (importId != null) ? "[import " + importId + "] " + message : message;
			})
			.toList();
	}

	private static Logger root() {
		return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
	}

}
