package org.chunfeng.reconcile;

/** What the city claims about a county against what the platform shows (SPEC §4). */
public enum CountyStatus {

	/** claimed active, platform has counted activities */
	CONFIRMED_ACTIVE,
	/** claimed inactive, platform has none */
	CONFIRMED_INACTIVE,
	/** claimed active, platform has none */
	CLAIMED_WITHOUT_PLATFORM_RECORD,
	/** claimed inactive, platform has counted activities */
	PLATFORM_ACTIVITY_NOT_CLAIMED,
	/** the city names the county in neither list (whatever the platform shows) */
	NOT_LISTED

}
