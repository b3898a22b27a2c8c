package org.chunfeng.intake.platform.internal;

/**
 * The canonical fields of a platform export row; the headers each accepts are in
 * {@code config/platform.yml}.
 */
enum Field {

	ACTIVITY_ID, NAME, MODE, COUNTY_CODE, CITY_NAME, COUNTY_NAME, START_DATE, END_DATE, EMPLOYERS, POSITIONS, INTENTS,
	CAMPAIGN, STATUS, UPDATED_AT;

	boolean isDate() {
		return this == START_DATE || this == END_DATE || this == UPDATED_AT;
	}

}
