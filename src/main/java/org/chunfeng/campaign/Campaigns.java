package org.chunfeng.campaign;

import java.util.List;

/** The configured campaign years; {@link #current()} is the one the product runs. */
public interface Campaigns {

	CampaignCalendar current();

	/** The campaign of {@code year}, or an error naming the missing file. */
	CampaignCalendar forYear(int year);

	List<Integer> years();

}
