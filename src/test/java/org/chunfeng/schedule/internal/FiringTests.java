package org.chunfeng.schedule.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.chunfeng.deliverable.RunRequest;
import org.chunfeng.deliverable.RunStatus;
import org.chunfeng.delivery.MailKind;
import org.chunfeng.delivery.MailState;
import org.chunfeng.delivery.Outbox;
import org.chunfeng.delivery.OutboxEntry;
import org.chunfeng.logging.LogContext;
import org.chunfeng.schedule.Alert;
import org.chunfeng.schedule.AlertRecord;
import org.chunfeng.schedule.FiringOutcome;
import org.chunfeng.schedule.FiringRecord;
import org.chunfeng.schedule.ScheduleTestSupport;
import org.chunfeng.schedule.ScheduledContextTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

class FiringTests extends ScheduledContextTest {

	@Autowired
	Scheduler scheduler;

	@Autowired
	FiringHandler handler;

	@Autowired
	FiringLog log;

	@Autowired
	Outbox outbox;

	@AfterEach
	void stopScheduler() throws Exception {
		this.scheduler.standby();
	}

	@Test
	void misfiredFiringRunsAtStartUpBeforeItsDeadlineAndIsRecordedMissedAfterIt() throws Exception {
		LocalDate asOf = ScheduleTestSupport.date(2, 25);
		Instant missedWhileDown = Instant.now().minusSeconds(10);
		addJob("weekly");
		addJob("phase1");
		this.scheduler.scheduleJob(trigger("weekly", "stillDue", missedWhileDown,
				new TriggerData(TriggerData.Kind.RUN, asOf, Instant.now().plus(Duration.ofHours(1)), false)));
		this.scheduler.scheduleJob(trigger("phase1", "tooLate", missedWhileDown,
				new TriggerData(TriggerData.Kind.RUN, asOf, Instant.now().minusSeconds(1), false)));
		this.scheduler.start();
		List<FiringRecord> firings = awaitFirings(2);
		assertThat(firings).extracting((firing) -> firing.deliverable() + " " + firing.outcome())
			.containsExactlyInAnyOrder("weekly COMPLETED", "phase1 MISSED");
		FiringRecord missed = firings.stream()
			.filter((f) -> f.deliverable().equals("phase1"))
			.findFirst()
			.orElseThrow();
		assertThat(missed.runId()).isNull();
		// when the firing was planned, not when it fired after the misfire
		assertThat(firings).extracting(FiringRecord::scheduledAt)
			.containsOnly(missedWhileDown.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
		assertThat(this.runs.requests()).containsExactly(new RunRequest("weekly", asOf, false, true, "scheduler"));
		// the run's log lines name the firing
		assertThat(this.runs.logContexts())
			.containsExactly(Map.of(LogContext.FIRING, "weekly/stillDue", LogContext.DELIVERABLE, "weekly"));
		List<AlertRecord> alerts = awaitAlerts();
		assertThat(alerts).extracting((alert) -> alert.deliverable() + " " + alert.kind() + " " + alert.asOf())
			.containsExactly("phase1 MISSED " + asOf);
		assertThat(alerts.get(0).recipients()).isEqualTo("admin@rst.shanxi.example");
		assertThat(alertMail()).extracting(OutboxEntry::subject, OutboxEntry::to, OutboxEntry::state)
			.containsExactly(tuple("【春风行动】定时任务错过截止时间：春风行动春节前阶段性活动进展（截至" + asOf + "）",
					List.of("admin@rst.shanxi.example"), MailState.SENT));
	}

	@Test
	void atRiskAlertIsSentOnceWhenTheDeliverableIsStillNotOut() throws Exception {
		LocalDate asOf = ScheduleTestSupport.date(3, 4);
		TriggerData check = new TriggerData(TriggerData.Kind.ALERT, asOf, Instant.now().plus(Duration.ofHours(2)),
				false);
		this.runs.add("weekly", asOf.minusWeeks(1), RunStatus.COMPLETED);
		this.runs.add("weekly", asOf, RunStatus.FAILED);
		this.handler.handle("weekly", "alert-x", check, Instant.now(), "test");
		this.handler.handle("weekly", "alert-x", check, Instant.now(), "test");
		List<AlertRecord> alerts = this.log.recentAlerts(10);
		assertThat(alerts).extracting((alert) -> alert.deliverable() + " " + alert.kind() + " " + alert.asOf())
			.containsExactly("weekly AT_RISK " + asOf);
		assertThat(alerts.get(0).message()).isEqualTo("【春风行动】即将逾期：春风行动开展情况统计表（截至" + asOf + "）尚未发送");
		assertThat(alertMail()).extracting(OutboxEntry::subject, OutboxEntry::to, OutboxEntry::state)
			.containsExactly(tuple(alerts.get(0).message(), List.of("admin@rst.shanxi.example"), MailState.SENT));
	}

	@Test
	void alertCheckAfterAMissedDeadlineSendsNoAboutToBeLateAlert() {
		LocalDate asOf = ScheduleTestSupport.date(3, 4);
		Instant deadline = Instant.now().minusSeconds(60);
		// at start-up after downtime: the overdue firing is recorded missed, then the
		// overdue alert check fires in the same second
		this.handler.handle("weekly", "20270304-1830", new TriggerData(TriggerData.Kind.RUN, asOf, deadline, false),
				deadline.minusSeconds(3600), "test");
		this.handler.handle("weekly", "alert-20270304", new TriggerData(TriggerData.Kind.ALERT, asOf, deadline, false),
				deadline.minusSeconds(7200), "test");

		assertThat(this.log.recentAlerts(10)).extracting(AlertRecord::kind).containsExactly(Alert.Kind.MISSED);
		assertThat(alertMail()).hasSize(1);
	}

	@Test
	void alertCheckThatFiresOnlyAfterTheDeadlineSaysMissed() {
		LocalDate asOf = ScheduleTestSupport.date(3, 4);
		this.runs.add("weekly", asOf, RunStatus.FAILED);
		this.handler.handle("weekly", "alert-20270304",
				new TriggerData(TriggerData.Kind.ALERT, asOf, Instant.now().minusSeconds(60), false), Instant.now(),
				"test");

		assertThat(this.log.recentAlerts(10)).extracting(AlertRecord::kind).containsExactly(Alert.Kind.MISSED);
	}

	@Test
	void noAlertWhenTheDeliverableIsOut() {
		LocalDate asOf = ScheduleTestSupport.date(3, 4);
		this.runs.add("weekly", asOf, RunStatus.COMPLETED);
		this.handler.handle("weekly", "alert-x",
				new TriggerData(TriggerData.Kind.ALERT, asOf, Instant.now().plus(Duration.ofHours(2)), false),
				Instant.now(), "test");
		assertThat(this.log.recentAlerts(10)).isEmpty();
	}

	@Test
	void failedRunIsRetriedAfterTheConfiguredIntervalBeforeTheDeadline() throws Exception {
		LocalDate asOf = ScheduleTestSupport.date(1, 28);
		addJob("phase1");
		this.runs.failing(true);
		Instant before = Instant.now();
		this.handler.handle("phase1", "20270128-1500",
				new TriggerData(TriggerData.Kind.RUN, asOf, before.plus(Duration.ofHours(18)), false), before, "test");
		assertThat(this.log.recent(10)).extracting(FiringRecord::outcome).containsExactly(FiringOutcome.FAILED);
		List<TriggerKey> retries = List
			.copyOf(this.scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals("phase1")));
		assertThat(retries).hasSize(1);
		assertThat(retries.get(0).getName()).startsWith("retry-").endsWith("@20270128-1500");
		Trigger retry = this.scheduler.getTrigger(retries.get(0));
		assertThat(Duration.between(before, retry.getStartTime().toInstant())).isBetween(Duration.ofMinutes(59),
				Duration.ofMinutes(61));
	}

	@Test
	void noRetryIsScheduledPastTheDeadline() throws Exception {
		addJob("weekly");
		this.runs.failing(true);
		this.handler.handle("weekly", "x", new TriggerData(TriggerData.Kind.RUN, ScheduleTestSupport.date(3, 4),
				Instant.now().plus(Duration.ofMinutes(30)), false), Instant.now(), "test");
		assertThat(this.scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals("weekly"))).isEmpty();
	}

	private void addJob(String deliverable) throws Exception {
		this.scheduler.addJob(JobBuilder.newJob(FiringJob.class)
			.withIdentity(JobKey.jobKey(deliverable, "chunfeng"))
			.storeDurably()
			.build(), true);
	}

	private static Trigger trigger(String deliverable, String name, Instant at, TriggerData data) {
		return TriggerBuilder.newTrigger()
			.withIdentity(name, deliverable)
			.forJob(JobKey.jobKey(deliverable, "chunfeng"))
			.usingJobData(data.toMap())
			.startAt(Date.from(at))
			.withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
			.build();
	}

	private List<FiringRecord> awaitFirings(int count) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> this.log.recent(10), (firings) -> firings.size() >= count);
	}

	private List<AlertRecord> awaitAlerts() {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> this.log.recentAlerts(10), (alerts) -> !alerts.isEmpty());
	}

	private List<OutboxEntry> alertMail() {
		return this.outbox.recent(20).stream().filter((entry) -> entry.kind() == MailKind.ALERT).toList();
	}

}
