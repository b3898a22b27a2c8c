package org.chunfeng.schedule.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.mail.internet.MimeMessage;
import org.chunfeng.deliverable.PhaseScenario;
import org.chunfeng.delivery.MailParts;
import org.chunfeng.deliverable.PipelineTestSupport;
import org.chunfeng.schedule.Alert;
import org.chunfeng.schedule.AlertRecord;
import org.chunfeng.schedule.FiringOutcome;
import org.chunfeng.schedule.FiringRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.impl.matchers.GroupMatcher;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schedule and a phase report whose draft waits for approval (SPEC §5.5), with the
 * real pipeline and a real SMTP server: the firing does not count it as sent and does not
 * retry it, a retry sends nothing again, and at the alert margin the admins hear once
 * that nobody has approved it.
 */
@SpringBootTest
class UnapprovedDraftAlertTests extends PipelineTestSupport {

	private static final LocalDate AS_OF = PhaseScenario.FEB_01;

	@Autowired
	FiringHandler handler;

	@Autowired
	FiringLog log;

	@Autowired
	Scheduler scheduler;

	@BeforeEach
	void clean() {
		PhaseScenario scenario = new PhaseScenario(this.cityIntake, this.platformIntake);
		scenario.importPlatform();
		scenario.phase1();
	}

	@Test
	void aDraftNobodyApprovesIsNeitherRetriedNorCountedAsSentAndTheAdminsAreAlertedOnce() throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofHours(3));
		TriggerData run = new TriggerData(TriggerData.Kind.RUN, AS_OF, deadline, false);

		this.handler.handle("phase1", "20240201-1500", run, Instant.now(), "test");

		FiringRecord firing = this.log.recent(1).get(0);
		assertThat(firing.outcome()).isEqualTo(FiringOutcome.AWAITING_APPROVAL);
		long runId = firing.runId();
		assertThat(this.scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals("phase1"))).isEmpty();
		assertThat(greenMail.getReceivedMessages()).hasSize(1);
		assertThat(this.handler.isOut("phase1", run)).isFalse();

		// a retry of the firing (or a missed one at start-up) sends nothing again
		this.handler.handle("phase1", "retry-1@20240201-1500", run, Instant.now(), "test");
		assertThat(this.log.recent(2)).extracting(FiringRecord::outcome, FiringRecord::runId)
			.containsOnly(org.assertj.core.groups.Tuple.tuple(FiringOutcome.AWAITING_APPROVAL, runId));
		assertThat(greenMail.getReceivedMessages()).hasSize(1);

		TriggerData check = new TriggerData(TriggerData.Kind.ALERT, AS_OF, deadline, false);
		this.handler.handle("phase1", "alert-20240202", check, Instant.now(), "test");
		this.handler.handle("phase1", "alert-20240202", check, Instant.now(), "test");

		assertThat(this.log.recentAlerts(10)).extracting(AlertRecord::kind, AlertRecord::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Alert.Kind.AT_RISK,
					"【春风行动】即将逾期：春风行动春节前阶段性活动进展（截至2024-02-01）报告稿尚未审核"));
		MimeMessage[] alerts = greenMail.getReceivedMessagesForDomain("admin@rst.shanxi.example");
		assertThat(alerts).hasSize(1);
		String body = MailParts.part(alerts[0], "text/plain").getContent().toString();
		assertThat(body).contains("（运行 #" + runId + "），至今未审核通过，报告尚未发送给领导。")
			.contains("或运行 chunfeng approve " + runId + "。");
		assertThat(greenMail.getReceivedMessagesForDomain("leader@rst.shanxi.example")).isEmpty();

		this.runs.approve(runId, null, "admin");

		assertThat(this.handler.isOut("phase1", run)).isTrue();
		assertThat(greenMail.getReceivedMessagesForDomain("leader@rst.shanxi.example")).hasSize(1);
	}

}
