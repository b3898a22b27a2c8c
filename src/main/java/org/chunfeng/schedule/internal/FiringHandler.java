package org.chunfeng.schedule.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.chunfeng.campaign.Campaigns;
import org.chunfeng.deliverable.Deliverable;
import org.chunfeng.deliverable.DeliverableRuns;
import org.chunfeng.deliverable.Deliverables;
import org.chunfeng.deliverable.RunConflictException;
import org.chunfeng.deliverable.RunRecord;
import org.chunfeng.deliverable.RunRequest;
import org.chunfeng.deliverable.RunStatus;
import org.chunfeng.liveness.LivenessProperties;
import org.chunfeng.schedule.Alert;
import org.chunfeng.schedule.AlertSender;
import org.chunfeng.schedule.FiringOutcome;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * What a firing does: runs the deliverable (or records it missed when its deadline has
 * passed), schedules a retry when the run fails and time is left, and checks at the alert
 * time that the deliverable is out.
 */
@WhereTheSchedulerRuns
@Component
class FiringHandler {

	private static final Logger logger = LoggerFactory.getLogger(FiringHandler.class);

	static final String JOB_GROUP = "chunfeng";

	static final String RETRY_PREFIX = "retry-";

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Deliverables deliverables;

	private final Campaigns campaigns;

	private final DeliverableRuns runs;

	private final FiringLog log;

	private final AlertSender alerts;

	private final Scheduler scheduler;

	private final Clock clock;

	/** A run alive in another instance is looked at again after this. */
	private final Duration recheckAfter;

	FiringHandler(Deliverables deliverables, Campaigns campaigns, DeliverableRuns runs, FiringLog log,
			AlertSender alerts, Scheduler scheduler, Clock clock, LivenessProperties liveness) {
		this.deliverables = deliverables;
		this.campaigns = campaigns;
		this.runs = runs;
		this.log = log;
		this.alerts = alerts;
		this.scheduler = scheduler;
		this.clock = clock;
		this.recheckAfter = liveness.deadAfter().plus(liveness.checkEvery());
	}

	void handle(String deliverableId, String trigger, TriggerData data, Instant scheduledAt, String instance) {
		switch (data.kind()) {
			case RUN -> run(deliverableId, trigger, data, scheduledAt, instance);
			case ALERT -> checkOut(deliverableId, data);
		}
	}

	private void run(String deliverableId, String trigger, TriggerData data, Instant scheduledAt, String instance) {
		Instant now = this.clock.instant();
		if (now.isAfter(data.deadline())) {
			this.log.record(deliverableId, trigger, data.asOf(), scheduledAt, now, data.deadline(),
					FiringOutcome.MISSED, null, "截止时间已过，未运行", instance);
			alert(deliverableId, data, Alert.Kind.MISSED,
					"【春风行动】定时任务错过截止时间：" + title(deliverableId) + "（截至" + data.asOf() + "）",
					"原定 " + shown(scheduledAt) + " 运行的“" + title(deliverableId) + "”（截至" + data.asOf() + "）在截止时间 "
							+ shown(data.deadline()) + " 之前未能运行（服务未运行或已暂停），请尽快手工运行并发送。");
			return;
		}
		Optional<Deliverable> deliverable = this.deliverables.find(deliverableId);
		FiringOutcome outcome;
		Long runId = null;
		String message;
		Duration retryAfter = deliverable.map((found) -> found.schedule().retryEvery()).orElse(null);
		try {
			if (deliverable.isEmpty()) {
				throw new IllegalStateException("jobs/ 中已没有 " + deliverableId);
			}
			RunRecord run = this.runs.run(new RunRequest(deliverableId, data.asOf(), data.force(), true, "scheduler"));
			runId = run.id();
			// completed with a rejected recipient: not fully sent, and a retry would not
			// change it (the admins were alerted)
			// a draft waiting for approval is not retried (it would only wait again) and
			// not counted as sent: the alert check looks at it again
			outcome = FiringOutcome.of(run.status());
			message = run.status() + ((run.exitMessage() != null) ? ": " + run.exitMessage() : "");
		}
		catch (RunConflictException ex) {
			// running in a live instance (or its JVM only just died): looked at again
			// once
			// a dead one would have been taken over
			logger.info("firing {} of {}: {}", trigger, deliverableId, ex.getMessage());
			outcome = FiringOutcome.ALREADY_RUNNING;
			runId = ex.runId();
			message = ex.getMessage();
			retryAfter = this.recheckAfter;
		}
		catch (RuntimeException ex) {
			logger.error("firing {} of {} failed", trigger, deliverableId, ex);
			outcome = FiringOutcome.FAILED;
			message = String.valueOf(ex.getMessage());
		}
		this.log.record(deliverableId, trigger, data.asOf(), scheduledAt, now, data.deadline(), outcome, runId, message,
				instance);
		if ((outcome == FiringOutcome.FAILED || outcome == FiringOutcome.ALREADY_RUNNING) && deliverable.isPresent()) {
			scheduleRetry(deliverable.get(), trigger, data, retryAfter);
		}
	}

	private void scheduleRetry(Deliverable deliverable, String trigger, TriggerData data, Duration after) {
		Instant at = this.clock.instant().plus(after);
		if (!at.isBefore(data.deadline())) {
			logger.warn("{} (as of {}) failed and no retry fits before its deadline {}", deliverable.id(), data.asOf(),
					data.deadline());
			return;
		}
		String base = trigger.startsWith(RETRY_PREFIX) ? trigger.substring(trigger.indexOf('@') + 1) : trigger;
		Trigger retry = TriggerBuilder.newTrigger()
			.withIdentity(RETRY_PREFIX + at.toEpochMilli() + "@" + base, deliverable.id())
			.forJob(JobKey.jobKey(deliverable.id(), JOB_GROUP))
			.usingJobData(data.toMap())
			.startAt(Date.from(at))
			.withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
			.build();
		try {
			this.scheduler.scheduleJob(retry);
			logger.info("{} (as of {}) failed: retry at {}", deliverable.id(), data.asOf(), at);
		}
		catch (SchedulerException ex) {
			logger.error("cannot schedule the retry of {}", deliverable.id(), ex);
		}
	}

	/** At the alert time: the admins hear of it when the deliverable is still not out. */
	private void checkOut(String deliverableId, TriggerData data) {
		if (isOut(deliverableId, data)) {
			return;
		}
		if (!this.clock.instant().isBefore(data.deadline())) {
			// checked only after the deadline (the service was down): it is missed, not
			// about to be
			alert(deliverableId, data, Alert.Kind.MISSED,
					"【春风行动】定时任务错过截止时间：" + title(deliverableId) + "（截至" + data.asOf() + "）",
					"“" + title(deliverableId) + "”（截至" + data.asOf() + "）截止时间 " + shown(data.deadline())
							+ " 已过，至今未成功发送。请在控制台查看运行记录，排除问题后立即运行并发送。");
			return;
		}
		Optional<RunRecord> waiting = awaitingApproval(deliverableId, data);
		if (waiting.isPresent()) {
			long runId = waiting.get().id();
			alert(deliverableId, data, Alert.Kind.AT_RISK,
					"【春风行动】即将逾期：" + title(deliverableId) + "（截至" + data.asOf() + "）报告稿尚未审核",
					"“" + title(deliverableId) + "”（截至" + data.asOf() + "）的报告稿已于 "
							+ ((waiting.get().endedAt() != null) ? shown(waiting.get().endedAt()) : "此前") + " 发送审核（运行 #"
							+ runId + "），至今未审核通过，报告尚未发送给领导。截止时间为 " + shown(data.deadline()) + "。请尽快审核：在控制台打开运行 #"
							+ runId + " 点“审核通过”（可上传修改后的报告稿），或运行 chunfeng approve " + runId + "。");
			return;
		}
		alert(deliverableId, data, Alert.Kind.AT_RISK,
				"【春风行动】即将逾期：" + title(deliverableId) + "（截至" + data.asOf() + "）尚未发送",
				"“" + title(deliverableId) + "”（截至" + data.asOf() + "）截止时间为 " + shown(data.deadline())
						+ "，至今尚未成功发送。请在控制台查看运行记录，排除问题后立即运行。");
	}

	/** The run of the report whose draft waits for approval, if any. */
	private Optional<RunRecord> awaitingApproval(String deliverableId, TriggerData data) {
		return this.runs.recent(500)
			.stream()
			.filter((run) -> run.deliverable().equals(deliverableId) && data.asOf().equals(run.asOf()))
			.filter((run) -> run.status() == RunStatus.AWAITING_APPROVAL)
			.findFirst();
	}

	boolean isOut(String deliverableId, TriggerData data) {
		if (this.log.completed(deliverableId, data.asOf())) {
			return true;
		}
		List<RunRecord> recent = this.runs.recent(500);
		// completed with a rejected recipient is out for this check: the admins were
		// alerted about the recipient, and "not sent yet" would be untrue
		return recent.stream()
			.anyMatch((run) -> run.deliverable().equals(deliverableId) && data.asOf().equals(run.asOf())
					&& (run.status() == RunStatus.COMPLETED || run.status() == RunStatus.COMPLETED_WITH_FAILURES));
	}

	private void alert(String deliverableId, TriggerData data, Alert.Kind kind, String subject, String body) {
		// one alert per cause per deadline, and none "about to be late" once it is missed
		if (this.log.alerted(deliverableId, data.asOf(), kind)
				|| (kind == Alert.Kind.AT_RISK && this.log.alerted(deliverableId, data.asOf(), Alert.Kind.MISSED))) {
			return;
		}
		Alert alert = new Alert(deliverableId, data.asOf(), kind, data.deadline().atZone(zone()), subject, body);
		List<String> recipients = this.alerts.send(alert);
		this.log.recordAlert(deliverableId, data.asOf(), kind, data.deadline(), this.clock.instant(), recipients,
				subject);
	}

	private String title(String deliverableId) {
		return this.deliverables.find(deliverableId).map(Deliverable::title).orElse(deliverableId);
	}

	private ZoneId zone() {
		return this.campaigns.current().zone();
	}

	private String shown(Instant instant) {
		return SHOWN.format(instant.atZone(zone()));
	}

}
