package org.chunfeng.admin.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.chunfeng.Workspace;
import org.chunfeng.campaign.CampaignCalendar;
import org.chunfeng.campaign.Campaigns;
import org.chunfeng.deliverable.AsOfDates;
import org.chunfeng.deliverable.Deliverable;
import org.chunfeng.deliverable.DeliverableRuns;
import org.chunfeng.deliverable.Deliverables;
import org.chunfeng.deliverable.RefusalNotices;
import org.chunfeng.deliverable.RunRecord;
import org.chunfeng.deliverable.RunRequest;
import org.chunfeng.delivery.OutboxEntry;
import org.chunfeng.intake.city.CityImportResult;
import org.chunfeng.intake.city.CityReportIntake;
import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.intake.city.CitySubmissions;
import org.chunfeng.intake.platform.PlatformActivities;
import org.chunfeng.intake.platform.PlatformImportResult;
import org.chunfeng.intake.platform.PlatformIntake;
import org.chunfeng.intake.platform.PlatformRejection;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.Reconciler;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.reconcile.ReconciliationText;
import org.chunfeng.reconcile.SubmissionStatus;
import org.chunfeng.region.Divisions;
import org.chunfeng.schedule.AlertRecord;
import org.chunfeng.schedule.Firing;
import org.chunfeng.schedule.FiringRecord;
import org.chunfeng.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * What the console and the API show and do, in one place so that both behave alike. Every
 * change is written to the audit log, whether it succeeded or not. The features behind it
 * are looked up lazily, so that the console starts before every one exists.
 */
@ConditionalOnWebApplication
@Component
class Console {

	private static final Logger logger = LoggerFactory.getLogger(Console.class);

	private final Deliverables deliverables;

	private final Campaigns campaigns;

	private final Schedules schedules;

	private final Divisions divisions;

	private final Workspace workspace;

	private final AuditLog audit;

	private final ObjectProvider<DeliverableRuns> runs;

	private final ObjectProvider<CityReportIntake> cityIntake;

	private final ObjectProvider<CitySubmissions> citySubmissions;

	private final ObjectProvider<PlatformIntake> platformIntake;

	private final ObjectProvider<PlatformActivities> platformActivities;

	private final ObjectProvider<Reconciler> reconciler;

	private final ObjectProvider<RefusalNotices> refusalNotices;

	private final TaskExecutor executor;

	private final Clock clock;

	Console(Deliverables deliverables, Campaigns campaigns, Schedules schedules, Divisions divisions,
			Workspace workspace, AuditLog audit, ObjectProvider<DeliverableRuns> runs,
			ObjectProvider<CityReportIntake> cityIntake, ObjectProvider<CitySubmissions> citySubmissions,
			ObjectProvider<PlatformIntake> platformIntake, ObjectProvider<PlatformActivities> platformActivities,
			ObjectProvider<Reconciler> reconciler, ObjectProvider<RefusalNotices> refusalNotices,
			ObjectProvider<TaskExecutor> executor, ObjectProvider<Clock> clock) {
		this.deliverables = deliverables;
		this.campaigns = campaigns;
		this.schedules = schedules;
		this.divisions = divisions;
		this.workspace = workspace;
		this.audit = audit;
		this.runs = runs;
		this.cityIntake = cityIntake;
		this.citySubmissions = citySubmissions;
		this.platformIntake = platformIntake;
		this.platformActivities = platformActivities;
		this.reconciler = reconciler;
		this.refusalNotices = refusalNotices;
		this.executor = executor.getIfUnique(() -> new SimpleAsyncTaskExecutor("console-run-"));
		this.clock = clock.getIfUnique(Clock::systemUTC);
	}

	CampaignCalendar campaign() {
		return this.campaigns.current();
	}

	ZonedDateTime now() {
		return ZonedDateTime.now(this.clock).withZoneSameInstant(campaign().zone());
	}

	// ---- deliverables and schedules

	List<DeliverableView> deliverables() {
		List<DeliverableView> views = new ArrayList<>();
		DeliverableRuns deliverableRuns = this.runs.getIfAvailable();
		for (Deliverable deliverable : this.deliverables.all()) {
			Optional<Firing> deadline = this.schedules.nextDeadline(deliverable.id());
			views.add(new DeliverableView(deliverable.id(), deliverable.title(),
					this.schedules.isPaused(deliverable.id()),
					this.schedules.nextFiring(deliverable.id()).map(Firing::at).orElse(null),
					deadline.map(Firing::deadline).orElse(null), deadline.map(Firing::asOf).orElse(null),
					deadline.map((firing) -> countdown(firing.deadline())).orElse("本期活动已无截止时间"),
					(deliverableRuns != null) ? deliverableRuns.lastOf(deliverable.id()).orElse(null) : null));
		}
		return views;
	}

	private String countdown(ZonedDateTime deadline) {
		Duration left = Duration.between(now(), deadline);
		if (left.isNegative()) {
			return "已过截止时间";
		}
		return "还有 " + left.toDays() + " 天 " + left.toHoursPart() + " 小时 " + left.toMinutesPart() + " 分";
	}

	List<Firing> firings(int year) {
		return this.schedules.firings(year);
	}

	List<FiringRecord> recentFirings(int limit) {
		return this.schedules.recentFirings(limit);
	}

	List<AlertRecord> recentAlerts(int limit) {
		return this.schedules.recentAlerts(limit);
	}

	void pause(String user, String deliverable) {
		audited(user, "PAUSE", deliverable, null, () -> {
			this.schedules.pause(deliverable);
			return null;
		});
	}

	void resume(String user, String deliverable) {
		audited(user, "RESUME", deliverable, null, () -> {
			this.schedules.resume(deliverable);
			return null;
		});
	}

	// ---- runs

	/** Runs the deliverable and waits for it (the API). */
	RunRecord run(String user, String deliverable, LocalDate asOf, boolean force, boolean sendMail) {
		RunRequest request = new RunRequest(deliverable, asOf, force, sendMail, user);
		return audited(user, "RUN", deliverable, describe(request), () -> runs().run(check(request)));
	}

	/** Starts the run in the background (the console, which shows its progress). */
	void submit(String user, String deliverable, LocalDate asOf, boolean force, boolean sendMail) {
		RunRequest request = new RunRequest(deliverable, asOf, force, sendMail, user);
		audited(user, "RUN", deliverable, describe(request), () -> {
			DeliverableRuns deliverableRuns = runs();
			check(request);
			this.executor.execute(() -> {
				try {
					deliverableRuns.run(request);
				}
				catch (RuntimeException ex) {
					logger.error("run {} requested by {} failed", request, user, ex);
					this.audit.record(user, "RUN", deliverable, describe(request) + ": " + ex.getMessage(), "FAILED");
				}
			});
			return null;
		});
	}

	RunRecord restart(String user, long runId) {
		return audited(user, "RESTART", "run " + runId, null, () -> runs().restart(runId));
	}

	void submitRestart(String user, long runId) {
		audited(user, "RESTART", "run " + runId, null, () -> {
			DeliverableRuns deliverableRuns = runs();
			this.executor.execute(() -> {
				try {
					deliverableRuns.restart(runId);
				}
				catch (RuntimeException ex) {
					logger.error("restart of run {} failed", runId, ex);
					this.audit.record(user, "RESTART", "run " + runId, ex.getMessage(), "FAILED");
				}
			});
			return null;
		});
	}

	List<RunRecord> recentRuns(int limit) {
		DeliverableRuns deliverableRuns = this.runs.getIfAvailable();
		return (deliverableRuns != null) ? deliverableRuns.recent(limit) : List.of();
	}

	Optional<RunRecord> run(long runId) {
		return runs().find(runId);
	}

	/** The mail of a run and what became of each message. */
	List<OutboxEntry> deliveries(long runId) {
		return runs().deliveries(runId);
	}

	Optional<Path> reportFile(long runId) {
		return runs().reportFile(runId).map((file) -> file.isAbsolute() ? file : this.workspace.home().resolve(file));
	}

	// ---- uploads

	CityImportResult uploadCity(String user, String fileName, InputStream content, LocalDate reportingDate) {
		String detail = (reportingDate != null) ? "报告日期 " + reportingDate : null;
		return audited(user, "UPLOAD_CITY", fileName, detail, () -> {
			CityReportIntake intake = require(this.cityIntake, "城市统计表导入");
			CityImportResult result = intake.importFile(store(fileName, content), fileName, reportingDate,
					this.clock.instant());
			if (!result.refusedCities().isEmpty()) {
				// an upload's refusal is told to the city at once (SPEC §4.1)
				RefusalNotices notices = this.refusalNotices.getIfAvailable();
				if (notices != null) {
					notices.sendNow();
				}
			}
			return result;
		}, (result) -> result.refused() ? new Outcome("REFUSED", String.join("；", result.errors())) : null);
	}

	PlatformImportResult uploadPlatform(String user, String fileName, InputStream content) {
		return audited(user, "UPLOAD_PLATFORM", fileName, null, () -> {
			PlatformIntake intake = require(this.platformIntake, "平台数据导入");
			return intake.importFile(store(fileName, content));
		}, (result) -> (result.outcome() == PlatformImportResult.Outcome.REFUSED)
				? new Outcome("REFUSED", result.reason()) : null);
	}

	/** Keeps an upload under its own name in a folder of its own (names may repeat). */
	private Path store(String fileName, InputStream content) {
		String name = Path.of(fileName.replace('\\', '/'))
			.getFileName()
			.toString()
			.replaceAll("[\\p{Cntrl}:*?\"<>|]", "_");
		if (name.isBlank() || name.startsWith(".")) {
			throw new IllegalArgumentException("文件名无效: " + fileName);
		}
		Path folder = this.workspace.folder("inbox/uploads/" + this.clock.millis() + "-" + UUID.randomUUID());
		Path file = folder.resolve(name);
		try (content) {
			Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot store the upload " + name, ex);
		}
		return file;
	}

	// ---- what came in

	/** The reporting date shown by default: the latest weekly due date up to today. */
	LocalDate currentReportingDate() {
		CampaignCalendar campaign = campaign();
		return campaign.latestWeeklyDueDate(now().toLocalDate()).orElse(campaign.weeklyDueDates().get(0));
	}

	/**
	 * Every city's submission status for the period of {@code reportingDate} (the latest
	 * weekly due date on or before it) and for every weekly due date so far, as the
	 * current data stand.
	 */
	Optional<Submissions> submissions(LocalDate reportingDate) {
		Reconciler found = this.reconciler.getIfAvailable();
		if (found == null) {
			return Optional.empty();
		}
		Reconciliation reconciliation = found.reconcile(reportingDate);
		List<CitySubmissionView> cities = new ArrayList<>();
		for (CityReconciliation city : reconciliation.cities()) {
			Optional<CitySubmission> shown = city.submission();
			cities.add(new CitySubmissionView(city.city().code(), city.city().name(), city.status(),
					ReconciliationText.status(city), city.figuresAsOf().orElse(null),
					shown.map(CitySubmission::receivedAt).orElse(null), shown.map(CitySubmission::late).orElse(false),
					shown.map(CitySubmission::fileName).orElse(null),
					shown.map(CitySubmission::warnings).orElse(List.of()),
					city.refusals()
						.stream()
						.map((refusal) -> refusal.fileName() + "：" + String.join("；", refusal.reasonsInFile()))
						.toList(),
					reconciliation.dueDates().stream().map((due) -> city.completeness().get(due)).toList()));
		}
		return Optional.of(new Submissions(reconciliation.asOf(), reconciliation.period(), reconciliation.dueDates(),
				ReconciliationText.submissions(reconciliation), cities));
	}

	List<CityImportResult> recentCityImports(int limit) {
		CitySubmissions submissions = this.citySubmissions.getIfAvailable();
		return (submissions != null) ? submissions.recentImports(limit) : List.of();
	}

	Optional<Reconciliation> discrepancies(LocalDate asOf) {
		Reconciler found = this.reconciler.getIfAvailable();
		return (found != null) ? Optional.of(found.reconcile(asOf)) : Optional.empty();
	}

	List<PlatformRejection> rejections(int limit) {
		PlatformActivities activities = this.platformActivities.getIfAvailable();
		return (activities != null) ? activities.recentRejections(limit) : List.of();
	}

	List<AuditLog.AuditEntry> audit(int limit) {
		return this.audit.recent(limit);
	}

	// ---- helpers

	private <T> T audited(String user, String action, String target, String detail, Supplier<T> work) {
		return audited(user, action, target, detail, work, (result) -> null);
	}

	/**
	 * Does the work and writes one audit line: OK, the outcome {@code judge} finds in the
	 * result (e.g. REFUSED with the reasons), or FAILED with the error.
	 */
	private <T> T audited(String user, String action, String target, String detail, Supplier<T> work,
			Function<T, Outcome> judge) {
		T result;
		try {
			result = work.get();
		}
		catch (RuntimeException ex) {
			this.audit.record(user, action, target, ((detail != null) ? detail + ": " : "") + ex.getMessage(),
					"FAILED");
			throw ex;
		}
		Outcome outcome = judge.apply(result);
		if (outcome == null) {
			this.audit.record(user, action, target, detail, "OK");
		}
		else {
			this.audit.record(user, action, target, ((detail != null) ? detail + ": " : "") + outcome.detail(),
					outcome.name());
		}
		return result;
	}

	/** An audited action that ran but did not succeed as asked. */
	private record Outcome(String name, String detail) {

	}

	private DeliverableRuns runs() {
		return require(this.runs, "交付物运行");
	}

	private static <T> T require(ObjectProvider<T> provider, String feature) {
		T found = provider.getIfAvailable();
		if (found == null) {
			throw new FeatureUnavailableException(feature + "功能尚未就绪 (not available)");
		}
		return found;
	}

	private RunRequest check(RunRequest request) {
		this.deliverables.get(request.deliverable());
		if (request.asOf() == null) {
			throw new IllegalArgumentException("请填写截至日期 (as-of date is required)");
		}
		AsOfDates.problem(request.asOf(), campaign()).ifPresent((problem) -> {
			throw new IllegalArgumentException(problem);
		});
		return request;
	}

	private static String describe(RunRequest request) {
		return "截至 " + request.asOf() + (request.force() ? "，强制重新生成" : "") + (request.sendMail() ? "" : "，不发邮件");
	}

	/** A deliverable as the dashboard shows it. */
	record DeliverableView(String id, String title, boolean paused, ZonedDateTime nextFiring,
			ZonedDateTime nextDeadline, LocalDate nextAsOf, String countdown, RunRecord lastRun) {

	}

	/**
	 * The submissions page: the period, the weekly due dates so far and each city.
	 *
	 * @param summary 本期报送情况 as one sentence
	 */
	record Submissions(LocalDate asOf, LocalDate period, List<LocalDate> dueDates, String summary,
			List<CitySubmissionView> cities) {

	}

	/**
	 * A city's submission status for the period, the submission whose figures count (null
	 * fields when none), the period's refused files, and its status for each weekly due
	 * date so far.
	 */
	record CitySubmissionView(String cityCode, String cityName, SubmissionStatus status, String statusText,
			LocalDate figuresAsOf, Instant receivedAt, boolean late, String fileName, List<String> warnings,
			List<String> refusals, List<SubmissionStatus> completeness) {

	}

	/** A feature module is not part of this build or not configured. */
	static class FeatureUnavailableException extends RuntimeException {

		FeatureUnavailableException(String message) {
			super(message);
		}

	}

}
