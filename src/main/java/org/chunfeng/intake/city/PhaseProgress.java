package org.chunfeng.intake.city;

/**
 * The optional 阶段进展 sheet: the items the notice asks for in the phase reports of 2 Feb
 * and 22 Feb.
 */
public record PhaseProgress(String launchCeremony, String activityPlan, long returnedHome, long stayedAtPost,
		long returnedToPost, long migrantWorkers, String measures, String problems) {

	/** Sheet name. */
	public static final String SHEET = "阶段进展";

}
