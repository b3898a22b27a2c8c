package org.chunfeng.deliverable;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chunfeng.DatabaseCleaner;
import org.chunfeng.ReportsCleaner;
import org.chunfeng.Workspace;
import org.chunfeng.delivery.MailParts;
import org.chunfeng.delivery.MailState;
import org.chunfeng.delivery.MailTestSupport;
import org.chunfeng.delivery.OutboxEntry;
import org.chunfeng.intake.platform.PlatformIntake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deliverable's run end to end as a Spring Batch job, delivering to a real SMTP server:
 * identity, restart from the failed delivery, exactly one message per recipient.
 */
@SpringBootTest
class DeliverableRunTests extends MailTestSupport {

	private static final LocalDate AS_OF = LocalDate.of(2024, 2, 29);

	private static final String SUBJECT = "【春风行动】全省开展情况统计（截至2024年2月29日）";

	private static final List<String> REPORT_RECIPIENTS = List.of("leader@rst.shanxi.example",
			"jiuye@rst.shanxi.example");

	@Autowired
	DeliverableRuns runs;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Workspace workspace;

	@Autowired
	PlatformIntake platform;

	@BeforeEach
	void clean() throws Exception {
		DatabaseCleaner.clean(this.jdbc);
		ReportsCleaner.clean(this.workspace);
		// fresh platform data (its record updated on 6 March: recent enough for the
		// periods of 29 February and 7 March), so that a run with nothing submitted has
		// nothing to alert
		this.platform.importFile(Files.writeString(Files.createTempDirectory("platform").resolve("export.csv"), """
				活动编号,活动名称,活动形式,区划代码,所属地市,所属县区,开始日期,结束日期,参会单位数,提供岗位数,达成就业意向人数,专项活动名称,活动状态,更新时间
				A1,招聘会,线上,140105,太原市,小店区,2024-02-01,2024-02-01,10,100,10,2024年春风行动,已结束,2024-03-06 10:00
				"""));
	}

	@Test
	void compilesAndMailsTheReportToEachRecipientOfItsGroups() throws Exception {
		RunRecord run = this.runs.run(new RunRequest("weekly", AS_OF, false, true, "test"));

		assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(run.steps()).extracting(RunRecord.Step::name)
			.containsExactly("ingestPlatformStep", "ingestCityReportsStep", "reconcileStep", "compileStep",
					"deliverStep");
		assertThat(run.reportFile()).isEqualTo("out/reports/chunfeng-weekly-2024-02-29.xlsx");
		assertThat(this.runs.reportFile(run.id())).isPresent();
		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(received).hasSize(2);
		assertThat(recipients(received)).containsExactlyInAnyOrderElementsOf(REPORT_RECIPIENTS);
		MimeMessage message = received[0];
		assertThat(message.getSubject()).isEqualTo(SUBJECT);
		String html = MailParts.part(message, "text/html").getContent().toString();
		// nothing submitted: no zeros, no totals
		assertThat(html.substring(html.indexOf("<p>") + 3)).startsWith("截至2024年2月29日，各市均未报送数据。");
		assertThat(html).contains("cid:chart");
		Part chart = MailParts.part(message, "image/png");
		assertThat(chart.getHeader("Content-ID")[0]).isEqualTo("<chart>");
		// named like the attachments, shown in the body
		assertThat(chart.getDisposition()).isEqualTo(Part.INLINE);
		assertThat(chart.getHeader("Content-Disposition")[0]).contains("filename=\"=?UTF-8?B?");
		assertThat(MimeUtility.decodeText(chart.getFileName())).isEqualTo("各市岗位数.png");
		assertThat(MailParts.part(message, "text/plain").getContent().toString()).startsWith("截至2024年2月29日，各市均未报送数据。");
		Part attachment = MailParts.part(message, "application/vnd.openxmlformats");
		assertThat(MimeUtility.decodeText(attachment.getFileName())).isEqualTo("春风行动开展情况统计表（截至2024年2月29日）.xlsx");
		try (InputStream in = attachment.getInputStream(); Workbook workbook = new XSSFWorkbook(in)) {
			assertThat(workbook.getSheet("统计表")).isNotNull();
		}
		assertThat(this.runs.deliveries(run.id())).extracting(OutboxEntry::state).containsOnly(MailState.SENT);
	}

	@Test
	void failsAtDeliveryWhenSmtpIsDownAndRestartSendsEachRecipientExactlyOnce() throws Exception {
		greenMail.stop();

		RunRecord failed = this.runs.run(new RunRequest("weekly", AS_OF, false, true, "test"));

		assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
		assertThat(failed.steps()).extracting(RunRecord.Step::name, RunRecord.Step::status)
			.endsWith(org.assertj.core.groups.Tuple.tuple("compileStep", RunStatus.COMPLETED),
					org.assertj.core.groups.Tuple.tuple("deliverStep", RunStatus.FAILED));
		assertThat(this.runs.deliveries(failed.id())).hasSize(2).allMatch(OutboxEntry::unsent);
		assertThat(failed.exitMessage()).startsWith("2 封邮件未能发送 (smtp://127.0.0.1:" + SMTP_PORT + ")")
			.doesNotContain("\tat ");

		greenMail.start();
		RunRecord restarted = this.runs.restart(failed.id());

		assertThat(restarted.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(restarted.steps()).extracting(RunRecord.Step::name).containsExactly("deliverStep");
		assertThat(restarted.reportFile()).isEqualTo(failed.reportFile());
		assertThat(recipients(greenMail.getReceivedMessages())).containsExactlyInAnyOrderElementsOf(REPORT_RECIPIENTS);
		assertThat(this.runs.deliveries(restarted.id())).extracting(OutboxEntry::state).containsOnly(MailState.SENT);
	}

	@Test
	void runningAFailedRunAgainResumesItAtDelivery() throws Exception {
		greenMail.stop();
		RunRecord failed = this.runs.run(new RunRequest("weekly", AS_OF, false, true, "scheduler"));
		greenMail.start();

		RunRecord resumed = this.runs.run(new RunRequest("weekly", AS_OF, false, true, "scheduler"));

		assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
		assertThat(resumed.id()).isNotEqualTo(failed.id());
		assertThat(resumed.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(resumed.steps()).extracting(RunRecord.Step::name).containsExactly("deliverStep");
		assertThat(greenMail.getReceivedMessages()).hasSize(2);
	}

	@Test
	void sameRunAgainWithoutForceSendsNothingNewAndForceSendsAgain() throws Exception {
		RunRecord first = this.runs.run(new RunRequest("weekly", AS_OF, false, true, "test"));
		RunRecord again = this.runs.run(new RunRequest("weekly", AS_OF, false, true, "test"));

		assertThat(again.id()).isEqualTo(first.id());
		assertThat(greenMail.getReceivedMessages()).hasSize(2);

		RunRecord forced = this.runs.run(new RunRequest("weekly", AS_OF, true, true, "test"));

		assertThat(forced.id()).isNotEqualTo(first.id());
		assertThat(forced.status()).isEqualTo(RunStatus.COMPLETED);
		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(received).hasSize(4);
		assertThat(Arrays.stream(received).map(DeliverableRunTests::messageId).distinct()).hasSize(4);
	}

	@Test
	void noMailCompilesWithoutSendingAnything() {
		RunRecord run = this.runs.run(new RunRequest("weekly", LocalDate.of(2024, 3, 7), false, false, "test"));

		assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(Files.exists(this.runs.reportFile(run.id()).orElseThrow())).isTrue();
		assertThat(greenMail.getReceivedMessages()).isEmpty();
		assertThat(this.runs.deliveries(run.id())).isEmpty();
	}

	@Test
	void reminderGoesToEachCityNotYetSubmittedWithoutReport() throws Exception {
		RunRecord run = this.runs.run(new RunRequest("reminder", AS_OF, false, true, "test"));

		assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(run.reportFile()).isNull();
		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(received).hasSize(11);
		assertThat(received[0].getSubject()).isEqualTo("【春风行动】请于2024年2月29日18时前报送春风行动开展情况统计表");
		assertThat(recipients(received)).contains("ty@rst.shanxi.example", "ll@rst.shanxi.example");
	}

	@Test
	void listsRecentRunsNewestFirst() {
		RunRecord first = this.runs.run(new RunRequest("weekly", AS_OF, false, false, "test"));
		RunRecord second = this.runs.run(new RunRequest("weekly", LocalDate.of(2024, 3, 7), false, false, "test"));

		assertThat(this.runs.recent(10)).extracting(RunRecord::id).containsExactly(second.id(), first.id());
		// previews: each its own file
		assertThat(this.runs.recent(10)).extracting(RunRecord::reportFile)
			.containsExactly("out/reports/chunfeng-weekly-2024-03-07-preview-" + second.id() + ".xlsx",
					"out/reports/chunfeng-weekly-2024-02-29-preview-" + first.id() + ".xlsx");
		assertThat(this.runs.recent(10).get(0).steps()).hasSize(5);
		assertThat(this.runs.lastOf("weekly")).map(RunRecord::asOf).contains(LocalDate.of(2024, 3, 7));
		assertThat(this.runs.find(first.id())).map(RunRecord::requestedBy).contains("test");
	}

	static List<String> recipients(MimeMessage[] messages) throws Exception {
		List<String> recipients = new java.util.ArrayList<>();
		for (MimeMessage message : messages) {
			for (var address : message.getAllRecipients()) {
				recipients.add(address.toString());
			}
		}
		return recipients;
	}

	private static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
