package org.chunfeng.reconcile;

/** How a city's reported figure compares with the platform's. */
public enum MetricStatus {

	/** within tolerance */
	MATCH("一致"),
	/** outside tolerance */
	MISMATCH("不一致"),
	/** the city has not submitted for the reporting date */
	NOT_SUBMITTED("未报送");

	private final String label;

	MetricStatus(String label) {
		this.label = label;
	}

	/** The Chinese label shown in the report and the mail. */
	public String label() {
		return this.label;
	}

}
