package org.chunfeng.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chunfeng.DatabaseCleaner;
import org.chunfeng.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox against a real SMTP server: content, encoding, retries, no duplicates. */
@SpringBootTest
class OutboxDeliveryTests extends MailTestSupport {

	private static final String SUBJECT = "【春风行动】全省开展情况统计（截至2024年2月29日）";

	private static final String ATTACHMENT_NAME = "春风行动开展情况统计表（截至2024年2月29日）.xlsx";

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Workspace workspace;

	@BeforeEach
	void clean() {
		DatabaseCleaner.clean(this.jdbc);
	}

	@Test
	void deliversMessageWithChineseSubjectAttachmentNameAndReadableWorkbook() throws Exception {
		Path workbook = workbook();
		this.outbox.enqueue(List.of(message("weekly/2024-02-29", "leader@rst.example", workbook)));

		List<OutboxEntry> entries = this.outbox.sendPending("weekly/2024-02-29", 1);

		assertThat(entries).singleElement().satisfies((entry) -> {
			assertThat(entry.state()).isEqualTo(MailState.SENT);
			assertThat(entry.attempts()).isEqualTo(1);
			assertThat(entry.sentAt()).isNotNull();
		});
		MimeMessage received = greenMail.getReceivedMessages()[0];
		assertThat(received.getSubject()).isEqualTo(SUBJECT);
		assertThat(received.getHeader("Subject")[0]).startsWith("=?UTF-8?");
		assertThat(received.getMessageID()).isEqualTo(entries.get(0).messageId());
		Part attachment = MailParts.attachment(received);
		assertThat(attachment.getFileName()).startsWith("=?UTF-8?");
		assertThat(MimeUtility.decodeText(attachment.getFileName())).isEqualTo(ATTACHMENT_NAME);
		// one whole encoded word per parameter, not RFC 2231 continuations cut inside it
		assertThat(attachment.getHeader("Content-Disposition")[0]).contains("filename=\"=?UTF-8?")
			.doesNotContain("filename*");
		try (InputStream in = attachment.getInputStream(); Workbook opened = new XSSFWorkbook(in)) {
			assertThat(opened.getSheet("统计表").getRow(0).getCell(0).getStringCellValue()).isEqualTo("春风行动开展情况统计表");
			assertThat(opened.getSheet("统计表").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(130.0);
		}
	}

	@Test
	void serverDownLeavesMessagesRetryableAndSendsEachOnceWhenBack() throws Exception {
		greenMail.stop();
		this.outbox.enqueue(List.of(message("weekly/2024-02-29", "a@rst.example", null),
				message("weekly/2024-02-29", "b@rst.example", null)));

		List<OutboxEntry> failed = this.outbox.sendPending("weekly/2024-02-29", 1);

		assertThat(failed).extracting(OutboxEntry::state).containsExactly(MailState.FAILED, MailState.FAILED);
		assertThat(failed).allMatch(OutboxEntry::unsent);
		assertThat(failed.get(0).attempts()).isEqualTo(2);
		assertThat(failed.get(0).lastError()).contains("127.0.0.1");
		assertThat(failed.get(1).attempts()).isZero();

		greenMail.start();
		List<OutboxEntry> sent = this.outbox.sendPending("weekly/2024-02-29", 2);
		this.outbox.sendPending("weekly/2024-02-29", 3);

		assertThat(sent).extracting(OutboxEntry::state).containsExactly(MailState.SENT, MailState.SENT);
		assertThat(greenMail.getReceivedMessages()).hasSize(2);
		assertThat(greenMail.getReceivedMessagesForDomain("a@rst.example")).hasSize(1);
		assertThat(greenMail.getReceivedMessagesForDomain("b@rst.example")).hasSize(1);
	}

	@Test
	void enqueuingTheSameMessageAgainStoresAndSendsItOnce() {
		OutboundMessage message = message("weekly/2024-02-29", "leader@rst.example", null);
		this.outbox.enqueue(List.of(message));
		this.outbox.sendPending("weekly/2024-02-29", 1);
		this.outbox.enqueue(List.of(message));
		this.outbox.sendPending("weekly/2024-02-29", 2);

		assertThat(this.outbox.messages("weekly/2024-02-29")).hasSize(1);
		assertThat(greenMail.getReceivedMessages()).hasSize(1);
	}

	private static OutboundMessage message(String runKey, String to, Path attachment) {
		return new OutboundMessage(runKey, 1, MailKind.REPORT, List.of(to), SUBJECT,
				"<p>截至2024年2月29日，全省累计举办线上招聘会130场。</p><img src=\"cid:chart\">", "截至2024年2月29日，全省累计举办线上招聘会130场。",
				attachment, (attachment != null) ? ATTACHMENT_NAME : null, null);
	}

	private Path workbook() throws IOException {
		Path file = this.workspace.reports().resolve("chunfeng-weekly-2024-02-29.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			var sheet = workbook.createSheet("统计表");
			sheet.createRow(0).createCell(0).setCellValue("春风行动开展情况统计表");
			var row = sheet.createRow(1);
			row.createCell(0).setCellValue("合计");
			row.createCell(1).setCellValue(130);
			workbook.write(out);
		}
		return file;
	}

}
