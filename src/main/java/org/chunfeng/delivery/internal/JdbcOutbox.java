package org.chunfeng.delivery.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import jakarta.mail.MessagingException;
import org.chunfeng.delivery.AlertProperties;
import org.chunfeng.delivery.MailKind;
import org.chunfeng.delivery.MailRecipients;
import org.chunfeng.delivery.MailState;
import org.chunfeng.delivery.OutboundMessage;
import org.chunfeng.delivery.Outbox;
import org.chunfeng.delivery.OutboxEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The outbox table and its sending: every message is stored before it is sent; transient
 * SMTP failures are retried with backoff, permanent ones (5xx, authentication, bad
 * address) are not; the final state and reason are stored.
 */
@Component
class JdbcOutbox implements Outbox {

	private static final Logger logger = LoggerFactory.getLogger(JdbcOutbox.class);

	private static final String COLUMNS = """
			id, run_key, run_id, kind, message_id, recipients, subject, attachment, state, retryable, attempts, last_error,
			created_at, sent_at, possible_duplicate""";

	private final JdbcTemplate jdbc;

	private final MailTransport transport;

	private final MailRecipients recipients;

	private final MailRecipients.Retry retry;

	private final String adminGroup;

	JdbcOutbox(JdbcTemplate jdbc, MailTransport transport, MailRecipients recipients, AlertProperties alerts) {
		this.jdbc = jdbc;
		this.transport = transport;
		this.recipients = recipients;
		this.retry = recipients.retry();
		this.adminGroup = alerts.group();
	}

	@Override
	public void enqueue(List<OutboundMessage> messages) {
		for (OutboundMessage message : messages) {
			String messageId = messageId(message);
			Integer existing = this.jdbc.queryForObject("select count(*) from mail_outbox where message_id = ?",
					Integer.class, messageId);
			if (existing != null && existing > 0) {
				continue;
			}
			this.jdbc.update("""
					insert into mail_outbox (run_key, run_id, kind, message_id, recipients, subject, html_body,
					    text_body, attachment, attachment_name, attachments, inline_image, state, attempts, created_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
					""", message.runKey(), message.runId(), message.kind().name(), messageId,
					String.join(",", message.to()), message.subject(), message.html(), message.text(),
					pathText(message.attachment()), message.attachmentName(), attachmentsText(message.attachments()),
					pathText(message.inlineImage()), MailState.PENDING.name(), Timestamp.from(Instant.now()));
		}
	}

	@Override
	public boolean hasMessages(String runKey) {
		Integer count = this.jdbc.queryForObject("select count(*) from mail_outbox where run_key = ?", Integer.class,
				runKey);
		return count != null && count > 0;
	}

	@Override
	public List<OutboxEntry> sendPending(String runKey, long runId) {
		List<Pending> pending = this.jdbc.query(
				"""
						select id, run_key, kind, message_id, recipients, subject, html_body, text_body, attachment, attachment_name,
						    attachments, inline_image, attempts, state
						from mail_outbox
						where run_key = ? and (state in (?, ?) or (state = ? and retryable))
						order by id
						""",
				(rs, row) -> new Pending(rs.getLong("id"), rs.getString("message_id"), rs.getInt("attempts"),
						MailState.valueOf(rs.getString("state")),
						new OutboundMessage(rs.getString("run_key"), runId, MailKind.valueOf(rs.getString("kind")),
								Arrays.asList(rs.getString("recipients").split(",")), rs.getString("subject"),
								rs.getString("html_body"), rs.getString("text_body"), attachments(rs),
								path(rs.getString("inline_image")))),
				runKey, MailState.PENDING.name(), MailState.SENDING.name(), MailState.FAILED.name());
		String stoppedBy = null;
		for (Pending message : pending) {
			this.jdbc.update("update mail_outbox set run_id = ? where id = ?", runId, message.id());
			if (message.state() == MailState.SENDING) {
				// the sender died between handing it over and recording the outcome: the
				// server may have it already, so the same Message-ID goes again, flagged
				logger.warn("mail {} to {} was being sent when its run stopped: sending it again (possible duplicate)",
						message.messageId(), message.message().to());
				this.jdbc.update("update mail_outbox set possible_duplicate = true where id = ?", message.id());
			}
			if (stoppedBy != null) {
				// the destination just failed every retry: the rest waits for the restart
				this.jdbc.update("""
						update mail_outbox set state = ?, retryable = true, last_error = ? where id = ?
						""", MailState.FAILED.name(), abbreviate("未发送：" + stoppedBy), message.id());
				continue;
			}
			stoppedBy = send(message);
		}
		return messages(runKey);
	}

	/**
	 * Sends with retries; returns why the destination is unavailable when a transient
	 * failure outlasted every retry, else null.
	 */
	private String send(Pending message) {
		int attempts = message.attempts();
		Duration backoff = this.retry.initialBackoff();
		// a pickup folder that cannot take a file (disk full) is not better in a minute
		int tries = this.transport.smtp() ? this.retry.attempts() : 1;
		for (int attempt = 1;; attempt++) {
			attempts++;
			// written before the SMTP transaction: a crash during it leaves SENDING
			this.jdbc.update("""
					update mail_outbox set state = ?, sending_at = ?, attempts = ? where id = ?
					""", MailState.SENDING.name(), Timestamp.from(Instant.now()), attempts, message.id());
			try {
				this.transport.send(message.message(), message.messageId());
				this.jdbc.update("""
						update mail_outbox set state = ?, retryable = false, last_error = null, sent_at = ?
						where id = ?
						""", MailState.SENT.name(), Timestamp.from(Instant.now()), message.id());
				return null;
			}
			catch (RuntimeException ex) {
				boolean permanent = permanent(ex);
				String reason = reason(ex);
				logger.warn("mail {} to {} failed (attempt {}): {}", message.messageId(), message.message().to(),
						attempt, reason);
				this.jdbc.update("""
						update mail_outbox set state = ?, retryable = ?, last_error = ? where id = ?
						""", MailState.FAILED.name(), !permanent, abbreviate(reason), message.id());
				if (permanent) {
					alertRejected(message, reason);
					return null;
				}
				if (attempt >= tries) {
					return (ex instanceof MailTransport.PickupFolderException) ? ex.getMessage()
							: "邮件服务器不可用（" + this.transport.destination() + "）";
				}
				sleep(backoff);
				backoff = Duration.ofMillis((long) (backoff.toMillis() * this.retry.multiplier()));
			}
		}
	}

	@Override
	public void alert(String key, String subject, String body) {
		List<String> to = this.recipients.group(this.adminGroup);
		logger.warn("{}: {}", subject, body);
		if (to.isEmpty()) {
			logger.warn("recipient group '{}' is empty: the alert above is only logged", this.adminGroup);
			return;
		}
		String runKey = "alert:" + key;
		enqueue(List.of(new OutboundMessage(runKey, 0L, MailKind.ALERT, to, subject,
				"<p>" + HtmlUtils.htmlEscape(body) + "</p>", body, null, null, null)));
		sendPending(runKey, 0L);
	}

	/** A recipient rejected for good: the admins hear of it, with the server's words. */
	private void alertRejected(Pending message, String reason) {
		if (message.message().kind() == MailKind.ALERT) {
			return;
		}
		String to = String.join(", ", message.message().to());
		try {
			alert("rejected:" + message.messageId(), "【春风行动】邮件被拒收：" + to,
					"邮件“" + message.message().subject() + "”（Message-ID " + message.messageId() + "）被邮件服务器拒收，收件人：" + to
							+ "；服务器答复：" + reason + "。重试不会改变结果，本次运行记为“部分发送失败”。请核对该收件人的地址（config/recipients.yml），"
							+ "改正后可用 run <报表> --as-of <日期> --force 发送更正版。");
		}
		catch (RuntimeException ex) {
			logger.error("cannot alert the admins that {} rejected {}", to, message.messageId(), ex);
		}
	}

	@Override
	public List<OutboxEntry> messages(String runKey) {
		return this.jdbc.query("select " + COLUMNS + " from mail_outbox where run_key = ? order by id",
				JdbcOutbox::entry, runKey);
	}

	@Override
	public List<OutboxEntry> recent(int limit) {
		return this.jdbc.query("select " + COLUMNS + " from mail_outbox order by id desc limit ?", JdbcOutbox::entry,
				limit);
	}

	@Override
	public String destination() {
		return this.transport.destination();
	}

	/**
	 * Stable per run identity, kind and recipients, so a restart cannot send it twice.
	 */
	static String messageId(OutboundMessage message) {
		String identity = message.runKey() + "|" + message.kind() + "|" + String.join(",", message.to());
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
			return "<" + HexFormat.of().formatHex(hash, 0, 16) + ".chunfeng@chunfeng.local" + ">";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * 5xx replies, authentication and malformed messages do not get better by waiting.
	 */
	static boolean permanent(Throwable ex) {
		if (ex instanceof MailAuthenticationException || ex instanceof MailParseException
				|| ex instanceof MailPreparationException) {
			return true;
		}
		for (Throwable cause : causes(ex)) {
			Integer code = returnCode(cause);
			if (code != null && code >= 500) {
				return true;
			}
		}
		return false;
	}

	private static List<Throwable> causes(Throwable ex) {
		ArrayList<Throwable> all = new ArrayList<>();
		ArrayDeque<Throwable> todo = new ArrayDeque<>(List.of(ex));
		while (!todo.isEmpty() && all.size() < 50) {
			Throwable current = todo.pop();
			if (all.contains(current)) {
				continue;
			}
			all.add(current);
			if (current.getCause() != null) {
				todo.add(current.getCause());
			}
			if (current instanceof MessagingException messaging && messaging.getNextException() != null) {
				todo.add(messaging.getNextException());
			}
			if (current instanceof MailSendException send) {
				send.getFailedMessages().values().forEach(todo::add);
			}
		}
		return all;
	}

	/** The SMTP reply code of Angus Mail's SMTP exceptions, without depending on them. */
	private static Integer returnCode(Throwable ex) {
		try {
			Object code = ex.getClass().getMethod("getReturnCode").invoke(ex);
			return (code instanceof Integer value && value > 0) ? value : null;
		}
		catch (ReflectiveOperationException | RuntimeException notSmtp) {
			return null;
		}
	}

	private static String reason(Throwable ex) {
		StringBuilder line = new StringBuilder();
		for (Throwable cause : causes(ex)) {
			String message = (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
			if (line.indexOf(message) < 0) {
				line.append((line.length() > 0) ? ": " : "").append(message);
			}
		}
		return line.toString().replaceAll("\\s*\\R\\s*", " ");
	}

	private static String abbreviate(String text) {
		return (text.length() > 1900) ? text.substring(0, 1900) + "…" : text;
	}

	private static void sleep(Duration backoff) {
		try {
			Thread.sleep(backoff.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting to retry a message", ex);
		}
	}

	/** One line per attachment: content type, name and file, separated by tabs. */
	private static String attachmentsText(List<OutboundMessage.Attachment> attachments) {
		if (attachments.isEmpty()) {
			return null;
		}
		return String.join("\n",
				attachments.stream()
					.map((attachment) -> attachment.contentType() + "\t" + attachment.name().replaceAll("[\t\n]", " ")
							+ "\t" + attachment.file())
					.toList());
	}

	/** The stored attachments; rows stored before there could be several hold one. */
	private static List<OutboundMessage.Attachment> attachments(ResultSet rs) throws SQLException {
		String lines = rs.getString("attachments");
		if (lines == null || lines.isBlank()) {
			Path single = path(rs.getString("attachment"));
			return (single != null) ? List.of(OutboundMessage.Attachment.of(single, rs.getString("attachment_name")))
					: List.of();
		}
		List<OutboundMessage.Attachment> attachments = new ArrayList<>();
		for (String line : lines.split("\n")) {
			String[] fields = line.split("\t", 3);
			attachments.add(new OutboundMessage.Attachment(Path.of(fields[2]), fields[1], fields[0]));
		}
		return attachments;
	}

	private static String pathText(Path path) {
		return (path != null) ? path.toString() : null;
	}

	private static Path path(String text) {
		return (text != null) ? Path.of(text) : null;
	}

	private static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
		Timestamp sentAt = rs.getTimestamp("sent_at");
		long runId = rs.getLong("run_id");
		return new OutboxEntry(rs.getLong("id"), rs.getString("run_key"), rs.wasNull() ? null : runId,
				MailKind.valueOf(rs.getString("kind")), rs.getString("message_id"),
				Arrays.asList(rs.getString("recipients").split(",")), rs.getString("subject"),
				rs.getString("attachment"), MailState.valueOf(rs.getString("state")), rs.getBoolean("retryable"),
				rs.getInt("attempts"), rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
				(sentAt != null) ? sentAt.toInstant() : null, rs.getBoolean("possible_duplicate"));
	}

	private record Pending(long id, String messageId, int attempts, MailState state, OutboundMessage message) {
	}

}
