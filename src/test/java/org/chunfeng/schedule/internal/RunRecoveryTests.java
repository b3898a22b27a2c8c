package org.chunfeng.schedule.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.chunfeng.deliverable.RunRecord;
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

class RunRecoveryTests extends ScheduledContextTest {

	@Autowired
	JobRepository jobRepository;

	@Autowired
	RunRecovery recovery;

	@Autowired
	Schedules schedules;

	@Test
	void runLeftStartedByACrashIsRecoveredAndRestartedWhileItsDeadlineIsAhead() throws Exception {
		Firing due = this.schedules.nextDeadline("weekly").orElseThrow();
		JobExecution crashed = startedExecution("weekly", due.asOf());
		List<Long> recovered = this.recovery.recover();
		assertThat(recovered).containsExactly(crashed.getId());
		assertThat(this.jobRepository.getJobExecution(crashed.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
		long until = System.currentTimeMillis() + 10_000;
		while (this.runs.restarts().isEmpty() && System.currentTimeMillis() < until) {
			Thread.sleep(100);
		}
		assertThat(this.runs.restarts()).containsExactly(crashed.getId());
	}

	@Test
	void runWhoseDeadlinePassedIsRecoveredButNotRestarted() throws Exception {
		JobExecution crashed = startedExecution("weekly", LocalDate.of(2024, 2, 29));
		assertThat(this.recovery.recover()).containsExactly(crashed.getId());
		assertThat(this.jobRepository.getJobExecution(crashed.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
		Thread.sleep(500);
		assertThat(this.runs.restarts()).isEmpty();
		assertThat(this.recovery.recover()).isEmpty();
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
