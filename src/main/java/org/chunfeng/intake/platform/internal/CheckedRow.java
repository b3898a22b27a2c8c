package org.chunfeng.intake.platform.internal;

/**
 * A row after validation: either an activity to load or the reason it is rejected. Bad
 * rows travel to the writer like good ones, so that no row is ever dropped unseen.
 */
record CheckedRow(long line, String activityId, PlatformActivity activity, String rejection) {

	static CheckedRow valid(PlatformActivity activity) {
		return new CheckedRow(activity.line(), activity.activityId(), activity, null);
	}

	static CheckedRow rejected(long line, String activityId, String reason) {
		return new CheckedRow(line, activityId, null, reason);
	}

	boolean isRejected() {
		return this.rejection != null;
	}

}
