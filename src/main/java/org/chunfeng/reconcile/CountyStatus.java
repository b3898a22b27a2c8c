package org.chunfeng.reconcile;

/** What the city claims about a county against what the platform shows (SPEC §4). */
public enum CountyStatus {

	/** claimed active, platform has counted activities */
	CONFIRMED_ACTIVE("一致（已开展）"),
	/** claimed inactive, platform has none */
	CONFIRMED_INACTIVE("一致（未开展）"),
	/** claimed active, platform has none */
	CLAIMED_WITHOUT_PLATFORM_RECORD("报已开展，平台无活动"),
	/** claimed inactive, platform has counted activities */
	PLATFORM_ACTIVITY_NOT_CLAIMED("报未开展，平台有活动"),
	/**
	 * the city names the county in neither list, whatever the platform shows: a
	 * discrepancy, because the city's table must account for every county
	 */
	NOT_LISTED("未列出"),
	/** claimed active or inactive, but the platform data is stale: not compared */
	PLATFORM_STALE("平台数据未更新"),
	/** the city has no figures, so no county lists */
	NOT_SUBMITTED("未报送");

	private final String label;

	CountyStatus(String label) {
		this.label = label;
	}

	/** The Chinese label shown in the report and the mail. */
	public String label() {
		return this.label;
	}

	/**
	 * A discrepancy (SPEC §4.1): anything but CONFIRMED_ACTIVE and CONFIRMED_INACTIVE
	 * among the counties that were checked.
	 */
	public boolean discrepancy() {
		return this == CLAIMED_WITHOUT_PLATFORM_RECORD || this == PLATFORM_ACTIVITY_NOT_CLAIMED || this == NOT_LISTED;
	}

}
