package org.chunfeng.delivery;

/** What a message in the outbox is. */
public enum MailKind {

	/** The report, to the leaders and the other report groups. */
	REPORT,

	/** A city's discrepancies between its figures and the platform's. */
	DISCREPANCY,

	/** A city's refused files (退回通知). */
	REFUSAL,

	/** A city that has not submitted for the period. */
	REMINDER,

	/** A phase or final report's draft, to its reviewers for sign-off (SPEC §5.5). */
	DRAFT,

	/** To the admins. */
	ALERT,

	/**
	 * A discrepancy notice as stored by versions before DISCREPANCY; never written now.
	 */
	NOTICE

}
