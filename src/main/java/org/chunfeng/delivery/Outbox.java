package org.chunfeng.delivery;

import java.util.List;

/**
 * Dependable mail delivery (SPEC §5.2): messages are stored before they are sent, sent
 * with timeouts and retries, never twice (stable Message-ID), and their final state is
 * kept. Without an SMTP host they are written as .eml files to the pickup folder.
 */
public interface Outbox {

	/**
	 * Stores the messages as PENDING. A message whose Message-ID (run key, kind and
	 * recipients) is already stored is not stored again.
	 */
	void enqueue(List<OutboundMessage> messages);

	/** Whether the run key has messages in the outbox already. */
	boolean hasMessages(String runKey);

	/**
	 * Sends every message of the run key not yet SENT, retrying transient failures. A
	 * message found SENDING (its sender died during the SMTP transaction) is sent again
	 * with the same Message-ID and flagged as a possible duplicate.
	 * @return the run key's messages after sending
	 */
	List<OutboxEntry> sendPending(String runKey, long runId);

	List<OutboxEntry> messages(String runKey);

	/** The most recent messages, newest first. */
	List<OutboxEntry> recent(int limit);

	/**
	 * Sends an alert to the admins' group ({@code chunfeng.alerts.group}), once per key.
	 */
	void alert(String key, String subject, String body);

	/** Where messages go: the SMTP server, or the .eml pickup folder. */
	String destination();

}
