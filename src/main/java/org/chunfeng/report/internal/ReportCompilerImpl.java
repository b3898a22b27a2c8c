package org.chunfeng.report.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chunfeng.campaign.CampaignCalendar;
import org.chunfeng.campaign.Campaigns;
import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.intake.platform.PlatformActivities;
import org.chunfeng.intake.platform.PlatformRejection;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.report.CompiledReport;
import org.chunfeng.report.DraftOutline;
import org.chunfeng.report.StageReport;
import org.chunfeng.report.ReportCompiler;

import org.springframework.stereotype.Component;

/**
 * Gathers what the requested sheets need (the previous week's figures the reconciliation
 * noted, the platform's rejected rows) and writes the workbook.
 */
@Component
class ReportCompilerImpl implements ReportCompiler {

	/** Rejected platform rows listed in 平台数据问题 at most. */
	static final int REJECTIONS_LISTED = 100_000;

	private final Campaigns campaigns;

	private final PlatformActivities platform;

	/** Found on first use: looking through the installed fonts takes a moment. */
	private PositionsChartImage chartImage;

	ReportCompilerImpl(Campaigns campaigns, PlatformActivities platform) {
		this.campaigns = campaigns;
		this.platform = platform;
	}

	@Override
	public CompiledReport compile(String deliverable, String title, List<String> sheets, Reconciliation reconciliation,
			Path file, String edition) {
		return compile(deliverable, title, sheets, reconciliation, file, edition, null);
	}

	@Override
	public CompiledReport compile(String deliverable, String title, List<String> sheets, Reconciliation reconciliation,
			Path file, String edition, DraftOutline outline) {
		List<String> names = ReportWorkbook.checkSheets(sheets);
		ReportData data = gather(deliverable, title, names, reconciliation, edition, outline);
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create report folder " + file.getParent(), ex);
		}
		ReportWorkbook.write(data, names, file);
		return new CompiledReport(file);
	}

	@Override
	public CompiledReport compileDraft(DraftOutline outline, Reconciliation reconciliation, Path file, String edition,
			List<String> contact, LocalDate dated) {
		CampaignCalendar campaign = this.campaigns.current();
		StageReport stage = StageBuilder.build(outline, reconciliation, campaign);
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create report folder " + file.getParent(), ex);
		}
		DraftDocumentWriter.write(DraftBuilder.build(stage, reconciliation, campaign, edition, contact, dated), file);
		return new CompiledReport(file);
	}

	@Override
	public byte[] positionsChartPng(Reconciliation reconciliation) {
		return chartImage().render(reconciliation);
	}

	private synchronized PositionsChartImage chartImage() {
		if (this.chartImage == null) {
			this.chartImage = PositionsChartImage.withInstalledFonts();
		}
		return this.chartImage;
	}

	private ReportData gather(String deliverable, String title, List<String> sheets, Reconciliation reconciliation,
			String edition, DraftOutline outline) {
		CampaignCalendar campaign = this.campaigns.current();
		Map<String, CitySubmission> previous = new HashMap<>();
		for (CityReconciliation city : reconciliation.cities()) {
			city.previous().ifPresent((submission) -> previous.put(city.city().code(), submission));
		}
		List<PlatformRejection> rejections = List.of();
		long rejectedTotal = 0;
		if (sheets.contains(PlatformProblemsSheet.NAME)) {
			rejections = this.platform.recentRejections(REJECTIONS_LISTED);
			rejectedTotal = this.platform.rejectedRowCount();
		}
		return new ReportData(deliverable, title, campaign, reconciliation, reconciliation.previousDate(), previous,
				rejections, rejectedTotal, edition, outline);
	}

}
