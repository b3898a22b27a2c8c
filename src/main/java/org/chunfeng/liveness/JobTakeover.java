package org.chunfeng.liveness;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Takes over job executions whose JVM died (left STARTED) or whose end could not be
 * recorded (UNKNOWN, after a database failure): one instance claims it (see
 * {@link JobHeartbeats}), marks it FAILED through Spring Batch
 * ({@code JobOperator.recover}) so that the instance restarts from its failed step. A
 * live execution, of this JVM or with a fresh heartbeat, is never touched.
 */
@Component
public class JobTakeover {

	private static final Logger logger = LoggerFactory.getLogger(JobTakeover.class);

	private final JobHeartbeats heartbeats;

	private final JobRepository repository;

	private final JobOperator operator;

	private final JdbcTemplate jdbc;

	JobTakeover(JobHeartbeats heartbeats, JobRepository repository, JobOperator operator, JdbcTemplate jdbc) {
		this.heartbeats = heartbeats;
		this.repository = repository;
		this.operator = operator;
		this.jdbc = jdbc;
	}

	/**
	 * Clears the way to (re)start the job instance of these parameters: takes over its
	 * dead executions.
	 * @return the live execution that stands in the way, if any
	 */
	public Optional<JobExecution> clearWay(String jobName, JobParameters parameters) {
		JobInstance instance = this.repository.getJobInstance(jobName, parameters);
		if (instance == null) {
			return Optional.empty();
		}
		for (JobExecution execution : this.repository.getJobExecutions(instance)) {
			if (takeOverIfDead(execution) == Result.LIVE) {
				return Optional.of(execution);
			}
		}
		return Optional.empty();
	}

	/** What {@link #takeOverIfDead} found. */
	public enum Result {

		/** Finished: nothing stands in the way of a restart. */
		FINISHED,
		/** Alive here or elsewhere, or being taken over by another instance. */
		LIVE,
		/** Was dead; this instance marked it FAILED, ready to restart. */
		TAKEN_OVER

	}

	/** Takes the execution over when it was left unfinished by a JVM that is gone. */
	public Result takeOverIfDead(JobExecution execution) {
		if (!unfinished(execution)) {
			return Result.FINISHED;
		}
		if (this.heartbeats.liveness(execution) != Liveness.DEAD) {
			return Result.LIVE;
		}
		String owner = this.heartbeats.describe(execution);
		if (!this.heartbeats.claim(execution)) {
			JobExecution now = reload(execution);
			return (now != null && unfinished(now)) ? Result.LIVE : Result.FINISHED;
		}
		try {
			JobExecution current = reload(execution);
			if (current == null || !unfinished(current)) {
				return Result.FINISHED;
			}
			markFailed(current, owner);
			return Result.TAKEN_OVER;
		}
		finally {
			this.heartbeats.release(execution);
		}
	}

	/**
	 * Takes over every dead execution of the job.
	 * @return the ids of the executions taken over
	 */
	public List<Long> takeOverDead(String jobName) {
		List<Long> unfinished = this.jdbc.queryForList("""
				select e.job_execution_id from batch_job_execution e
				join batch_job_instance i on i.job_instance_id = e.job_instance_id
				where i.job_name = ? and (e.status in ('STARTING', 'STARTED', 'STOPPING', 'UNKNOWN')
				    or exists (select 1 from batch_step_execution s where s.job_execution_id = e.job_execution_id
				        and s.status in ('STARTING', 'STARTED', 'STOPPING', 'UNKNOWN')))
				order by e.job_execution_id
				""", Long.class, jobName);
		List<Long> taken = new ArrayList<>();
		for (Long id : unfinished) {
			JobExecution execution = reload(id);
			if (execution != null && takeOverIfDead(execution) == Result.TAKEN_OVER) {
				taken.add(id);
			}
		}
		return taken;
	}

	private JobExecution reload(JobExecution execution) {
		return reload(execution.getId());
	}

	/** Null when gone (Batch 6 throws for an unknown id). */
	private JobExecution reload(long id) {
		try {
			return this.repository.getJobExecution(id);
		}
		catch (EmptyResultDataAccessException ex) {
			return null;
		}
	}

	/** Running, or ended in a state Spring Batch refuses to restart from. */
	public static boolean unfinished(JobExecution execution) {
		if (blocking(execution.getStatus())) {
			return true;
		}
		return execution.getStepExecutions().stream().anyMatch((step) -> blocking(step.getStatus()));
	}

	private static boolean blocking(BatchStatus status) {
		return status.isRunning() || status == BatchStatus.UNKNOWN;
	}

	private void markFailed(JobExecution execution, String owner) {
		boolean running = execution.getStatus().isRunning();
		String why = running ? "运行进程已终止（" + owner + "），由实例 " + this.heartbeats.instanceId() + " 接管，从失败的步骤继续"
				: "数据库故障时未能记录运行结果（UNKNOWN），已标为失败，可从失败的步骤继续";
		LocalDateTime now = LocalDateTime.now();
		for (StepExecution step : execution.getStepExecutions()) {
			if (blocking(step.getStatus())) {
				step.setStatus(BatchStatus.FAILED);
				step.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
				if (step.getEndTime() == null) {
					step.setEndTime(now);
				}
				this.repository.update(step);
			}
		}
		execution.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
		if (running) {
			this.operator.recover(execution);
		}
		else {
			execution.setStatus(BatchStatus.FAILED);
			if (execution.getEndTime() == null) {
				execution.setEndTime(now);
			}
			this.repository.update(execution);
		}
		logger.warn("job execution {} of {} taken over: {}", execution.getId(), execution.getJobInstance().getJobName(),
				why);
	}

}
