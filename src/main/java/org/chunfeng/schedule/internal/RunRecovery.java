package org.chunfeng.schedule.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.chunfeng.deliverable.DeliverableRuns;
import org.chunfeng.deliverable.RunConflictException;
import org.chunfeng.deliverable.RunRecord;
import org.chunfeng.liveness.JobTakeover;
import org.chunfeng.liveness.LivenessProperties;
import org.chunfeng.schedule.Firing;
import org.chunfeng.schedule.Schedules;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Where the scheduler runs ({@code serve}): at start-up and then every
 * {@code chunfeng.liveness.check-every}, job executions whose JVM is gone (heartbeat
 * stale, or its process ended on this machine) or whose end could not be recorded
 * (UNKNOWN) are taken over — once across the cluster — and marked failed; deliverable
 * runs still due are restarted from their failed step. A run of this JVM, or one whose
 * heartbeat is fresh, is never touched. Imports taken over resume when their file is next
 * imported.
 */
@WhereTheSchedulerRuns
@Component
class RunRecovery {

	private static final Logger logger = LoggerFactory.getLogger(RunRecovery.class);

	private final JobRepository jobRepository;

	private final JobTakeover takeover;

	private final DeliverableRuns runs;

	private final Schedules schedules;

	private final Scheduler scheduler;

	private final TaskExecutor executor;

	private final LivenessProperties liveness;

	private final Clock clock;

	private ScheduledExecutorService sweeper;

	RunRecovery(JobRepository jobRepository, JobTakeover takeover, DeliverableRuns runs, Schedules schedules,
			Scheduler scheduler, TaskExecutor executor, LivenessProperties liveness, Clock clock) {
		this.jobRepository = jobRepository;
		this.takeover = takeover;
		this.runs = runs;
		this.schedules = schedules;
		this.scheduler = scheduler;
		this.executor = executor;
		this.liveness = liveness;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void recoverWhenServing() throws SchedulerException {
		if (this.scheduler.isStarted() && !this.scheduler.isInStandbyMode() && !this.scheduler.isShutdown()) {
			sweep();
			startSweeping();
		}
	}

	/**
	 * Looks for dead runs every {@code check-every}, for as long as the scheduler runs.
	 */
	synchronized void startSweeping() {
		if (this.sweeper != null) {
			return;
		}
		this.sweeper = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "run-recovery");
			thread.setDaemon(true);
			return thread;
		});
		long every = this.liveness.checkEvery().toMillis();
		this.sweeper.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
	}

	@PreDestroy
	synchronized void stopSweeping() {
		if (this.sweeper != null) {
			this.sweeper.shutdownNow();
			this.sweeper = null;
		}
	}

	private void sweep() {
		try {
			if (this.scheduler.isShutdown() || this.scheduler.isInStandbyMode()) {
				return;
			}
			List<Long> recovered = recover();
			if (!recovered.isEmpty()) {
				logger.warn("took over job executions whose instance is gone: {}", recovered);
			}
		}
		catch (SchedulerException | RuntimeException ex) {
			logger.warn("looking for dead runs failed: {}", ex.getMessage());
		}
	}

	/**
	 * Takes over the dead executions of every job and restarts (in the background) the
	 * deliverable runs still due.
	 * @return the executions taken over
	 */
	List<Long> recover() {
		Instant now = this.clock.instant();
		List<Long> recovered = new ArrayList<>();
		for (String name : this.jobRepository.getJobNames()) {
			for (Long id : this.takeover.takeOverDead(name)) {
				recovered.add(id);
				// deliverable runs only: an import resumes when its file is next imported
				restartIfDue(id, now);
			}
		}
		return recovered;
	}

	private void restartIfDue(long runId, Instant now) {
		Optional<RunRecord> run = this.runs.find(runId);
		boolean due = run.isPresent() && this.schedules.nextDeadline(run.get().deliverable())
			.filter((firing) -> firing.asOf().equals(run.get().asOf()))
			.map(Firing::deadline)
			.filter((deadline) -> deadline.toInstant().isAfter(now))
			.isPresent();
		if (due) {
			logger.warn("restarting run {} of {} (as of {}): its deadline has not passed", runId,
					run.get().deliverable(), run.get().asOf());
			this.executor.execute(() -> {
				try {
					this.runs.restart(runId);
				}
				catch (RunConflictException ex) {
					// a firing or another instance restarted it first
					logger.info("run {} not restarted here: {}", runId, ex.getMessage());
				}
				catch (RuntimeException ex) {
					logger.error("restart of run {} failed", runId, ex);
				}
			});
		}
	}

}
