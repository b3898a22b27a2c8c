package org.chunfeng.intake.city;

/**
 * The optional 阶段进展 sheet: the items the notice asks for in the phase reports of 2 Feb
 * and 22 Feb. A count the city left blank is null (未填), never 0; a text it left blank is
 * "".
 */
public record PhaseProgress(String launchCeremony, String activityPlan, Long returnedHome, Long stayedAtPost,
		Long returnedToPost, Long migrantWorkers, String measures, String problems) {

	/** Sheet name. */
	public static final String SHEET = "阶段进展";

	public PhaseProgress {
		launchCeremony = (launchCeremony != null) ? launchCeremony : "";
		activityPlan = (activityPlan != null) ? activityPlan : "";
		measures = (measures != null) ? measures : "";
		problems = (problems != null) ? problems : "";
	}

}
