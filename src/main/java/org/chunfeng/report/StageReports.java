package org.chunfeng.report;

import org.chunfeng.campaign.CampaignCalendar;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.report.internal.StageBuilder;

/**
 * Fills a phase or final report's outline in from a run's reconciliation, for its draft
 * document and its email alike (SPEC §5.5).
 */
public final class StageReports {

	private StageReports() {
	}

	public static StageReport of(DraftOutline outline, Reconciliation reconciliation, CampaignCalendar campaign) {
		return StageBuilder.build(outline, reconciliation, campaign);
	}

}
