package org.chunfeng.delivery.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import org.chunfeng.Workspace;
import org.chunfeng.delivery.MailRecipients;
import org.chunfeng.delivery.OutboundMessage;

import org.springframework.beans.factory.annotation.Autowired;
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

	private final PickupStreams pickupStreams;

	@Autowired
	MailTransport(Optional<JavaMailSender> sender, MailRecipients recipients, Workspace workspace) {
		this(sender, recipients, workspace, Files::newOutputStream);
	}

	MailTransport(Optional<JavaMailSender> sender, MailRecipients recipients, Workspace workspace,
			PickupStreams pickupStreams) {
		// Jakarta Mail otherwise splits a long encoded file name into RFC 2231
		// continuations
		// (filename*0, filename*1) cut inside the encoded word, which Outlook, Foxmail
		// and
		// most webmail show as garbage. Read once, when the first message is built.
		System.setProperty("mail.mime.splitlongparameters", "false");
		// none without spring.mail.host: the pickup folder
		this.sender = sender.orElse(null);
		this.recipients = recipients;
		this.workspace = workspace;
		this.pickupStreams = pickupStreams;
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
		write(mime, this.workspace.outbox().resolve(emlName(message, messageId)));
	}

	/**
	 * Writes the .eml under a hidden temporary name and renames it when complete, so that
	 * the pickup folder never holds a partial message under a real name; the same
	 * Message-ID sent again replaces its file.
	 */
	private void write(MimeMessage mime, Path file) {
		Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
		try {
			try (OutputStream out = new BufferedOutputStream(this.pickupStreams.open(temporary))) {
				mime.writeTo(out);
			}
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			deleteQuietly(temporary);
			throw new PickupFolderException(file, ex);
		}
		catch (MessagingException ex) {
			deleteQuietly(temporary);
			throw new IllegalStateException("cannot write " + file + ": " + ex.getMessage(), ex);
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// nothing more can be done: the name is hidden and ends in .tmp
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
				// named, or a client that lists inline parts shows one called "inline";
				// encoded as the attachments are
				MimeMultipart related = helper.getMimeMultipart();
				MimeBodyPart image = (MimeBodyPart) related.getBodyPart(related.getCount() - 1);
				image.setDisposition(Part.INLINE);
				image.setFileName(MimeUtility.encodeText(OutboundMessage.INLINE_IMAGE_NAME, "UTF-8", "B"));
			}
			for (OutboundMessage.Attachment attachment : message.attachments()) {
				helper.addAttachment(attachment.name(), new FileSystemResource(attachment.file()),
						attachment.contentType());
			}
			mime.setHeader("Message-ID", messageId);
		}
		catch (MessagingException | UnsupportedEncodingException ex) {
			throw new IllegalStateException("cannot build the message '" + message.subject() + "': " + ex.getMessage(),
					ex);
		}
		return mime;
	}

	private static String emlName(OutboundMessage message, String messageId) {
		String recipient = message.to().isEmpty() ? "nobody" : message.to().get(0);
		String id = messageId.replaceAll("[^A-Za-z0-9]", "");
		return (message.kind().name().toLowerCase() + "-" + recipient + "-"
				+ id.substring(0, Math.min(12, id.length())))
			.replaceAll("[^A-Za-z0-9@._-]", "_") + ".eml";
	}

	/** Opens a pickup-folder file for writing (a test simulates a full disk with it). */
	interface PickupStreams {

		OutputStream open(Path file) throws IOException;

	}

	/**
	 * A message the pickup folder could not take; a full disk is named as such, for every
	 * message it stops.
	 */
	static final class PickupFolderException extends UncheckedIOException {

		PickupFolderException(Path file, IOException cause) {
			super(describe(file, cause), cause);
		}

		private static String describe(Path file, IOException cause) {
			String reason = String.valueOf(cause.getMessage());
			boolean full = reason.contains("No space left on device") || reason.contains("Disk quota exceeded");
			return (full ? "磁盘已满" : "无法写入邮件文件") + "，邮件未写入 " + file.getParent() + "（" + reason + "）";
		}

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
