package org.chunfeng.intake.platform;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.chunfeng.campaign.CampaignCalendar;

/** The query side of the stored platform activities, for the reconciliation. */
public interface PlatformActivities {

	/**
	 * Per city code, the counts as of {@code asOf}: campaign activities, not cancelled,
	 * starting within the campaign window and on or before {@code asOf}. Every city of
	 * the divisions is present, with zeros where it has nothing.
	 */
	Map<String, PlatformCityCounts> countAsOf(LocalDate asOf, CampaignCalendar campaign);

	/** Distinct activities stored. */
	long activityCount();

	/** Rows rejected over all imports. */
	long rejectedRowCount();

	/** The most recent rejected rows, newest first. */
	List<PlatformRejection> recentRejections(int limit);

	/** The exports taken in (loaded, refused or duplicate), newest first. */
	default List<PlatformImport> recentImports(int limit) {
		return List.of();
	}

}
