package org.chunfeng.schedule.internal;

import java.time.Instant;

import org.chunfeng.logging.LogContext;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The Quartz job of one deliverable (one per deliverable, so that its firings, retries
 * and alert checks never overlap, across the cluster too).
 */
@DisallowConcurrentExecution
class FiringJob extends QuartzJobBean {

	private final FiringHandler handler;

	FiringJob(FiringHandler handler) {
		this.handler = handler;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		String instance;
		try {
			instance = context.getScheduler().getSchedulerInstanceId();
		}
		catch (SchedulerException ex) {
			instance = null;
		}
		// when the firing was planned: every trigger fires once, at its start time.
		// Quartz's scheduled fire time is not it: a trigger that misfired while no
		// instance ran is fired now, and its scheduled fire time becomes now
		// (FiringTests).
		Instant scheduled = (context.getTrigger().getStartTime() != null)
				? context.getTrigger().getStartTime().toInstant() : Instant.now();
		String deliverable = context.getJobDetail().getKey().getName();
		String trigger = context.getTrigger().getKey().getName();
		try (LogContext.Scope scope = LogContext.open()
			.put(LogContext.FIRING, deliverable + "/" + trigger)
			.put(LogContext.DELIVERABLE, deliverable)) {
			this.handler.handle(deliverable, trigger, TriggerData.from(context.getMergedJobDataMap().getWrappedMap()),
					scheduled, instance);
		}
	}

}
