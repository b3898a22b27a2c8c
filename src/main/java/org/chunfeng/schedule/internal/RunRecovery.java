package org.chunfeng.schedule.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chunfeng.deliverable.DeliverableRuns;
import org.chunfeng.deliverable.RunRecord;
import org.chunfeng.schedule.Firing;
import org.chunfeng.schedule.Schedules;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At start-up of {@code serve}: runs left STARTED by a crash are marked failed (Spring
 * Batch's {@code JobOperator.recover}) and restarted from their failed step when their
 * deliverable is still due. A run is taken for orphaned when no other scheduler instance
 * is alive, or when it has not been updated for {@code chunfeng.schedule.recover-after}
 * (another live instance may be running it).
 */
@WhereTheSchedulerRuns
@Component
class RunRecovery {

	private static final Logger logger = LoggerFactory.getLogger(RunRecovery.class);

	private final ObjectProvider<JobRepository> jobRepository;

	private final ObjectProvider<JobOperator> jobOperator;

	private final ObjectProvider<DeliverableRuns> runs;

	private final Schedules schedules;

	private final Scheduler scheduler;

	private final JdbcTemplate jdbc;

	private final TaskExecutor executor;

	private final Duration recoverAfter;

	private final Clock clock;

	RunRecovery(ObjectProvider<JobRepository> jobRepository, ObjectProvider<JobOperator> jobOperator,
			ObjectProvider<DeliverableRuns> runs, Schedules schedules, Scheduler scheduler, JdbcTemplate jdbc,
			ObjectProvider<TaskExecutor> executor,
			@Value("${chunfeng.schedule.recover-after:PT30M}") Duration recoverAfter, ObjectProvider<Clock> clock) {
		this.jobRepository = jobRepository;
		this.jobOperator = jobOperator;
		this.runs = runs;
		this.schedules = schedules;
		this.scheduler = scheduler;
		this.jdbc = jdbc;
		this.executor = executor.getIfUnique(() -> new SimpleAsyncTaskExecutor("recovery-"));
		this.recoverAfter = recoverAfter;
		this.clock = clock.getIfUnique(Clock::systemUTC);
	}

	@EventListener(ApplicationReadyEvent.class)
	void recoverWhenServing() throws SchedulerException {
		if (this.scheduler.isStarted() && !this.scheduler.isInStandbyMode() && !this.scheduler.isShutdown()) {
			List<Long> recovered = recover();
			if (!recovered.isEmpty()) {
				logger.warn("recovered runs left STARTED by a crash: {}", recovered);
			}
		}
	}

	/** Recovers the orphaned runs and restarts (in the background) those still due. */
	List<Long> recover() {
		JobRepository repository = this.jobRepository.getIfAvailable();
		JobOperator operator = this.jobOperator.getIfAvailable();
		if (repository == null || operator == null) {
			return List.of();
		}
		boolean alone = !otherInstancesAlive();
		Instant now = this.clock.instant();
		List<Long> recovered = new ArrayList<>();
		for (String name : repository.getJobNames()) {
			for (JobExecution execution : repository.findRunningJobExecutions(name)) {
				if (alone || stale(execution, now)) {
					operator.recover(execution);
					recovered.add(execution.getId());
					restartIfDue(execution.getId(), now);
				}
			}
		}
		return recovered;
	}

	private void restartIfDue(long runId, Instant now) {
		DeliverableRuns deliverableRuns = this.runs.getIfAvailable();
		if (deliverableRuns == null) {
			return;
		}
		Optional<RunRecord> run = deliverableRuns.find(runId);
		boolean due = run.isPresent() && this.schedules.nextDeadline(run.get().deliverable())
			.filter((firing) -> firing.asOf().equals(run.get().asOf()))
			.map(Firing::deadline)
			.filter((deadline) -> deadline.toInstant().isAfter(now))
			.isPresent();
		if (due) {
			logger.warn("restarting run {} of {} (as of {}): its deadline has not passed", runId,
					run.get().deliverable(), run.get().asOf());
			this.executor.execute(() -> deliverableRuns.restart(runId));
		}
	}

	private boolean stale(JobExecution execution, Instant now) {
		LocalDateTime updated = (execution.getLastUpdated() != null) ? execution.getLastUpdated()
				: execution.getStartTime();
		return updated == null
				|| updated.atZone(ZoneId.systemDefault()).toInstant().plus(this.recoverAfter).isBefore(now);
	}

	private boolean otherInstancesAlive() {
		try {
			String name = this.scheduler.getSchedulerName();
			String self = this.scheduler.getSchedulerInstanceId();
			long now = this.clock.millis();
			Integer alive = this.jdbc.queryForObject("""
					select count(*) from qrtz_scheduler_state
					where sched_name = ? and instance_name <> ? and last_checkin_time + 2 * checkin_interval > ?
					""", Integer.class, name, self, now);
			return alive != null && alive > 0;
		}
		catch (SchedulerException ex) {
			return true;
		}
	}

}
