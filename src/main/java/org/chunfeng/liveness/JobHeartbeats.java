package org.chunfeng.liveness;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.chunfeng.liveness.internal.HeartbeatTable;
import org.chunfeng.liveness.internal.InstanceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The heartbeats of the job executions this JVM runs: a listener of the deliverable and
 * import jobs stores a row when one starts, a thread of its own renews it every
 * {@code beat-every}, and the row goes when the job ends. Any instance reads them to tell
 * whether an execution left running is still alive.
 */
@Component
public class JobHeartbeats implements JobExecutionListener {

	private static final Logger logger = LoggerFactory.getLogger(JobHeartbeats.class);

	private final HeartbeatTable table;

	private final LivenessProperties properties;

	private final InstanceId instance;

	/** Executions this JVM is running now. */
	private final Set<Long> running = ConcurrentHashMap.newKeySet();

	/** Executions this JVM ran and that ended, whatever the repository could record. */
	private final Set<Long> ended = ConcurrentHashMap.newKeySet();

	private ScheduledExecutorService beater;

	JobHeartbeats(HeartbeatTable table, LivenessProperties properties) {
		this.table = table;
		this.properties = properties;
		this.instance = InstanceId.current(properties.host());
	}

	/** This JVM's instance id, {@code host:pid:start}. */
	public String instanceId() {
		return this.instance.toString();
	}

	@Override
	public void beforeJob(JobExecution execution) {
		this.running.add(execution.getId());
		try {
			this.table.insert(execution.getId(), execution.getJobInstance().getJobName(), instanceId());
		}
		catch (DataAccessException ex) {
			logger.warn("cannot store the heartbeat of job execution {}: {}", execution.getId(), ex.getMessage());
		}
		startBeating();
	}

	@Override
	public void afterJob(JobExecution execution) {
		this.running.remove(execution.getId());
		this.ended.add(execution.getId());
		try {
			this.table.delete(execution.getId(), instanceId());
		}
		catch (DataAccessException ex) {
			logger.warn("cannot remove the heartbeat of job execution {}: {}", execution.getId(), ex.getMessage());
		}
	}

	/** Whether the execution is running here, elsewhere, or nowhere any more. */
	public Liveness liveness(JobExecution execution) {
		long id = execution.getId();
		if (this.running.contains(id)) {
			return Liveness.THIS_JVM;
		}
		if (this.ended.contains(id)) {
			return Liveness.DEAD;
		}
		Optional<HeartbeatTable.Beat> beat = this.table.find(id);
		if (beat.isEmpty()) {
			// started before heartbeats existed, or its JVM died before storing one
			LocalDateTime last = (execution.getLastUpdated() != null) ? execution.getLastUpdated()
					: (execution.getStartTime() != null) ? execution.getStartTime() : execution.getCreateTime();
			return (last == null || last.plus(this.properties.deadAfter()).isBefore(LocalDateTime.now()))
					? Liveness.DEAD : Liveness.ALIVE;
		}
		return dead(beat.get()) ? Liveness.DEAD : Liveness.ALIVE;
	}

	/** Who holds the execution's heartbeat and how old it is, for messages. */
	public String describe(JobExecution execution) {
		return this.table.find(execution.getId())
			.map((beat) -> "实例 " + beat.instance() + "，最后心跳 " + seconds(beat.age()) + " 秒前")
			.orElse("无心跳记录");
	}

	/**
	 * Claims a dead execution for this JVM, so that only one instance takes it over; the
	 * claim is renewed until {@link #release}.
	 */
	boolean claim(JobExecution execution) {
		long id = execution.getId();
		Optional<HeartbeatTable.Beat> beat = this.table.find(id);
		boolean claimed;
		if (beat.isEmpty()) {
			claimed = this.table.insert(id, execution.getJobInstance().getJobName(), instanceId());
		}
		else if (beat.get().instance().equals(instanceId()) || dead(beat.get())) {
			claimed = this.table.claim(id, beat.get(), instanceId());
		}
		else {
			claimed = false;
		}
		if (claimed) {
			this.running.add(id);
			startBeating();
		}
		return claimed;
	}

	/** Ends a claim: the execution is no longer running anywhere. */
	void release(JobExecution execution) {
		this.running.remove(execution.getId());
		this.ended.add(execution.getId());
		this.table.delete(execution.getId(), instanceId());
	}

	private boolean dead(HeartbeatTable.Beat beat) {
		if (beat.instance().equals(instanceId())) {
			// this JVM's, and not among the executions it is running
			return true;
		}
		Optional<InstanceId> owner = InstanceId.parse(beat.instance());
		if (owner.isPresent() && owner.get().goneFrom(this.instance)) {
			return true;
		}
		return beat.age().compareTo(this.properties.deadAfter()) > 0;
	}

	private synchronized void startBeating() {
		if (this.beater != null) {
			return;
		}
		this.beater = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "job-heartbeat");
			thread.setDaemon(true);
			return thread;
		});
		long every = this.properties.beatEvery().toMillis();
		this.beater.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
	}

	private void beat() {
		for (Long id : this.running) {
			try {
				if (!this.table.beat(id, instanceId()) && this.running.remove(id)) {
					logger.error("job execution {} is no longer this instance's: another instance took it over", id);
				}
			}
			catch (DataAccessException | IllegalStateException ex) {
				logger.warn("heartbeat of job execution {} not stored: {}", id, ex.getMessage());
			}
		}
	}

	@PreDestroy
	synchronized void stop() {
		if (this.beater != null) {
			this.beater.shutdownNow();
		}
	}

	private static long seconds(Duration duration) {
		return Math.max(0, duration.toSeconds());
	}

}
