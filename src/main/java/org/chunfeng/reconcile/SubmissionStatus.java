package org.chunfeng.reconcile;

/**
 * A city's submission status for a period (SPEC §4.1): whether the figures shown for it
 * are of the period, and why not.
 */
public enum SubmissionStatus {

	/** an accepted submission for the period, received by its due time */
	ON_TIME("按时"),
	/** an accepted submission for the period, received after its due time */
	LATE("逾期"),
	/**
	 * nothing accepted for the period; the figures of an earlier reporting date are shown
	 */
	CARRIED_FORWARD("沿用"),
	/**
	 * the city's files for the period were all refused; earlier figures, if any, are
	 * shown
	 */
	REFUSED("退回"),
	/** no accepted submission on or before the as-of date at all: no figures */
	NOT_SUBMITTED("未报送");

	private final String label;

	SubmissionStatus(String label) {
		this.label = label;
	}

	/** The Chinese label: 按时, 逾期, 沿用, 退回, 未报送. */
	public String label() {
		return this.label;
	}

	/** Submitted for the period: ON_TIME or LATE. */
	public boolean submitted() {
		return this == ON_TIME || this == LATE;
	}

}
