package org.chunfeng.schedule.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.chunfeng.deliverable.DeliverableRuns;
import org.chunfeng.deliverable.RunRecord;
import org.chunfeng.deliverable.RunRequest;
import org.chunfeng.deliverable.RunStatus;
import org.chunfeng.delivery.MailState;
import org.chunfeng.delivery.OutboxEntry;
import org.chunfeng.liveness.JobHeartbeats;
import org.chunfeng.recovery.RealRunsTestSupport;
import org.chunfeng.schedule.Schedules;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recovery sweep of {@code serve} takes over runs of the deliverable job whose
 * instance is gone (heartbeat stale, or its process ended on this machine) and restarts
 * one whose deadline is ahead from the step it died in; never one of this JVM or one with
 * a fresh heartbeat. Restarts run at once in this context, so that a run not restarted
 * when {@code recover()} returns never is.
 */
class RunRecoveryTests extends RealRunsTestSupport {

	private static final String JOB = "deliverableJob";

	@Autowired
	JobRepository jobRepository;

	@Autowired
	RunRecovery recovery;

	@Autowired
	Schedules schedules;

	@Autowired
	JobHeartbeats heartbeats;

	@Autowired
	DeliverableRuns runs;

	@Test
	void runOfADeadInstanceIsTakenOverAndRestartedFromItsStepWhileItsDeadlineIsAhead() {
		LocalDate asOf = this.schedules.nextDeadline("weekly").orElseThrow().asOf();
		platformExportInInbox();
		failInsertsInto("report_version");
		RunRecord failed = this.runs.run(new RunRequest("weekly", asOf, false, true, "scheduler"));
		assertThat(failed.steps()).extracting(RunRecord.Step::name, RunRecord.Step::status)
			.endsWith(org.assertj.core.groups.Tuple.tuple("compileStep", RunStatus.FAILED));
		removeFailureOf("report_version");
		// the JVM died in the compile step on another machine
		leaveRunningAsAKilledJvmWould(failed.id(), "compileStep");
		heartbeat(failed.id(), "elsewhere:4242:1", Instant.now().minusSeconds(600));

		List<Long> recovered = this.recovery.recover();

		assertThat(recovered).containsExactly(failed.id());
		RunRecord takenOver = this.runs.find(failed.id()).orElseThrow();
		assertThat(takenOver.status()).isEqualTo(RunStatus.FAILED);
		assertThat(takenOver.exitMessage()).startsWith("运行进程已终止（实例 elsewhere:4242:1，最后心跳").contains("接管");
		RunRecord restarted = this.runs.lastOf("weekly").orElseThrow();
		assertThat(restarted.id()).isNotEqualTo(failed.id());
		assertThat(restarted.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(restarted.requestedBy()).isEqualTo("scheduler");
		assertThat(restarted.steps()).extracting((step) -> step.name() + " " + step.status())
			.containsExactly("compileStep COMPLETED", "deliverStep COMPLETED");
		assertThat(this.runs.deliveries(restarted.id())).extracting(OutboxEntry::state)
			.containsExactly(MailState.SENT, MailState.SENT);
		assertThat(executionStatuses(failed.id())).containsExactly("FAILED", "COMPLETED");
		assertThat(this.recovery.recover()).isEmpty();
	}

	@Test
	void runWhoseDeadlinePassedIsMarkedFailedButNotRestarted() {
		long crashed = startedExecution("weekly", LocalDate.of(2024, 2, 29));
		heartbeat(crashed, "elsewhere:4242:1", Instant.now().minusSeconds(600));

		assertThat(this.recovery.recover()).containsExactly(crashed);

		assertThat(this.jobRepository.getJobExecution(crashed).getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(executionStatuses(crashed)).containsExactly("FAILED");
		assertThat(this.recovery.recover()).isEmpty();
	}

	@Test
	void runWithAFreshHeartbeatOfAnotherInstanceIsLeftAlone() {
		long running = startedExecution("weekly", LocalDate.of(2024, 2, 29));
		heartbeat(running, "elsewhere:4242:1", Instant.now().minusSeconds(5));

		assertThat(this.recovery.recover()).isEmpty();

		assertThat(this.jobRepository.getJobExecution(running).getStatus()).isEqualTo(BatchStatus.STARTED);
	}

	@Test
	void runOfThisJvmIsNeverTakenForAnOrphanEvenWithAnOldHeartbeat() {
		long running = startedExecution("weekly", LocalDate.of(2024, 2, 29));
		this.heartbeats.beforeJob(this.jobRepository.getJobExecution(running));
		try {
			this.jdbc.update("update job_heartbeat set beat_at = ? where job_execution_id = ?",
					Timestamp.from(Instant.now().minusSeconds(600)), running);

			assertThat(this.recovery.recover()).isEmpty();

			assertThat(this.jobRepository.getJobExecution(running).getStatus()).isEqualTo(BatchStatus.STARTED);
		}
		finally {
			this.heartbeats.afterJob(this.jobRepository.getJobExecution(running));
		}
	}

	@Test
	void runOfAProcessGoneFromThisMachineIsTakenOverAtOnce() {
		long crashed = startedExecution("weekly", LocalDate.of(2024, 2, 29));
		String self = this.heartbeats.instanceId();
		String host = self.substring(0, self.indexOf(':'));
		// a pid no process has: the kernel's pid_max is far below it
		heartbeat(crashed, host + ":999999999:1", Instant.now());

		assertThat(this.recovery.recover()).containsExactly(crashed);

		assertThat(executionStatuses(crashed)).containsExactly("FAILED");
	}

	private void heartbeat(long executionId, String instance, Instant beatAt) {
		this.jdbc.update("""
				insert into job_heartbeat (job_execution_id, job_name, instance_id, started_at, beat_at, beats)
				values (?, ?, ?, ?, ?, 7)
				""", executionId, JOB, instance, Timestamp.from(beatAt), Timestamp.from(beatAt));
	}

	/**
	 * An execution of the deliverable job left running, as a JVM that died leaves it.
	 * (Not returned as a JobExecution: {@code @SpringBatchTest} would call a method that
	 * returns one to make its job scope.)
	 */
	private long startedExecution(String deliverable, LocalDate asOf) {
		JobParameters parameters = new JobParametersBuilder().addString("deliverable", deliverable)
			.addLocalDate("asOf", asOf)
			.addJobParameter("sendMail", true, Boolean.class, false)
			.addString("requestedBy", "scheduler", false)
			.toJobParameters();
		JobInstance instance = this.jobRepository.createJobInstance(JOB, parameters);
		JobExecution execution = this.jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
		execution.setStatus(BatchStatus.STARTED);
		execution.setStartTime(LocalDateTime.now());
		this.jobRepository.update(execution);
		return execution.getId();
	}

	/** The statuses of every execution of the run's job instance, oldest first. */
	private List<String> executionStatuses(long executionId) {
		return this.jdbc.queryForList("""
				select e.status from batch_job_execution e
				where e.job_instance_id = (select job_instance_id from batch_job_execution where job_execution_id = ?)
				order by e.job_execution_id
				""", String.class, executionId);
	}

}
