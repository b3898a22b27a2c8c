package org.chunfeng.schedule.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.chunfeng.Workspace;
import org.chunfeng.schedule.Alert;
import org.chunfeng.schedule.AlertSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Mails an alert to the admins through the configured SMTP server, or writes it as an
 * .eml file to the pickup folder when there is none (the embedded default).
 */
@Component
class MailAlertSender implements AlertSender {

	private static final Logger logger = LoggerFactory.getLogger(MailAlertSender.class);

	private final AlertSettings settings;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final Workspace workspace;

	MailAlertSender(AlertSettings settings, ObjectProvider<JavaMailSender> mailSender, Workspace workspace) {
		this.settings = settings;
		this.mailSender = mailSender;
		this.workspace = workspace;
	}

	@Override
	public List<String> send(Alert alert) {
		logger.warn("{}: {}", alert.subject(), alert.body());
		List<String> recipients = this.settings.recipients();
		if (recipients.isEmpty()) {
			logger.warn("chunfeng.alerts.recipients is empty: the alert above is only logged");
			return recipients;
		}
		JavaMailSender sender = this.mailSender.getIfAvailable();
		try {
			MimeMessage message = (sender != null) ? sender.createMimeMessage()
					: new MimeMessage(Session.getInstance(new Properties()));
			message.setFrom(new InternetAddress(this.settings.from()));
			for (String recipient : recipients) {
				message.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(recipient));
			}
			message.setSubject(alert.subject(), "UTF-8");
			message.setText(alert.body(), "UTF-8");
			message.setSentDate(new java.util.Date());
			if (sender != null) {
				sender.send(message);
			}
			else {
				Path file = this.workspace.outbox()
					.resolve("alert-" + alert.deliverable() + "-" + alert.asOf() + "-" + alert.kind() + ".eml");
				try (OutputStream out = Files.newOutputStream(file)) {
					message.writeTo(out);
				}
			}
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("cannot send the alert '" + alert.subject() + "': " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return recipients;
	}

}
