package org.chunfeng.delivery.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.chunfeng.Workspace;
import org.chunfeng.delivery.MailRecipients;
import org.chunfeng.delivery.OutboundMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Builds the MIME message of an outbox row and hands it to the SMTP server, or writes it
 * as an .eml file to the pickup folder when no {@code spring.mail.host} is configured.
 */
@Component
class MailTransport {

	private final JavaMailSender sender;

	private final MailRecipients recipients;

	private final Workspace workspace;

	MailTransport(ObjectProvider<JavaMailSender> sender, MailRecipients recipients, Workspace workspace) {
		// Jakarta Mail otherwise splits a long encoded file name into RFC 2231
		// continuations
		// (filename*0, filename*1) cut inside the encoded word, which Outlook, Foxmail
		// and
		// most webmail show as garbage. Read once, when the first message is built.
		System.setProperty("mail.mime.splitlongparameters", "false");
		this.sender = sender.getIfAvailable();
		this.recipients = recipients;
		this.workspace = workspace;
	}

	boolean smtp() {
		return this.sender != null;
	}

	String destination() {
		if (this.sender instanceof JavaMailSenderImpl impl) {
			return "smtp://" + impl.getHost() + ":" + ((impl.getPort() > 0) ? impl.getPort() : 25);
		}
		return (this.sender != null) ? "smtp" : this.workspace.outbox().toString();
	}

	/**
	 * Sends or writes the message; SMTP failures are thrown as Spring's MailException.
	 */
	void send(OutboundMessage message, String messageId) {
		MimeMessage mime = build(message, messageId);
		if (this.sender != null) {
			this.sender.send(mime);
			return;
		}
		Path file = this.workspace.outbox().resolve(emlName(message, messageId));
		try (OutputStream out = Files.newOutputStream(file)) {
			mime.writeTo(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("cannot write " + file + ": " + ex.getMessage(), ex);
		}
	}

	MimeMessage build(OutboundMessage message, String messageId) {
		Session session = (this.sender instanceof JavaMailSenderImpl impl) ? impl.getSession()
				: Session.getInstance(new Properties());
		MimeMessage mime = new StableIdMimeMessage(session, messageId);
		try {
			MimeMessageHelper helper = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
					"UTF-8");
			// RFC 2047-encoded file names are what Outlook and Foxmail read
			helper.setEncodeFilenames(true);
			helper.setFrom(this.recipients.from());
			helper.setTo(message.to().toArray(String[]::new));
			helper.setSubject(message.subject());
			helper.setSentDate(new Date());
			helper.setText(message.text(), message.html());
			if (message.inlineImage() != null && Files.isReadable(message.inlineImage())) {
				helper.addInline(OutboundMessage.INLINE_IMAGE_ID, new FileSystemResource(message.inlineImage()),
						"image/png");
			}
			if (message.attachment() != null) {
				helper.addAttachment(
						(message.attachmentName() != null) ? message.attachmentName()
								: message.attachment().getFileName().toString(),
						new FileSystemResource(message.attachment()),
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			}
			mime.setHeader("Message-ID", messageId);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("cannot build the message '" + message.subject() + "': " + ex.getMessage(),
					ex);
		}
		return mime;
	}

	private static String emlName(OutboundMessage message, String messageId) {
		String recipient = message.to().isEmpty() ? "nobody" : message.to().get(0);
		String id = messageId.replaceAll("[^A-Za-z0-9]", "");
		return (message.kind().toLowerCase() + "-" + recipient + "-" + id.substring(0, Math.min(12, id.length())))
			.replaceAll("[^A-Za-z0-9@._-]", "_") + ".eml";
	}

	/** Keeps the outbox's Message-ID instead of a new random one on each save. */
	private static final class StableIdMimeMessage extends MimeMessage {

		private final String messageId;

		StableIdMimeMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", this.messageId);
		}

	}

}
