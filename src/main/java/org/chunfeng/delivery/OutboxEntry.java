package org.chunfeng.delivery;

import java.time.Instant;
import java.util.List;

/**
 * A message in the outbox and what became of it.
 *
 * @param retryable FAILED after a transient error: a restart tries it again
 * @param lastError why the last attempt failed, one line; null once sent
 * @param possibleDuplicate found SENDING after a crash and sent again with the same
 * Message-ID: the recipient may have it twice (可能重复)
 */
public record OutboxEntry(long id, String runKey, Long runId, MailKind kind, String messageId, List<String> to,
		String subject, String attachment, MailState state, boolean retryable, int attempts, String lastError,
		Instant createdAt, Instant sentAt, boolean possibleDuplicate) {

	public OutboxEntry {
		to = List.copyOf(to);
	}

	/** Not sent yet, or failed in a way a retry may overcome. */
	public boolean unsent() {
		return this.state == MailState.PENDING || this.state == MailState.SENDING
				|| (this.state == MailState.FAILED && this.retryable);
	}

}
