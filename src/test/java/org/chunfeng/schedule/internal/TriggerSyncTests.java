package org.chunfeng.schedule.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.chunfeng.schedule.ScheduleTestSupport;
import org.chunfeng.schedule.ScheduledContextTest;
import org.chunfeng.schedule.Schedules.SyncResult;
import org.junit.jupiter.api.Test;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Quartz triggers a sync makes of jobs/ and the test campaign (next year: weekly due
 * dates on the Thursdays from 25 February to 20 March, no holidays; deadlines phase1 29
 * January, phase2 25 February, final 7 April; window to 5 April), each written out here
 * from the job files rather than taken from the code under test.
 */
class TriggerSyncTests extends ScheduledContextTest {

	private static final ZoneId CAMPAIGN_ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	QuartzSchedules schedules;

	@Autowired
	Scheduler scheduler;

	@Test
	void firstSyncCreatesATriggerForEveryFiringAndAlertCheckOfJobs() throws Exception {
		SyncResult result = this.schedules.sync();

		// per due date: weekly's 18:30 and reminder's 12:00 and 16:00, an alert check
		// each; the phase and final reports once, with an alert check each
		int triggers = 5 * dueDates().size() + 3 * 2;
		assertThat(result).isEqualTo(new SyncResult(triggers, 0, 0, 0));
		assertThat(triggers()).hasSize(triggers).isEqualTo(bundledTriggers());
		assertThat(jobs()).containsExactlyInAnyOrder("weekly 春风行动开展情况统计表", "reminder 春风行动统计表报送提醒",
				"phase1 春风行动春节前阶段性活动进展", "phase2 春风行动第二次阶段性活动进展", "final 春风行动整体总结");
		for (String group : this.scheduler.getTriggerGroupNames()) {
			for (TriggerKey key : this.scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(group))) {
				SimpleTrigger trigger = (SimpleTrigger) this.scheduler.getTrigger(key);
				assertThat(trigger.getJobKey()).as(key.toString()).isEqualTo(JobKey.jobKey(group, "chunfeng"));
				assertThat(trigger.getRepeatCount()).as(key.toString()).isZero();
				assertThat(trigger.getMisfireInstruction()).as(key.toString())
					.isEqualTo(SimpleTrigger.MISFIRE_INSTRUCTION_FIRE_NOW);
				assertThat(trigger.getStartTime()).as(key.toString()).isEqualTo(trigger.getNextFireTime());
			}
		}
	}

	@Test
	void syncsAtStartUpOnlyWhereTheSchedulerRuns() throws Exception {
		this.schedules.syncWhenStarted();
		assertThat(triggers()).isEmpty();
		this.scheduler.start();
		try {
			this.schedules.syncWhenStarted();
			assertThat(triggers()).isEqualTo(bundledTriggers());
		}
		finally {
			this.scheduler.standby();
		}
	}

	@Test
	void secondSyncChangesNothing() throws Exception {
		int triggers = 5 * dueDates().size() + 3 * 2;
		assertThat(this.schedules.sync()).isEqualTo(new SyncResult(triggers, 0, 0, 0));

		assertThat(this.schedules.sync()).isEqualTo(new SyncResult(0, 0, 0, triggers));

		assertThat(triggers()).isEqualTo(bundledTriggers());
	}

	@Test
	void changedJobFileMovesItsTriggersAndRemovedOneTakesItsTriggersAndJob() throws Exception {
		this.schedules.sync();
		Path weekly = ScheduleTestSupport.jobs().resolve("weekly.yml");
		Files.writeString(weekly, Files.readString(weekly).replace("\"18:30\"", "\"19:15\""));
		Files.delete(ScheduleTestSupport.jobs().resolve("final.yml"));

		SyncResult result = this.schedules.sync();

		// weekly: every firing moves to 19:15 (new names), its alert checks stay; final:
		// its firing and alert check go; the rest stays
		int weeks = dueDates().size();
		assertThat(result).isEqualTo(new SyncResult(weeks, 0, weeks + 2, 4 * weeks + 4));
		Map<String, String> expected = bundledTriggers();
		for (LocalDate due : dueDates()) {
			expected.remove("weekly/" + basic(due) + "-1830");
			expected.put("weekly/" + basic(due) + "-1915", due + "T19:15 RUN " + due + " by " + due + "T23:59");
		}
		expected.keySet().removeIf((key) -> key.startsWith("final/"));
		assertThat(triggers()).isEqualTo(expected);
		assertThat(jobs()).containsExactlyInAnyOrder("weekly 春风行动开展情况统计表", "reminder 春风行动统计表报送提醒",
				"phase1 春风行动春节前阶段性活动进展", "phase2 春风行动第二次阶段性活动进展");
	}

	@Test
	void changedDeadlineUpdatesTheRunTriggerAndMovesTheAlertCheck() throws Exception {
		this.schedules.sync();
		Path phase1 = ScheduleTestSupport.jobs().resolve("phase1.yml");
		Files.writeString(phase1,
				Files.readString(phase1).replace("deadline-time: \"09:00\"", "deadline-time: \"10:00\""));

		SyncResult result = this.schedules.sync();

		int triggers = 5 * dueDates().size() + 3 * 2;
		assertThat(result).isEqualTo(new SyncResult(0, 2, 0, triggers - 2));
		LocalDate deadline = ScheduleTestSupport.date(1, 29);
		LocalDate fires = workingDayBefore(deadline);
		Map<String, String> expected = bundledTriggers();
		// the run trigger carries the new deadline; the alert check, 3 h before it,
		// moves an hour later
		expected.put("phase1/" + basic(fires) + "-1500",
				fires + "T15:00 RUN " + deadline.minusDays(1) + " by " + deadline + "T10:00");
		expected.put("phase1/alert-" + basic(deadline),
				deadline + "T07:00 ALERT " + deadline.minusDays(1) + " by " + deadline + "T10:00");
		assertThat(triggers()).isEqualTo(expected);
	}

	@Test
	void pausedDeliverableKeepsItsNewTriggersPaused() throws Exception {
		this.schedules.sync();
		this.schedules.pause("weekly");
		assertThat(this.schedules.isPaused("weekly")).isTrue();
		assertThat(this.schedules.isPaused("reminder")).isFalse();
		Path weekly = ScheduleTestSupport.jobs().resolve("weekly.yml");
		Files.writeString(weekly, Files.readString(weekly).replace("\"18:30\"", "\"19:15\""));

		this.schedules.sync();

		List<String> weeklyTriggers = new ArrayList<>();
		List<String> reminderTriggers = new ArrayList<>();
		for (LocalDate due : dueDates()) {
			weeklyTriggers.addAll(List.of(basic(due) + "-1915", "alert-" + basic(due)));
			reminderTriggers.addAll(List.of(basic(due) + "-1200", basic(due) + "-1600", "alert-" + basic(due)));
		}
		assertThat(states("weekly")).isEqualTo(each(weeklyTriggers, Trigger.TriggerState.PAUSED));
		assertThat(states("reminder")).isEqualTo(each(reminderTriggers, Trigger.TriggerState.NORMAL));
		this.schedules.resume("weekly");
		assertThat(this.schedules.isPaused("weekly")).isFalse();
		assertThat(states("weekly")).isEqualTo(each(weeklyTriggers, Trigger.TriggerState.NORMAL));
	}

	private static Map<String, Trigger.TriggerState> each(List<String> triggers, Trigger.TriggerState state) {
		Map<String, Trigger.TriggerState> states = new TreeMap<>();
		triggers.forEach((trigger) -> states.put(trigger, state));
		return states;
	}

	/**
	 * What jobs/ calls for in the test campaign: group/name → when it fires, what it
	 * does, the report's as-of date and the deadline (campaign time).
	 */
	private static Map<String, String> bundledTriggers() {
		Map<String, String> triggers = new TreeMap<>();
		for (LocalDate due : dueDates()) {
			String day = basic(due);
			// weekly.yml: 18:30, out by 23:59, alert 2 h before
			triggers.put("weekly/" + day + "-1830", due + "T18:30 RUN " + due + " by " + due + "T23:59");
			triggers.put("weekly/alert-" + day, due + "T21:59 ALERT " + due + " by " + due + "T23:59");
			// reminder.yml: 12:00 and again at 16:00; the defaults 23:59 and 2 h
			triggers.put("reminder/" + day + "-1200", due + "T12:00 RUN " + due + " by " + due + "T23:59");
			triggers.put("reminder/" + day + "-1600", due + "T16:00 RUN " + due + " by " + due + "T23:59 again");
			triggers.put("reminder/alert-" + day, due + "T21:59 ALERT " + due + " by " + due + "T23:59");
		}
		// phase1.yml, phase2.yml: the working day before the deadline at 15:00, as of the
		// day before the deadline, out by 09:00 of it, alert 3 h before
		for (String phase : List.of("phase1", "phase2")) {
			LocalDate deadline = (phase.equals("phase1")) ? ScheduleTestSupport.date(1, 29)
					: ScheduleTestSupport.date(2, 25);
			LocalDate fires = workingDayBefore(deadline);
			LocalDate asOf = deadline.minusDays(1);
			triggers.put(phase + "/" + basic(fires) + "-1500",
					fires + "T15:00 RUN " + asOf + " by " + deadline + "T09:00");
			triggers.put(phase + "/alert-" + basic(deadline),
					deadline + "T06:00 ALERT " + asOf + " by " + deadline + "T09:00");
		}
		// final.yml: the same times, as of the campaign's last day
		LocalDate deadline = ScheduleTestSupport.date(4, 7);
		LocalDate fires = workingDayBefore(deadline);
		LocalDate end = ScheduleTestSupport.date(4, 5);
		triggers.put("final/" + basic(fires) + "-1500", fires + "T15:00 RUN " + end + " by " + deadline + "T09:00");
		triggers.put("final/alert-" + basic(deadline), deadline + "T06:00 ALERT " + end + " by " + deadline + "T09:00");
		return triggers;
	}

	/** The Thursdays from 25 February to 20 March. */
	private static List<LocalDate> dueDates() {
		List<LocalDate> dates = new ArrayList<>();
		for (LocalDate date = ScheduleTestSupport.date(2, 25); !date
			.isAfter(ScheduleTestSupport.date(3, 20)); date = date.plusDays(1)) {
			if (date.getDayOfWeek() == DayOfWeek.THURSDAY) {
				dates.add(date);
			}
		}
		return dates;
	}

	/** The last weekday before the date (the campaign has no holidays). */
	private static LocalDate workingDayBefore(LocalDate date) {
		LocalDate day = date.minusDays(1);
		while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			day = day.minusDays(1);
		}
		return day;
	}

	/** 20270225 */
	private static String basic(LocalDate date) {
		return date.toString().replace("-", "");
	}

	/** group/name → what the trigger in the store does, as {@link #bundledTriggers()}. */
	private Map<String, String> triggers() throws Exception {
		Map<String, String> triggers = new TreeMap<>();
		for (String group : this.scheduler.getTriggerGroupNames()) {
			for (TriggerKey key : this.scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(group))) {
				Trigger trigger = this.scheduler.getTrigger(key);
				TriggerData data = TriggerData.from(trigger.getJobDataMap().getWrappedMap());
				triggers.put(group + "/" + key.getName(),
						campaignTime(trigger.getNextFireTime().toInstant()) + " " + data.kind() + " " + data.asOf()
								+ " by " + campaignTime(data.deadline()) + (data.force() ? " again" : ""));
			}
		}
		return triggers;
	}

	private static LocalDateTime campaignTime(Instant instant) {
		return LocalDateTime.ofInstant(instant, CAMPAIGN_ZONE);
	}

	/** The deliverables' Quartz jobs: name and description. */
	private List<String> jobs() throws Exception {
		List<String> jobs = new ArrayList<>();
		for (JobKey key : this.scheduler.getJobKeys(GroupMatcher.jobGroupEquals("chunfeng"))) {
			JobDetail job = this.scheduler.getJobDetail(key);
			assertThat(job.getJobClass()).isEqualTo(FiringJob.class);
			assertThat(job.isDurable()).isTrue();
			assertThat(job.requestsRecovery()).isTrue();
			jobs.add(key.getName() + " " + job.getDescription());
		}
		return jobs;
	}

	/** Trigger name → state of the deliverable's triggers. */
	private Map<String, Trigger.TriggerState> states(String deliverable) throws Exception {
		Map<String, Trigger.TriggerState> states = new TreeMap<>();
		for (TriggerKey key : this.scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(deliverable))) {
			states.put(key.getName(), this.scheduler.getTriggerState(key));
		}
		return states;
	}

}
