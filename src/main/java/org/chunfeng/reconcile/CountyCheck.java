package org.chunfeng.reconcile;

/**
 * One county's check.
 *
 * @param claim what the city's workbook says: ACTIVE (已开展), INACTIVE (未开展) or NOT_LISTED
 */
public record CountyCheck(String countyCode, String countyName, long platformActivities, long platformPositions,
		Claim claim, CountyStatus status) {

	/** The platform has at least one counted activity in the county. */
	public boolean activeOnPlatform() {
		return this.platformActivities > 0;
	}

	public enum Claim {

		ACTIVE("已开展"), INACTIVE("未开展"), NOT_LISTED("未列出");

		private final String label;

		Claim(String label) {
			this.label = label;
		}

		/** The Chinese label, as in the workbook's column headers. */
		public String label() {
			return this.label;
		}

	}

}
