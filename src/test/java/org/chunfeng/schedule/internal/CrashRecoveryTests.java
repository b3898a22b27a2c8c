package org.chunfeng.schedule.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.function.Predicate;

import org.chunfeng.TestDatabaseEnvironment.TestDatabase;
import org.chunfeng.deliverable.DeliverableRuns;
import org.chunfeng.deliverable.RunRecord;
import org.chunfeng.deliverable.RunStatus;
import org.chunfeng.recovery.RecoveryTestSupport;
import org.chunfeng.recovery.SmtpStub;
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
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
		List<Long> recovered = await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(500))
			.pollInSameThread()
			.until(this.recovery::recover, (ids) -> !ids.isEmpty());
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
		// a second restart or message could only come from a firing, a run or a message
		// still to come or under way: once none is, everything there will be has happened
		await().atMost(Duration.ofSeconds(60)).until(this::settled);
		assertThat(completed.steps()).extracting(RunRecord.Step::name).containsExactly("compileStep", "deliverStep");
		assertThat(executionStatuses()).containsExactly("FAILED", "COMPLETED");
		// which came first, the firing or the takeover, is a race: the firing found the
		// report done (or ran it itself), or found the killed run or its restart going
		// and looked again once, finding it done
		assertThat(firings()).isIn(List.of("overdue COMPLETED #" + completed.id()),
				List.of("overdue ALREADY_RUNNING #" + killed, "retry@overdue COMPLETED #" + completed.id()),
				List.of("overdue ALREADY_RUNNING #" + completed.id(), "retry@overdue COMPLETED #" + completed.id()));
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

	private RunRecord awaitCompleted(long killed) {
		Predicate<RunRecord> restart = (run) -> run.id() != killed && run.status() == RunStatus.COMPLETED;
		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(250))
			.untilAsserted(() -> assertThat(this.runs.recent(10)).as("runs after the takeover").anyMatch(restart));
		return this.runs.recent(10).stream().filter(restart).findFirst().orElseThrow();
	}

	/**
	 * The overdue firing is recorded, this scheduler has no trigger left to fire and is
	 * firing none, no run is going and no message is waiting or being sent.
	 */
	private boolean settled() throws SchedulerException {
		return !this.log.recent(10).isEmpty() && this.jdbc.queryForObject("""
				select (select count(*) from qrtz_triggers where sched_name = ?)
				     + (select count(*) from qrtz_fired_triggers where sched_name = ?)
				     + (select count(*) from batch_job_execution where status in ('STARTING', 'STARTED', 'STOPPING'))
				     + (select count(*) from mail_outbox where state in ('PENDING', 'SENDING'))
				""", Long.class, this.scheduler.getSchedulerName(), this.scheduler.getSchedulerName()) == 0;
	}

	/** The firings, oldest first: trigger (a retry without its time), outcome, run. */
	private List<String> firings() {
		return this.log.recent(10)
			.stream()
			.sorted(Comparator.comparingLong(FiringRecord::id))
			.map((firing) -> firing.trigger().replaceFirst("^retry-\\d+@", "retry@") + " " + firing.outcome() + " #"
					+ firing.runId())
			.toList();
	}

	/** Each of the report's two recipients got it once. */
	private static void assertSentOnce() throws InterruptedException {
		List<SmtpStub.Received> received = smtp.await(2, 10_000);
		assertThat(received).extracting((message) -> message.recipients().get(0))
			.containsExactlyInAnyOrder("leader@rst.shanxi.example", "jiuye@rst.shanxi.example");
		assertThat(received).extracting(SmtpStub.Received::messageId).doesNotHaveDuplicates();
	}

}
