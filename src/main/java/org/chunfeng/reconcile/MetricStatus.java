package org.chunfeng.reconcile;

/** How a city's reported figure compares with the platform's. */
public enum MetricStatus {

	/** compared: within tolerance */
	MATCH("一致"),
	/** compared: outside tolerance */
	MISMATCH("不一致"),
	/**
	 * not compared: the platform data is stale for the period (no recent export, or no
	 * counted activity), so a comparison would say nothing
	 */
	PLATFORM_STALE("平台数据未更新"),
	/** not compared: the city has no figures */
	NOT_SUBMITTED("未报送");

	private final String label;

	MetricStatus(String label) {
		this.label = label;
	}

	/** The Chinese label shown in the report and the mail. */
	public String label() {
		return this.label;
	}

	/** MATCH or MISMATCH: the figure was compared with the platform. */
	public boolean compared() {
		return this == MATCH || this == MISMATCH;
	}

}
