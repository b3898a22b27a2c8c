package org.chunfeng.schedule.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chunfeng.campaign.CampaignCalendar;
import org.chunfeng.campaign.Campaigns;
import org.chunfeng.deliverable.Deliverable;
import org.chunfeng.deliverable.Deliverables;
import org.chunfeng.schedule.AlertRecord;
import org.chunfeng.schedule.Firing;
import org.chunfeng.schedule.FiringPlan;
import org.chunfeng.schedule.FiringRecord;
import org.chunfeng.schedule.Schedules;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The deliverables' Quartz jobs and triggers: one durable job per deliverable (group
 * {@code chunfeng}), one one-shot trigger per firing and one per alert check (trigger
 * group = deliverable id, so that pausing a deliverable pauses its future triggers too).
 * Synchronised with jobs/ when the scheduler starts.
 */
@WhereTheSchedulerRuns
@Component
class QuartzSchedules implements Schedules {

	private static final Logger logger = LoggerFactory.getLogger(QuartzSchedules.class);

	private static final String ALERT_PREFIX = "alert-";

	private final Scheduler scheduler;

	private final Deliverables deliverables;

	private final Campaigns campaigns;

	private final FiringLog log;

	private final Clock clock;

	QuartzSchedules(Scheduler scheduler, Deliverables deliverables, Campaigns campaigns, FiringLog log, Clock clock) {
		this.scheduler = scheduler;
		this.deliverables = deliverables;
		this.campaigns = campaigns;
		this.log = log;
		this.clock = clock;
	}

	/**
	 * Only where the scheduler runs ({@code serve}); other commands leave triggers alone.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void syncWhenStarted() throws SchedulerException {
		if (this.scheduler.isStarted() && !this.scheduler.isInStandbyMode() && !this.scheduler.isShutdown()) {
			SyncResult result = sync();
			logger.info("schedules synchronised with jobs/: {}", result);
		}
	}

	@Override
	public List<Firing> firings(int year) {
		return FiringPlan.of(this.deliverables.all(), this.campaigns.forYear(year));
	}

	@Override
	public Optional<Firing> nextFiring(String deliverable) {
		Instant now = this.clock.instant();
		return current(deliverable).stream().filter((firing) -> firing.at().toInstant().isAfter(now)).findFirst();
	}

	@Override
	public Optional<Firing> nextDeadline(String deliverable) {
		Instant now = this.clock.instant();
		return current(deliverable).stream().filter((firing) -> firing.deadline().toInstant().isAfter(now)).findFirst();
	}

	private List<Firing> current(String deliverable) {
		return this.deliverables.find(deliverable)
			.map((found) -> FiringPlan.of(found, this.campaigns.current()))
			.orElse(List.of());
	}

	@Override
	public boolean isPaused(String deliverable) {
		try {
			return this.scheduler.getPausedTriggerGroups().contains(deliverable);
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("cannot read the scheduler: " + ex.getMessage(), ex);
		}
	}

	@Override
	public void pause(String deliverable) {
		this.deliverables.get(deliverable);
		try {
			this.scheduler.pauseTriggers(GroupMatcher.triggerGroupEquals(deliverable));
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("cannot pause " + deliverable + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public void resume(String deliverable) {
		this.deliverables.get(deliverable);
		try {
			this.scheduler.resumeTriggers(GroupMatcher.triggerGroupEquals(deliverable));
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("cannot resume " + deliverable + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public synchronized SyncResult sync() {
		try {
			return doSync();
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("cannot synchronise the schedules with jobs/: " + ex.getMessage(), ex);
		}
	}

	private SyncResult doSync() throws SchedulerException {
		Instant now = this.clock.instant();
		CampaignCalendar campaign = this.campaigns.current();
		int[] counts = new int[4];
		List<Deliverable> all = this.deliverables.all();
		for (Deliverable deliverable : all) {
			JobDetail job = JobBuilder.newJob(FiringJob.class)
				.withIdentity(JobKey.jobKey(deliverable.id(), FiringHandler.JOB_GROUP))
				.withDescription(deliverable.title())
				.storeDurably()
				.requestRecovery()
				.build();
			this.scheduler.addJob(job, true);
			Map<String, Planned> planned = plan(deliverable, campaign);
			for (Map.Entry<String, Planned> entry : planned.entrySet()) {
				TriggerKey key = TriggerKey.triggerKey(entry.getKey(), deliverable.id());
				Planned wanted = entry.getValue();
				Trigger existing = this.scheduler.getTrigger(key);
				boolean eligible = wanted.at().isAfter(now) || (wanted.data().kind() == TriggerData.Kind.RUN
						&& wanted.data().deadline().isAfter(now) && !this.log.fired(deliverable.id(), key.getName()));
				if (existing == null) {
					if (eligible) {
						counts[schedule(trigger(key, deliverable.id(), wanted)) ? 0 : 3]++;
					}
				}
				else if (existing.getStartTime().toInstant().equals(wanted.at())
						&& TriggerData.sameAs(existing.getJobDataMap().getWrappedMap(), wanted.data())) {
					counts[3]++;
				}
				else if (eligible) {
					this.scheduler.rescheduleJob(key, trigger(key, deliverable.id(), wanted));
					counts[1]++;
				}
				else {
					this.scheduler.unscheduleJob(key);
					counts[2]++;
				}
			}
			for (TriggerKey key : this.scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(deliverable.id()))) {
				if (!planned.containsKey(key.getName()) && !key.getName().startsWith(FiringHandler.RETRY_PREFIX)) {
					this.scheduler.unscheduleJob(key);
					counts[2]++;
				}
			}
		}
		Set<String> ids = new java.util.HashSet<>(all.stream().map(Deliverable::id).toList());
		for (JobKey key : this.scheduler.getJobKeys(GroupMatcher.jobGroupEquals(FiringHandler.JOB_GROUP))) {
			if (!ids.contains(key.getName())) {
				counts[2] += this.scheduler.getTriggersOfJob(key).size();
				this.scheduler.deleteJob(key);
			}
		}
		return new SyncResult(counts[0], counts[1], counts[2], counts[3]);
	}

	/**
	 * Stores a new trigger; false when another instance starting at the same time stored
	 * it first.
	 */
	private boolean schedule(Trigger trigger) throws SchedulerException {
		try {
			this.scheduler.scheduleJob(trigger);
			return true;
		}
		catch (ObjectAlreadyExistsException ex) {
			return false;
		}
	}

	/** The triggers the deliverable should have, by name. */
	private Map<String, Planned> plan(Deliverable deliverable, CampaignCalendar campaign) {
		Map<String, Planned> planned = new LinkedHashMap<>();
		for (Firing firing : FiringPlan.of(deliverable, campaign)) {
			planned.put(firing.key(), new Planned(firing.at().toInstant(), new TriggerData(TriggerData.Kind.RUN,
					firing.asOf(), firing.deadline().toInstant(), firing.repeat())));
			ZonedDateTime alertAt = firing.alertAt();
			LocalDate anchor = firing.anchorDate();
			planned.putIfAbsent(ALERT_PREFIX + anchor.toString().replace("-", ""), new Planned(alertAt.toInstant(),
					new TriggerData(TriggerData.Kind.ALERT, firing.asOf(), firing.deadline().toInstant(), false)));
		}
		return planned;
	}

	private static Trigger trigger(TriggerKey key, String deliverable, Planned planned) {
		return TriggerBuilder.newTrigger()
			.withIdentity(key)
			.forJob(JobKey.jobKey(deliverable, FiringHandler.JOB_GROUP))
			.usingJobData(planned.data().toMap())
			.startAt(Date.from(planned.at()))
			// a firing missed while no instance ran fires at start-up; the job then
			// checks the deadline
			.withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
			.build();
	}

	@Override
	public List<FiringRecord> recentFirings(int limit) {
		return this.log.recent(limit);
	}

	@Override
	public List<AlertRecord> recentAlerts(int limit) {
		return this.log.recentAlerts(limit);
	}

	private record Planned(Instant at, TriggerData data) {

	}

}
