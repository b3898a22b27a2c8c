package org.chunfeng.schedule.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.chunfeng.campaign.Campaigns;
import org.chunfeng.deliverable.Deliverables;
import org.chunfeng.schedule.Firing;
import org.chunfeng.schedule.FiringPlan;
import org.chunfeng.schedule.ScheduleTestSupport;
import org.chunfeng.schedule.ScheduledContextTest;
import org.chunfeng.schedule.Schedules.SyncResult;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class TriggerSyncTests extends ScheduledContextTest {

	@Autowired
	QuartzSchedules schedules;

	@Autowired
	Scheduler scheduler;

	@Autowired
	Deliverables deliverables;

	@Autowired
	Campaigns campaigns;

	@Test
	void createsOneTriggerPerFiringAndOneAlertCheckPerDueDate() throws Exception {
		SyncResult result = this.schedules.sync();
		List<Firing> firings = FiringPlan.of(this.deliverables.all(), this.campaigns.current());
		int weeks = weeklyDueDates();
		// weekly at 18:30 and reminders at 12:00 and 16:00 each due date; each phase
		// report and the final one once; an alert check per deliverable and date
		assertThat(firings).extracting(Firing::deliverable).filteredOn("weekly"::equals).hasSize(weeks).isNotEmpty();
		assertThat(firings).extracting(Firing::deliverable).filteredOn("reminder"::equals).hasSize(2 * weeks);
		assertThat(firings).extracting(Firing::deliverable)
			.filteredOn((deliverable) -> deliverable.startsWith("phase") || deliverable.equals("final"))
			.containsExactlyInAnyOrder("phase1", "phase2", "final");
		assertThat(result).isEqualTo(new SyncResult(triggerCount(weeks), 0, 0, 0));
		assertThat(triggers()).hasSize(triggerCount(weeks)).isEqualTo(expected());
		Trigger weekly = this.scheduler.getTrigger(TriggerKey.triggerKey(
				firings.stream().filter((f) -> f.deliverable().equals("weekly")).findFirst().orElseThrow().key(),
				"weekly"));
		assertThat(weekly.getJobKey()).isEqualTo(JobKey.jobKey("weekly", "chunfeng"));
		assertThat(weekly.getMisfireInstruction()).isEqualTo(1);
		assertThat(this.scheduler.getJobKeys(GroupMatcher.jobGroupEquals("chunfeng"))).extracting(JobKey::getName)
			.containsExactlyInAnyOrder("weekly", "reminder", "phase1", "phase2", "final");
	}

	@Test
	void syncsAtStartUpOnlyWhereTheSchedulerRuns() throws Exception {
		this.schedules.syncWhenStarted();
		assertThat(triggers()).isEmpty();
		this.scheduler.start();
		try {
			this.schedules.syncWhenStarted();
			assertThat(triggers()).isEqualTo(expected());
		}
		finally {
			this.scheduler.standby();
		}
	}

	@Test
	void aSecondSyncChangesNothing() {
		SyncResult first = this.schedules.sync();
		SyncResult second = this.schedules.sync();
		assertThat(first).isEqualTo(new SyncResult(triggerCount(weeklyDueDates()), 0, 0, 0));
		assertThat(second).isEqualTo(new SyncResult(0, 0, 0, first.created()));
	}

	@Test
	void followsAChangedOrRemovedJobFile() throws Exception {
		this.schedules.sync();
		Path weekly = ScheduleTestSupport.jobs().resolve("weekly.yml");
		Files.writeString(weekly, Files.readString(weekly).replace("\"18:30\"", "\"19:15\""));
		Files.delete(ScheduleTestSupport.jobs().resolve("final.yml"));
		SyncResult result = this.schedules.sync();
		int weeklyFirings = (int) FiringPlan.of(this.deliverables.get("weekly"), this.campaigns.current()).size();
		// weekly: every firing moves to 19:15 (new names); final: its firing and alert go
		assertThat(result.created()).isEqualTo(weeklyFirings);
		assertThat(result.removed()).isEqualTo(weeklyFirings + 2);
		assertThat(triggers()).isEqualTo(expected());
		assertThat(triggers().keySet()).anyMatch((key) -> key.startsWith("weekly/") && key.endsWith("-1915"))
			.noneMatch((key) -> key.endsWith("-1830"))
			.noneMatch((key) -> key.startsWith("final/"));
		assertThat(this.scheduler.checkExists(JobKey.jobKey("final", "chunfeng"))).isFalse();
	}

	@Test
	void updatesATriggerWhoseDeadlineChanged() throws Exception {
		this.schedules.sync();
		Path phase1 = ScheduleTestSupport.jobs().resolve("phase1.yml");
		Files.writeString(phase1,
				Files.readString(phase1).replace("deadline-time: \"09:00\"", "deadline-time: \"10:00\""));
		SyncResult result = this.schedules.sync();
		// the run trigger carries the new deadline; the alert check moves an hour later
		assertThat(result.updated()).isEqualTo(2);
		assertThat(triggers()).isEqualTo(expected());
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
		for (TriggerKey key : this.scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals("weekly"))) {
			assertThat(this.scheduler.getTriggerState(key)).isEqualTo(Trigger.TriggerState.PAUSED);
		}
		this.schedules.resume("weekly");
		for (TriggerKey key : this.scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals("weekly"))) {
			assertThat(this.scheduler.getTriggerState(key)).isEqualTo(Trigger.TriggerState.NORMAL);
		}
	}

	/**
	 * The test campaign's weekly due dates, counted here rather than by the code under
	 * test: the Thursdays from 25 February to 20 March (it has no holidays).
	 */
	private static int weeklyDueDates() {
		int weeks = 0;
		for (LocalDate date = ScheduleTestSupport.date(2, 25); !date
			.isAfter(ScheduleTestSupport.date(3, 20)); date = date.plusDays(1)) {
			if (date.getDayOfWeek() == DayOfWeek.THURSDAY) {
				weeks++;
			}
		}
		return weeks;
	}

	/**
	 * Triggers for a campaign of so many weekly due dates: weekly (1) and reminder (2)
	 * firings and their alert checks (1 each) per due date, and the three phase and final
	 * reports with an alert check each.
	 */
	private static int triggerCount(int weeks) {
		return weeks * (1 + 2) + weeks * 2 + 3 * 2;
	}

	/** group/name → start time of every trigger in the store. */
	private Map<String, Instant> triggers() throws Exception {
		Map<String, Instant> triggers = new TreeMap<>();
		for (String group : this.scheduler.getTriggerGroupNames()) {
			for (TriggerKey key : this.scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(group))) {
				triggers.put(group + "/" + key.getName(), this.scheduler.getTrigger(key).getStartTime().toInstant());
			}
		}
		return triggers;
	}

	/** What jobs/ and the campaign say now. */
	private Map<String, Instant> expected() {
		Map<String, Instant> expected = new TreeMap<>();
		for (Firing firing : FiringPlan.of(this.deliverables.all(), this.campaigns.current())) {
			expected.put(firing.deliverable() + "/" + firing.key(), firing.at().toInstant());
			expected.put(firing.deliverable() + "/alert-" + firing.anchorDate().toString().replace("-", ""),
					firing.alertAt().toInstant());
		}
		return expected;
	}

}
