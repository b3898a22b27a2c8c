package org.chunfeng.reconcile;

/**
 * One county's check.
 *
 * @param claim what the city's workbook says: ACTIVE (已开展), INACTIVE (未开展) or NOT_LISTED
 */
public record CountyCheck(String countyCode, String countyName, long platformActivities, long platformPositions,
		Claim claim, CountyStatus status) {

	public enum Claim {

		ACTIVE, INACTIVE, NOT_LISTED

	}

}
