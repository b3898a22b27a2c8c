package org.chunfeng.recovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.chunfeng.DatabaseCleaner;
import org.chunfeng.ReportsCleaner;
import org.chunfeng.TestDatabaseEnvironment.TestDatabase;
import org.chunfeng.Workspace;
import org.chunfeng.schedule.ScheduleTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One context for the tests of the real deliverable job, its crash, recovery and restart
 * (issue #12): the whole pipeline, next year's campaign (every deadline ahead), mail to
 * the pickup folder, Spring Batch's test utilities, a progress line for every chunk of an
 * import, and background work done at once on the caller's thread, so that what
 * {@code RunRecovery} restarts has run when it returns, and what it does not restart
 * never will. (A test method's helper must not return a JobExecution:
 * {@code @SpringBatchTest} calls such a method to make its job scope.)
 */
@SpringBatchTest
@SpringBootTest(properties = { "spring.quartz.scheduler-name=chunfeng-real-runs-tests",
		"chunfeng.platform.progress-interval=0s" })
@Import(RealRunsTestSupport.TasksAtOnce.class)
public abstract class RealRunsTestSupport {

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected Workspace workspace;

	@DynamicPropertySource
	static void campaignAndJobs(DynamicPropertyRegistry registry) {
		ScheduleTestSupport.register(registry);
	}

	@BeforeEach
	void cleanDatabaseReportsAndInboxes() throws IOException {
		DatabaseCleaner.clean(this.jdbc);
		ReportsCleaner.clean(this.workspace);
		ScheduleTestSupport.restoreJobs();
		for (Path inbox : List.of(this.workspace.platformInbox(), this.workspace.cityInbox())) {
			try (var files = Files.list(inbox)) {
				for (Path file : files.toList()) {
					Files.delete(file);
				}
			}
		}
	}

	@AfterEach
	void removeInjectedFailures() {
		for (String table : List.of("reconciliation_run", "report_version")) {
			this.jdbc.execute(TestDatabase.isPostgres() ? "drop trigger if exists fail_insert on " + table
					: "drop trigger if exists fail_insert_" + table);
		}
	}

	/** Every insert into the table fails (a database trigger) until the test ends. */
	protected void failInsertsInto(String table) {
		if (TestDatabase.isPostgres()) {
			this.jdbc.execute("""
					create or replace function fail_insert() returns trigger language plpgsql as $$
					begin
						raise exception 'injected failure in %s';
					end $$""".formatted(table));
			this.jdbc.execute("create trigger fail_insert before insert on " + table
					+ " for each row execute function fail_insert()");
		}
		else {
			this.jdbc.execute("create trigger fail_insert_" + table + " before insert on " + table
					+ " for each row call '" + FailingInsertTrigger.class.getName() + "'");
		}
	}

	protected void removeFailureOf(String table) {
		this.jdbc.execute(TestDatabase.isPostgres() ? "drop trigger if exists fail_insert on " + table
				: "drop trigger if exists fail_insert_" + table);
	}

	/**
	 * What a JVM killed in the middle of the step leaves behind: its execution and that
	 * step still marked as running.
	 */
	protected void leaveRunningAsAKilledJvmWould(long executionId, String step) {
		this.jdbc.update("""
				update batch_job_execution set status = 'STARTED', exit_code = 'UNKNOWN', exit_message = '',
				end_time = null where job_execution_id = ?""", executionId);
		this.jdbc.update("""
				update batch_step_execution set status = 'STARTED', exit_code = 'EXECUTING', exit_message = '',
				end_time = null where job_execution_id = ? and step_name = ?""", executionId, step);
	}

	/**
	 * A platform export of one activity of this test campaign, updated just before the
	 * as-of date, dropped in the platform inbox for the next run.
	 */
	protected Path platformExportInInbox() {
		try {
			return Files.writeString(this.workspace.platformInbox().resolve("export.csv"), """
					活动编号,活动名称,活动形式,区划代码,所属地市,所属县区,开始日期,结束日期,参会单位数,提供岗位数,达成就业意向人数,专项活动名称,活动状态,更新时间
					F1,招聘会,线上,140105,太原市,小店区,%1$d-02-01,%1$d-02-01,10,100,10,%1$d年春风行动,已结束,%1$d-02-02 10:00
					F2,招聘会,线下,140106,太原市,迎泽区,%1$d-02-03,%1$d-02-03,5,50,4,%1$d年春风行动,已结束,%1$d-02-03 10:00
					F3,招聘会,线下,140213,大同市,平城区,%1$d-02-04,%1$d-02-04,7,70,6,%1$d年春风行动,已结束,%1$d-02-24 10:00
					""".formatted(ScheduleTestSupport.YEAR));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Each step of the execution as {@code name status read/written/filtered}, in the
	 * order they ran.
	 */
	protected static List<String> steps(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.sorted(java.util.Comparator.comparingLong(StepExecution::getId))
			.map((step) -> step.getStepName() + " " + step.getStatus() + " " + step.getReadCount() + "/"
					+ step.getWriteCount() + "/" + step.getFilterCount())
			.toList();
	}

	/** Background work runs at once, on the thread that hands it over. */
	@TestConfiguration(proxyBeanMethods = false)
	static class TasksAtOnce {

		@Bean
		TaskExecutor taskExecutor() {
			return new SyncTaskExecutor();
		}

	}

}
