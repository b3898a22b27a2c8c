package org.chunfeng.schedule.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.chunfeng.deliverable.RunRecord;
import org.chunfeng.liveness.JobHeartbeats;
import org.chunfeng.schedule.Firing;
import org.chunfeng.schedule.ScheduledContextTest;
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
 * The recovery sweep of {@code serve} takes over runs whose instance is gone (heartbeat
 * stale), and never one of this JVM or one with a fresh heartbeat.
 */
class RunRecoveryTests extends ScheduledContextTest {

	@Autowired
	JobRepository jobRepository;

	@Autowired
	RunRecovery recovery;

	@Autowired
	Schedules schedules;

	@Autowired
	JobHeartbeats heartbeats;

	@Test
	void runOfADeadInstanceIsTakenOverAndRestartedWhileItsDeadlineIsAhead() throws Exception {
		Firing due = this.schedules.nextDeadline("weekly").orElseThrow();
		JobExecution crashed = startedExecution("weekly", due.asOf());
		heartbeat(crashed, "elsewhere:4242:1", Instant.now().minusSeconds(600));

		List<Long> recovered = this.recovery.recover();

		assertThat(recovered).containsExactly(crashed.getId());
		JobExecution failed = this.jobRepository.getJobExecution(crashed.getId());
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(failed.getExitStatus().getExitDescription()).startsWith("运行进程已终止（实例 elsewhere:4242:1，最后心跳")
			.contains("接管");
		long until = System.currentTimeMillis() + 10_000;
		while (this.runs.restarts().isEmpty() && System.currentTimeMillis() < until) {
			Thread.sleep(100);
		}
		assertThat(this.runs.restarts()).containsExactly(crashed.getId());
		assertThat(this.recovery.recover()).isEmpty();
	}

	@Test
	void runWhoseDeadlinePassedIsMarkedFailedButNotRestarted() throws Exception {
		JobExecution crashed = startedExecution("weekly", LocalDate.of(2024, 2, 29));
		heartbeat(crashed, "elsewhere:4242:1", Instant.now().minusSeconds(600));

		assertThat(this.recovery.recover()).containsExactly(crashed.getId());

		assertThat(this.jobRepository.getJobExecution(crashed.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
		Thread.sleep(500);
		assertThat(this.runs.restarts()).isEmpty();
		assertThat(this.recovery.recover()).isEmpty();
	}

	@Test
	void runWithAFreshHeartbeatOfAnotherInstanceIsLeftAlone() {
		JobExecution running = startedExecution("weekly", LocalDate.of(2024, 2, 29));
		heartbeat(running, "elsewhere:4242:1", Instant.now().minusSeconds(5));

		assertThat(this.recovery.recover()).isEmpty();

		assertThat(this.jobRepository.getJobExecution(running.getId()).getStatus()).isEqualTo(BatchStatus.STARTED);
	}

	@Test
	void runOfThisJvmIsNeverTakenForAnOrphanEvenWithAnOldHeartbeat() {
		JobExecution running = startedExecution("weekly", LocalDate.of(2024, 2, 29));
		this.heartbeats.beforeJob(running);
		try {
			this.jdbc.update("update job_heartbeat set beat_at = ? where job_execution_id = ?",
					Timestamp.from(Instant.now().minusSeconds(600)), running.getId());

			assertThat(this.recovery.recover()).isEmpty();

			assertThat(this.jobRepository.getJobExecution(running.getId()).getStatus()).isEqualTo(BatchStatus.STARTED);
		}
		finally {
			this.heartbeats.afterJob(running);
		}
	}

	@Test
	void runOfAProcessGoneFromThisMachineIsTakenOverAtOnce() {
		JobExecution crashed = startedExecution("weekly", LocalDate.of(2024, 2, 29));
		String self = this.heartbeats.instanceId();
		String host = self.substring(0, self.indexOf(':'));
		// a pid no process has: the kernel's pid_max is far below it
		heartbeat(crashed, host + ":999999999:1", Instant.now());

		assertThat(this.recovery.recover()).containsExactly(crashed.getId());
	}

	private void heartbeat(JobExecution execution, String instance, Instant beatAt) {
		this.jdbc.update("""
				insert into job_heartbeat (job_execution_id, job_name, instance_id, started_at, beat_at, beats)
				values (?, 'crashRecoveryTestJob', ?, ?, ?, 7)
				""", execution.getId(), instance, Timestamp.from(beatAt), Timestamp.from(beatAt));
	}

	private JobExecution startedExecution(String deliverable, LocalDate asOf) {
		JobParameters parameters = new JobParametersBuilder().addString("deliverable", deliverable)
			.addLocalDate("asOf", asOf)
			.toJobParameters();
		JobInstance instance = this.jobRepository.createJobInstance("crashRecoveryTestJob", parameters);
		JobExecution execution = this.jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
		execution.setStatus(BatchStatus.STARTED);
		execution.setStartTime(LocalDateTime.now());
		this.jobRepository.update(execution);
		this.runs.put(new RunRecord(execution.getId(), deliverable, asOf, "STARTED", Instant.now(), null, null,
				"scheduler", null, List.of()));
		return execution;
	}

}
