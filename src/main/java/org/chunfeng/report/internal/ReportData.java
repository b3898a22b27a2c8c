package org.chunfeng.report.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chunfeng.campaign.CampaignCalendar;
import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.intake.platform.PlatformRejection;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.report.DraftOutline;

/**
 * Everything a report workbook shows, gathered before writing so that the writing needs
 * no database.
 *
 * @param title the deliverable's title, e.g. 春风行动开展情况统计表
 * @param previousDate the reporting date before the as-of date, for 周环比
 * @param previous each city's submission on or before {@code previousDate}, by city code
 * @param rejections the most recent rejected platform rows
 * @param rejectedTotal rejected platform rows over all imports
 * @param edition e.g. 更正版（第2版） or 预览（未发送）; null for a first version
 * @param outline the deliverable's draft outline (how its 阶段进展 sheet counts the cities'
 * items), or null
 */
record ReportData(String deliverable, String title, CampaignCalendar campaign, Reconciliation reconciliation,
		Optional<LocalDate> previousDate, Map<String, CitySubmission> previous, List<PlatformRejection> rejections,
		long rejectedTotal, String edition, DraftOutline outline) {

	ReportData {
		previous = Map.copyOf(previous);
		rejections = List.copyOf(rejections);
	}

	ReportData(String deliverable, String title, CampaignCalendar campaign, Reconciliation reconciliation,
			Optional<LocalDate> previousDate, Map<String, CitySubmission> previous, List<PlatformRejection> rejections,
			long rejectedTotal, String edition) {
		this(deliverable, title, campaign, reconciliation, previousDate, previous, rejections, rejectedTotal, edition,
				null);
	}

	LocalDate asOf() {
		return this.reconciliation.asOf();
	}

	/** The deliverable's title with the campaign year, e.g. 2024年春风行动开展情况统计表. */
	String yearTitle() {
		return yearTitle(this.title);
	}

	String yearTitle(String text) {
		return (!text.isEmpty() && Character.isDigit(text.charAt(0))) ? text : this.campaign.year() + "年" + text;
	}

	/**
	 * The line under a sheet's title: the deliverable, the as-of date and the edition.
	 */
	String subtitle() {
		return yearTitle() + "　截至" + Cells.chineseDate(asOf()) + editionSuffix();
	}

	/** " 更正版（第2版）", or "" for a first version. */
	String editionSuffix() {
		return (this.edition != null && !this.edition.isBlank()) ? "　" + this.edition : "";
	}

}
