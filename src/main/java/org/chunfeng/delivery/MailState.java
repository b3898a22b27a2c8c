package org.chunfeng.delivery;

/**
 * The states of a message in the outbox: PENDING → SENDING (written before the SMTP
 * transaction or the pickup-folder write) → SENT or FAILED.
 */
public enum MailState {

	PENDING, SENDING, SENT, FAILED

}
