package org.chunfeng.deliverable;

import java.util.List;

import org.chunfeng.delivery.MailKind;
import org.chunfeng.delivery.MailState;

/**
 * A message of a run as the JSON summary lists it (SPEC §5.3).
 *
 * @param city the city a city message is for; null for the others
 * @param status its state in the outbox; NOT_SENT for a {@code --no-mail} run, which
 * lists what it would have sent
 * @param lastError why it failed, or null
 */
public record RunMail(List<String> to, String subject, MailKind kind, String city, Status status, String lastError) {

	public RunMail {
		to = List.copyOf(to);
	}

	/** A message's state in the outbox, or NOT_SENT when a preview only lists it. */
	public enum Status {

		PENDING, SENDING, SENT, FAILED, NOT_SENT;

		public static Status of(MailState state) {
			return valueOf(state.name());
		}

	}

}
