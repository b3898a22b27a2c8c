package org.chunfeng.schedule.internal;

import java.time.Instant;

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
		Instant scheduled = (context.getTrigger().getStartTime() != null)
				? context.getTrigger().getStartTime().toInstant() : Instant.now();
		this.handler.handle(context.getJobDetail().getKey().getName(), context.getTrigger().getKey().getName(),
				TriggerData.from(context.getMergedJobDataMap().getWrappedMap()), scheduled, instance);
	}

}
