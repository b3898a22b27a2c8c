package org.chunfeng.delivery.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.chunfeng.Workspace;
import org.chunfeng.delivery.MailKind;
import org.chunfeng.delivery.MailRecipients;
import org.chunfeng.delivery.OutboundMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;

/** Without an SMTP host, messages become .eml files; and which failures are permanent. */
class PickupFolderTests {

	@TempDir
	Path home;

	@Test
	void writesEmlFileWithStableMessageIdWhenNoSmtpHostIsConfigured() throws Exception {
		Workspace workspace = new Workspace(this.home);
		MailRecipients recipients = new MailRecipients("chunfeng@rst.example", Map.of(), Map.of(),
				new MailRecipients.Retry(1, java.time.Duration.ZERO, 1));
		MailTransport transport = new MailTransport(Optional.empty(), recipients, workspace);
		OutboundMessage message = new OutboundMessage("weekly/2024-02-29", 1, MailKind.REPORT,
				List.of("leader@rst.example"), "【春风行动】全省开展情况统计（截至2024年2月29日）", "<p>截至</p>", "截至", null, null, null);
		String messageId = JdbcOutbox.messageId(message);

		transport.send(message, messageId);

		List<Path> files;
		try (var listing = Files.list(workspace.outbox())) {
			files = listing.toList();
		}
		assertThat(files).singleElement().satisfies((file) -> assertThat(file.toString()).endsWith(".eml"));
		try (InputStream in = Files.newInputStream(files.get(0))) {
			MimeMessage eml = new MimeMessage(Session.getInstance(new Properties()), in);
			assertThat(eml.getSubject()).isEqualTo("【春风行动】全省开展情况统计（截至2024年2月29日）");
			assertThat(eml.getMessageID()).isEqualTo(messageId);
			assertThat(eml.getAllRecipients()[0].toString()).isEqualTo("leader@rst.example");
		}
		assertThat(transport.destination()).isEqualTo(workspace.outbox().toString());
	}

	@Test
	void messageIdIsStablePerRunAndRecipient() {
		OutboundMessage a = new OutboundMessage("weekly/2024-02-29", 1, MailKind.REPORT, List.of("a@x"), "s", "h", "t",
				null, null, null);
		OutboundMessage again = new OutboundMessage("weekly/2024-02-29", 7, MailKind.REPORT, List.of("a@x"), "s2", "h",
				"t", null, null, null);
		OutboundMessage other = new OutboundMessage("weekly/2024-02-29", 1, MailKind.REPORT, List.of("b@x"), "s", "h",
				"t", null, null, null);

		assertThat(JdbcOutbox.messageId(a)).isEqualTo(JdbcOutbox.messageId(again))
			.isNotEqualTo(JdbcOutbox.messageId(other))
			.matches("<[0-9a-f]{32}\\.chunfeng@chunfeng\\.local>");
	}

	@Test
	void smtp5xxIsPermanentAndConnectionFailureTransient() {
		MailSendException rejected = new MailSendException("send failed",
				new SmtpReplyException("550 mailbox unavailable", 550));
		MailSendException busy = new MailSendException("send failed", new SmtpReplyException("451 try later", 451));
		MailSendException refused = new MailSendException("Mail server connection failed",
				new MessagingException("Couldn't connect", new java.net.ConnectException("Connection refused")));

		assertThat(JdbcOutbox.permanent(rejected)).isTrue();
		assertThat(JdbcOutbox.permanent(busy)).isFalse();
		assertThat(JdbcOutbox.permanent(refused)).isFalse();
	}

	/** Shaped like Angus Mail's SMTPSendFailedException. */
	static class SmtpReplyException extends MessagingException {

		private final int code;

		SmtpReplyException(String message, int code) {
			super(message);
			this.code = code;
		}

		public int getReturnCode() {
			return this.code;
		}

	}

}
