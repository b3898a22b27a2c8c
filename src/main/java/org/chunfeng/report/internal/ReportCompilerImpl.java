package org.chunfeng.report.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chunfeng.campaign.CampaignCalendar;
import org.chunfeng.campaign.Campaigns;
import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.intake.city.CitySubmissions;
import org.chunfeng.intake.platform.PlatformActivities;
import org.chunfeng.intake.platform.PlatformRejection;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.report.CompiledReport;
import org.chunfeng.report.ReportCompiler;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gathers what the requested sheets need (the previous week's submissions, the platform's
 * rejected rows) and writes the workbook.
 */
@Component
class ReportCompilerImpl implements ReportCompiler {

	/** Rejected platform rows listed in 平台数据问题 at most. */
	static final int REJECTIONS_LISTED = 100_000;

	private final Campaigns campaigns;

	private final ObjectProvider<CitySubmissions> submissions;

	private final ObjectProvider<PlatformActivities> platform;

	/** Found on first use: looking through the installed fonts takes a moment. */
	private PositionsChartImage chartImage;

	// the intake modules provide the submissions and the platform's rejections; they are
	// looked up when a report is compiled, so that this module starts without them
	ReportCompilerImpl(Campaigns campaigns, ObjectProvider<CitySubmissions> submissions,
			ObjectProvider<PlatformActivities> platform) {
		this.campaigns = campaigns;
		this.submissions = submissions;
		this.platform = platform;
	}

	@Override
	public CompiledReport compile(String deliverable, String title, List<String> sheets, Reconciliation reconciliation,
			Path folder) {
		List<String> names = ReportWorkbook.checkSheets(sheets);
		ReportData data = gather(deliverable, title, names, reconciliation);
		try {
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create report folder " + folder, ex);
		}
		Path file = folder.resolve(fileName(deliverable, reconciliation.asOf()));
		ReportWorkbook.write(data, names, file);
		return new CompiledReport(file);
	}

	static String fileName(String deliverable, LocalDate asOf) {
		return "chunfeng-" + deliverable + "-" + asOf + ".xlsx";
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

	/**
	 * The weekly due date before the one the report stands on: for a due date the one
	 * before it; for another date (the final summary as of the campaign's end) the one
	 * before the latest due date, so that the week compared is the last full one.
	 */
	static Optional<LocalDate> previousReportingDate(CampaignCalendar campaign, LocalDate asOf) {
		LocalDate current = campaign.latestWeeklyDueDate(asOf).orElse(asOf);
		return campaign.previousWeeklyDueDate(current);
	}

	private ReportData gather(String deliverable, String title, List<String> sheets, Reconciliation reconciliation) {
		CampaignCalendar campaign = this.campaigns.current();
		Optional<LocalDate> previousDate = Optional.empty();
		Map<String, CitySubmission> previous = new HashMap<>();
		if (sheets.contains(WeekOnWeekSheet.NAME)) {
			previousDate = previousReportingDate(campaign, reconciliation.asOf());
			CitySubmissions source = this.submissions.getObject();
			for (CityReconciliation city : reconciliation.cities()) {
				previousDate.flatMap((date) -> source.latestOnOrBefore(city.city().code(), date))
					.ifPresent((submission) -> previous.put(city.city().code(), submission));
			}
		}
		List<PlatformRejection> rejections = List.of();
		long rejectedTotal = 0;
		if (sheets.contains(PlatformProblemsSheet.NAME)) {
			PlatformActivities activities = this.platform.getObject();
			rejections = activities.recentRejections(REJECTIONS_LISTED);
			rejectedTotal = activities.rejectedRowCount();
		}
		return new ReportData(deliverable, title, campaign, reconciliation, previousDate, previous, rejections,
				rejectedTotal);
	}

}
