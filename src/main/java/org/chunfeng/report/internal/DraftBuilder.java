package org.chunfeng.report.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chunfeng.campaign.CampaignCalendar;
import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.intake.city.Metric;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.reconcile.ReconciliationText;
import org.chunfeng.report.StageReport;

/**
 * A phase or final report's {@link StageReport} as a {@link DraftDocument}: its sections
 * with sentences, city tables and attributed quotes, the 统计表 as the appendix (as the
 * workbook's first sheet shows it), the contact line, the issuer and the date.
 */
final class DraftBuilder {

	/**
	 * Relative widths of the appendix' 20 columns: city (市级名称 on one line at 8 points),
	 * 15 counts, 2 money (room for the cities' 4 decimals on one line), 2 lists.
	 */
	static final List<Integer> APPENDIX_WIDTHS = List.of(7, 4, 5, 4, 5, 5, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 7, 7, 9, 8);

	private DraftBuilder() {
	}

	static DraftDocument build(StageReport stage, Reconciliation reconciliation, CampaignCalendar campaign,
			String edition, List<String> contact, LocalDate dated) {
		List<DraftDocument.Part> parts = stage.sections().stream().map(DraftBuilder::part).toList();
		return new DraftDocument(stage.title(), stage.addressee(), stage.opening(), parts,
				appendix(reconciliation, campaign, edition), contact, stage.issuer(), ReconciliationText.date(dated));
	}

	private static DraftDocument.Part part(StageReport.Section section) {
		DraftDocument.Table table = null;
		if (section.table() != null) {
			table = new DraftDocument.Table(List.of(section.table().header()), section.table().rows(),
					section.table().numericFrom());
		}
		List<DraftDocument.Quote> quotes = new ArrayList<>();
		String silent = null;
		if (section.quotes() != null) {
			for (StageReport.Quote quote : section.quotes().quotes()) {
				quotes.add(new DraftDocument.Quote(
						(quote.note() != null) ? quote.city() + "（" + quote.note() + "）" : quote.city(), quote.text()));
			}
			silent = section.quotes().silentSentence();
		}
		return new DraftDocument.Part(section.heading(), section.sentences(), table, quotes, silent,
				section.items().stream().map(DraftBuilder::part).toList());
	}

	/** 附件：春风行动开展情况统计表, as the workbook's 统计表 shows it. */
	static DraftDocument.Appendix appendix(Reconciliation reconciliation, CampaignCalendar campaign, String edition) {
		List<String> groups = new ArrayList<>();
		List<String> headers = new ArrayList<>();
		groups.add(Metric.CITY_HEADER);
		headers.add(Metric.CITY_HEADER);
		for (Metric metric : Metric.values()) {
			groups.add((metric.group() == Metric.Group.NONE) ? metric.header() : metric.group().header());
			headers.add(metric.header());
		}
		groups.add(Metric.COUNTIES_GROUP);
		groups.add(Metric.COUNTIES_GROUP);
		headers.add(Metric.COUNTIES_ACTIVE_HEADER);
		headers.add(Metric.COUNTIES_INACTIVE_HEADER);
		List<List<String>> rows = new ArrayList<>();
		for (CityReconciliation city : reconciliation.cities()) {
			List<String> row = new ArrayList<>();
			if (city.submission().isEmpty()) {
				row.add(city.city().name());
				row.add(StatisticsSheet.missingText(city));
				rows.add(row);
				continue;
			}
			CitySubmission submission = city.submission().get();
			row.add(StatisticsSheet.cityLabel(city));
			for (Metric metric : Metric.values()) {
				BigDecimal value = submission.figure(metric);
				row.add(metric.money() ? StageBuilder.money(value) : StageBuilder.plain(value));
			}
			row.add(StatisticsSheet.countyNames(city.city(), submission.countiesActive()));
			row.add(StatisticsSheet.countyNames(city.city(), submission.countiesInactive()));
			rows.add(row);
		}
		Map<Metric, BigDecimal> totals = reconciliation.totals();
		List<String> total = new ArrayList<>();
		total.add(StatisticsSheet.TOTAL);
		if (totals.isEmpty()) {
			total.add("各市均无已报送的数据，没有合计");
		}
		else {
			for (Metric metric : Metric.values()) {
				total.add(metric.money() ? StageBuilder.money(totals.get(metric))
						: StageBuilder.plain(totals.get(metric)));
			}
			total.add("");
			total.add("");
		}
		rows.add(total);
		String note = StatisticsSheet.note(reconciliation);
		String title = campaign.year() + "年" + StatisticsSheet.TABLE_TITLE;
		String subtitle = "截至" + ReconciliationText.date(reconciliation.asOf())
				+ ((edition != null && !edition.isBlank()) ? "　" + edition : "");
		return new DraftDocument.Appendix(title, subtitle,
				new DraftDocument.Table(List.of(groups, headers), rows, 1, APPENDIX_WIDTHS), List.of(note));
	}

}
