package org.chunfeng.deliverable;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.chunfeng.ChunfengApplication;
import org.chunfeng.audit.AuditEntry;
import org.chunfeng.audit.AuditLog;
import org.chunfeng.delivery.MailKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chunfeng.deliverable.PhaseScenario.FEB_01;

/**
 * Sign-off end to end (SPEC §5.5), with a real SMTP server: a phase report's draft goes
 * to staff and the run waits; nothing reaches the leaders until an admin approves; the
 * approval is audited with who and when, sends the approved document (an edited one when
 * uploaded), and survives a restart of the service.
 */
@SpringBootTest
class SignOffTests extends PipelineTestSupport {

	private static final String LEADER = "leader@rst.shanxi.example";

	private static final String STAFF = "jiuye@rst.shanxi.example";

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	@Autowired
	AuditLog audit;

	@Autowired
	Environment environment;

	@BeforeEach
	void clean() {
		PhaseScenario scenario = new PhaseScenario(this.cityIntake, this.platformIntake);
		scenario.importPlatform();
		scenario.phase1();
	}

	@Test
	void theDraftGoesToStaffAndTheReportToTheLeadersOnlyOnceAnAdminApprovesIt() throws Exception {
		RunRecord drafted = this.runs.run(new RunRequest("phase1", FEB_01, false, true, "scheduler"));

		assertThat(drafted.status()).isEqualTo(RunStatus.AWAITING_APPROVAL);
		assertThat(drafted.steps()).extracting(RunRecord.Step::name, RunRecord.Step::status)
			.endsWith(org.assertj.core.groups.Tuple.tuple("deliverStep", RunStatus.STOPPED));
		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(received).hasSize(1);
		MimeMessage draft = received[0];
		assertThat(draft.getAllRecipients()[0]).hasToString(STAFF);
		assertThat(attachmentNames(draft)).containsExactly("关于2024年春风行动春节前阶段性活动进展情况的报告（待审核稿）.docx",
				"春风行动春节前阶段性活动进展（截至2024年2月1日）.xlsx");
		assertThat(this.runs.mail(drafted.id())).extracting(RunMail::kind, RunMail::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(MailKind.DRAFT, RunMail.Status.SENT));
		RunDraft waiting = this.runs.draft(drafted.id()).orElseThrow();
		assertThat(waiting.awaiting()).isTrue();
		assertThat(waiting.approvedBy()).isNull();

		// Quartz's retry, or anyone running it again, sends nothing and makes no new run
		RunRecord again = this.runs.run(new RunRequest("phase1", FEB_01, false, true, "scheduler"));
		assertThat(again.id()).isEqualTo(drafted.id());
		assertThat(again.status()).isEqualTo(RunStatus.AWAITING_APPROVAL);
		assertThat(greenMail.getReceivedMessages()).hasSize(1);
		assertThatThrownBy(() -> this.runs.restart(drafted.id())).isInstanceOf(RunConflictException.class)
			.hasMessage("运行 #" + drafted.id() + " 的报告稿正在等待审核，审核通过后才会发送：请在控制台该运行的页面点“审核通过”，或运行 chunfeng approve "
					+ drafted.id());
		assertThat(greenMail.getReceivedMessagesForDomain(LEADER)).isEmpty();

		RunRecord sent = this.runs.approve(drafted.id(), null, "admin");

		assertThat(sent.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(sent.steps()).extracting(RunRecord.Step::name).containsExactly("deliverStep");
		MimeMessage[] leaders = greenMail.getReceivedMessagesForDomain(LEADER);
		assertThat(leaders).hasSize(1);
		assertThat(leaders[0].getSubject()).isEqualTo("【春风行动】春节前阶段性活动进展（截至2024年2月1日）");
		assertThat(attachmentNames(leaders[0])).containsExactly("关于2024年春风行动春节前阶段性活动进展情况的报告.docx",
				"春风行动春节前阶段性活动进展（截至2024年2月1日）.xlsx");
		Path draftFile = this.workspace.home().resolve(waiting.draftFile());
		try (InputStream attached = attachment(leaders[0], DOCX).getInputStream()) {
			assertThat(attached.readAllBytes()).isEqualTo(Files.readAllBytes(draftFile));
		}
		// staff got the draft and then the report: one of each
		assertThat(greenMail.getReceivedMessagesForDomain(STAFF)).extracting(MimeMessage::getSubject)
			.containsExactly("【春风行动】待审核：春节前阶段性活动进展（截至2024年2月1日）", "【春风行动】春节前阶段性活动进展（截至2024年2月1日）");
		RunDraft approved = this.runs.draft(drafted.id()).orElseThrow();
		assertThat(approved.approvedBy()).isEqualTo("admin");
		assertThat(approved.approvedFile()).isNull();
		AuditEntry line = this.audit.recent(20)
			.stream()
			.filter((entry) -> "APPROVE".equals(entry.action()))
			.findFirst()
			.orElseThrow();
		assertThat(line.user()).isEqualTo("admin");
		assertThat(line.runId()).isEqualTo(drafted.id());
		assertThat(line.at()).isBetween(approved.approvedAt().minusSeconds(1), approved.approvedAt().plusSeconds(5));
		assertThat(line.detail()).isEqualTo("运行 #" + drafted.id() + "，截至 2024-02-01，报告稿审核通过，随即发送");
		assertThatThrownBy(() -> this.runs.approve(drafted.id(), null, "other"))
			.isInstanceOf(RunConflictException.class)
			.hasMessageContaining("由 admin 审核通过，不能再次审核");
		// done: a later run of the same report sends nothing
		assertThat(this.runs.run(new RunRequest("phase1", FEB_01, false, true, "scheduler")).id()).isEqualTo(sent.id());
		assertThat(greenMail.getReceivedMessages()).hasSize(1 + 2 + 4);
	}

	@Test
	void anApprovalWithAnEditedDocumentSendsThatDocument() throws Exception {
		RunRecord drafted = this.runs.run(new RunRequest("phase1", FEB_01, false, true, "test"));
		Path folder = Files.createTempDirectory("edited");
		Path notWord = Files.writeString(folder.resolve("修改稿.docx"), "%PDF-1.4 not a document");

		assertThatThrownBy(() -> this.runs.approve(drafted.id(), notWord, "admin"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("修改后的报告稿 修改稿.docx 无法作为 Word 文档（.docx）打开，请在 Word 中另存为 .docx 后重新上传");
		assertThat(this.runs.find(drafted.id())).map(RunRecord::status).contains(RunStatus.AWAITING_APPROVAL);
		assertThat(greenMail.getReceivedMessagesForDomain(LEADER)).isEmpty();

		Path edited = edited(folder.resolve("修改稿-厅领导审定.docx"), "审定稿：经处务会修改，返乡人数以人社部门统计为准。");
		RunRecord sent = this.runs.approve(drafted.id(), edited, "admin");

		assertThat(sent.status()).isEqualTo(RunStatus.COMPLETED);
		RunDraft approved = this.runs.draft(drafted.id()).orElseThrow();
		assertThat(approved.approvedFile())
			.isEqualTo("out/reports/chunfeng-phase1-2024-02-01-approved-" + drafted.id() + ".docx");
		MimeMessage report = greenMail.getReceivedMessagesForDomain(LEADER)[0];
		try (InputStream attached = attachment(report, DOCX).getInputStream();
				XWPFDocument document = new XWPFDocument(attached)) {
			assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText)
				.containsExactly("审定稿：经处务会修改，返乡人数以人社部门统计为准。");
		}
		// the draft as compiled is kept as it was
		assertThat(PhaseScenario.paragraphs(this.workspace.home().resolve(approved.draftFile())))
			.startsWith("关于2024年春风行动春节前阶段性活动进展情况的报告");
		assertThat(this.audit.recent(20)).filteredOn((entry) -> "APPROVE".equals(entry.action()))
			.extracting(AuditEntry::detail)
			.containsExactly("运行 #" + drafted.id() + "，截至 2024-02-01，上传修改后的报告稿并审核通过，随即发送");
	}

	@Test
	void aRestartOfTheServiceBetweenDraftAndApprovalLosesNothing() throws Exception {
		long runId;
		try (ConfigurableApplicationContext before = restartedService()) {
			RunRecord drafted = before.getBean(DeliverableRuns.class)
				.run(new RunRequest("phase1", FEB_01, false, true, "scheduler"));
			assertThat(drafted.status()).isEqualTo(RunStatus.AWAITING_APPROVAL);
			runId = drafted.id();
		}
		assertThat(greenMail.getReceivedMessages()).hasSize(1);

		try (ConfigurableApplicationContext after = restartedService()) {
			DeliverableRuns restarted = after.getBean(DeliverableRuns.class);
			assertThat(restarted.find(runId)).map(RunRecord::status).contains(RunStatus.AWAITING_APPROVAL);
			assertThat(restarted.draft(runId).orElseThrow().awaiting()).isTrue();
			// the retry after the restart still sends nothing
			assertThat(restarted.run(new RunRequest("phase1", FEB_01, false, true, "scheduler")).id()).isEqualTo(runId);

			RunRecord sent = restarted.approve(runId, null, "admin");

			assertThat(sent.status()).isEqualTo(RunStatus.COMPLETED);
		}
		MimeMessage[] leaders = greenMail.getReceivedMessagesForDomain(LEADER);
		assertThat(leaders).hasSize(1);
		assertThat(attachmentNames(leaders[0])).hasSize(2);
		assertThat(greenMail.getReceivedMessagesForDomain(STAFF)).hasSize(2);
	}

	/**
	 * The service started anew on this test's database, work folder and mail server, as a
	 * command or {@code serve} would be after a restart.
	 */
	private ConfigurableApplicationContext restartedService() {
		Map<String, Object> properties = new HashMap<>();
		for (String name : List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
				"chunfeng.home", "spring.mail.host", "spring.mail.port", "chunfeng.mail.retry.attempts",
				"chunfeng.mail.retry.initial-backoff")) {
			properties.put(name, this.environment.getProperty(name));
		}
		properties.put("chunfeng.test.keep-home", "true");
		StandardEnvironment environment = new StandardEnvironment();
		// the test database environment keeps a test's own properties above its own
		environment.getPropertySources().addFirst(new MapPropertySource("Inlined Test Properties", properties));
		SpringApplication application = new SpringApplication(ChunfengApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setEnvironment(environment);
		application.setDefaultProperties(Map.of("chunfeng.scheduler.enabled", "false", "spring.quartz.auto-startup",
				"false", "spring.autoconfigure.exclude",
				"org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration", "logging.threshold.console",
				"WARN"));
		return application.run();
	}

	private static Path edited(Path file, String text) throws Exception {
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			document.createParagraph().createRun().setText(text);
			document.write(out);
		}
		return file;
	}

	static List<String> attachmentNames(Part message) throws Exception {
		List<String> names = new ArrayList<>();
		collect(message, names, null);
		return names;
	}

	static Part attachment(Part message, String type) throws Exception {
		List<Part> found = new ArrayList<>();
		collect(message, new ArrayList<>(), found);
		return found.stream().filter((part) -> {
			try {
				return part.getContentType().startsWith(type);
			}
			catch (Exception ex) {
				return false;
			}
		}).findFirst().orElseThrow(() -> new AssertionError("no " + type + " attachment"));
	}

	private static void collect(Part part, List<String> names, List<Part> parts) throws Exception {
		if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			names.add(MimeUtility.decodeText(part.getFileName()));
			if (parts != null) {
				parts.add(part);
			}
			return;
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				collect(multipart.getBodyPart(i), names, parts);
			}
		}
	}

}
