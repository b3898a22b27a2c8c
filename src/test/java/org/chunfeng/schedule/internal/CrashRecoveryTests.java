package org.chunfeng.schedule.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.chunfeng.TestDatabaseEnvironment.TestDatabase;
import org.chunfeng.deliverable.DeliverableRuns;
import org.chunfeng.deliverable.RunRecord;
import org.chunfeng.deliverable.RunStatus;
import org.chunfeng.recovery.RecoveryTestSupport;
import org.chunfeng.recovery.SmtpStub;
import org.chunfeng.schedule.FiringOutcome;
import org.chunfeng.schedule.FiringRecord;
import org.chunfeng.schedule.Schedules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deliverable run killed (SIGKILL) in the middle of its compile step in a second
 * chunfeng process: this instance takes it over within the bound, restarts it from the
 * failed step and sends the report once — also when an overdue firing of the same report
 * fires at the same start-up.
 */
class CrashRecoveryTests extends RecoveryTestSupport {

	@Autowired
	RunRecovery recovery;

	@Autowired
	Schedules schedules;

	@Autowired
	DeliverableRuns runs;

	@Autowired
	Scheduler scheduler;

	@Autowired
	FiringLog log;

	@TempDir
	Path folder;

	@BeforeEach
	void postgresOnly() throws Exception {
		Assumptions.assumeTrue(TestDatabase.isPostgres(),
				"skipped: a second process needs the test's database, and H2 in memory is this process's alone");
		freshPlatformData();
	}

	@AfterEach
	void stopScheduler() throws Exception {
		this.recovery.stopSweeping();
		this.scheduler.standby();
	}

	@Test
	void runKilledMidStepIsTakenOverBySecondInstanceOnceItsHeartbeatIsStaleAndSentOnce() throws Exception {
		LocalDate asOf = this.schedules.nextDeadline("weekly").orElseThrow().asOf();
		Path marker = this.folder.resolve("compiling");
		// another machine's process: only its heartbeat tells whether it is alive
		Process child = startChild("weekly", asOf.toString(), marker, "another-host");
		awaitMarker(child, marker);
		long killed = runningExecution();
		kill(child);
		Instant killedAt = Instant.now();

		assertThat(this.recovery.recover()).as("a fresh heartbeat is never an orphan").isEmpty();
		List<Long> recovered = List.of();
		while (recovered.isEmpty() && Duration.between(killedAt, Instant.now()).toMinutes() < 2) {
			Thread.sleep(500);
			recovered = this.recovery.recover();
		}
		Duration took = Duration.between(killedAt, Instant.now());
		System.out.println("run " + killed + " taken over " + took.toMillis() + " ms after SIGKILL (dead after "
				+ DEAD_AFTER.toSeconds() + " s without a heartbeat)");

		assertThat(recovered).containsExactly(killed);
		assertThat(took).isLessThan(Duration.ofMinutes(2)).isGreaterThan(DEAD_AFTER.minusSeconds(2));
		RunRecord restarted = awaitCompleted(killed);
		assertThat(restarted.steps()).extracting(RunRecord.Step::name).containsExactly("compileStep", "deliverStep");
		assertThat(this.runs.find(killed).orElseThrow().status()).isEqualTo(RunStatus.FAILED);
		assertThat(this.runs.find(killed).orElseThrow().exitMessage()).startsWith("运行进程已终止（实例 another-host:");
		assertSentOnce();
		assertThat(this.recovery.recover()).isEmpty();
	}

	@Test
	void startUpWithAnOverdueFiringAndADeadRunOfTheSameReportRecoversItOnceAndSendsOnce() throws Exception {
		LocalDate asOf = this.schedules.nextDeadline("weekly").orElseThrow().asOf();
		Path marker = this.folder.resolve("compiling");
		Process child = startChild("weekly", asOf.toString(), marker, null);
		awaitMarker(child, marker);
		long killed = runningExecution();
		kill(child);
		// the firing missed while no instance ran, due now, for the same report
		this.scheduler.addJob(JobBuilder.newJob(FiringJob.class)
			.withIdentity(JobKey.jobKey("weekly", FiringHandler.JOB_GROUP))
			.storeDurably()
			.build(), true);
		this.scheduler.scheduleJob(TriggerBuilder.newTrigger()
			.withIdentity("overdue", "weekly")
			.forJob(JobKey.jobKey("weekly", FiringHandler.JOB_GROUP))
			.usingJobData(
					new TriggerData(TriggerData.Kind.RUN, asOf, Instant.now().plus(Duration.ofHours(1)), false).toMap())
			.startAt(Date.from(Instant.now().minusSeconds(30)))
			.withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
			.build());

		// serve's start-up: the scheduler fires the overdue trigger while recovery runs
		this.scheduler.start();
		this.recovery.recoverWhenServing();

		RunRecord completed = awaitCompleted(killed);
		long until = System.currentTimeMillis() + 20_000;
		List<FiringRecord> firings = this.log.recent(10);
		while (firings.isEmpty() && System.currentTimeMillis() < until) {
			Thread.sleep(200);
			firings = this.log.recent(10);
		}
		// time for a second restart or message to show up, were there one
		Thread.sleep(3000);
		assertThat(completed.steps()).extracting(RunRecord.Step::name).containsExactly("compileStep", "deliverStep");
		assertThat(executionStatuses()).containsExactly("FAILED", "COMPLETED");
		assertThat(firings).extracting(FiringRecord::outcome)
			.containsAnyOf(FiringOutcome.COMPLETED, FiringOutcome.ALREADY_RUNNING);
		assertSentOnce();
	}

	private long runningExecution() {
		return this.jdbc.queryForObject("""
				select job_execution_id from batch_job_execution where status = 'STARTED'
				""", Long.class);
	}

	private List<String> executionStatuses() {
		return this.jdbc.queryForList("""
				select e.status from batch_job_execution e
				join batch_job_instance i on i.job_instance_id = e.job_instance_id
				where i.job_name = 'deliverableJob' order by e.job_execution_id
				""", String.class);
	}

	private RunRecord awaitCompleted(long killed) throws InterruptedException {
		long until = System.currentTimeMillis() + 90_000;
		while (System.currentTimeMillis() < until) {
			for (RunRecord run : this.runs.recent(10)) {
				if (run.id() != killed && run.status() == RunStatus.COMPLETED) {
					return run;
				}
			}
			Thread.sleep(250);
		}
		throw new AssertionError("no completed run after the takeover: " + this.runs.recent(10));
	}

	/** Each of the report's two recipients got it once. */
	private static void assertSentOnce() throws InterruptedException {
		List<SmtpStub.Received> received = smtp.await(2, 10_000);
		assertThat(received).extracting((message) -> message.recipients().get(0))
			.containsExactlyInAnyOrder("leader@rst.shanxi.example", "jiuye@rst.shanxi.example");
		assertThat(received).extracting(SmtpStub.Received::messageId).doesNotHaveDuplicates();
	}

}
