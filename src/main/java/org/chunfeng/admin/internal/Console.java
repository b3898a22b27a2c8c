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
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.chunfeng.Workspace;
import org.chunfeng.audit.AuditEntry;
import org.chunfeng.audit.AuditLog;
import org.chunfeng.audit.AuditOutcome;
import org.chunfeng.campaign.CampaignCalendar;
import org.chunfeng.campaign.Campaigns;
import org.chunfeng.deliverable.AsOfDates;
import org.chunfeng.deliverable.Deliverable;
import org.chunfeng.deliverable.DeliverableRuns;
import org.chunfeng.deliverable.Deliverables;
import org.chunfeng.deliverable.RefusalNotices;
import org.chunfeng.deliverable.RunConflictException;
import org.chunfeng.deliverable.RunDraft;
import org.chunfeng.deliverable.RunRecord;
import org.chunfeng.deliverable.RunRequest;
import org.chunfeng.deliverable.RunWording;
import org.chunfeng.delivery.OutboxEntry;
import org.chunfeng.intake.city.CityImportResult;
import org.chunfeng.intake.city.CityReportIntake;
import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.intake.city.CitySubmissions;
import org.chunfeng.intake.platform.PlatformActivities;
import org.chunfeng.intake.platform.PlatformImport;
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

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the console and the API show and do, in one place so that both behave alike. Every
 * change is written to the audit log, whether it succeeded or not; a run's own line is
 * written when it ends (audit module), with its number and outcome.
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

	private final UploadCheck uploadCheck;

	private final DeliverableRuns runs;

	private final CityReportIntake cityIntake;

	private final CitySubmissions citySubmissions;

	private final PlatformIntake platformIntake;

	private final PlatformActivities platformActivities;

	private final Reconciler reconciler;

	private final RefusalNotices refusalNotices;

	private final TaskExecutor executor;

	private final Clock clock;

	Console(Deliverables deliverables, Campaigns campaigns, Schedules schedules, Divisions divisions,
			Workspace workspace, AuditLog audit, UploadCheck uploadCheck, DeliverableRuns runs,
			CityReportIntake cityIntake, CitySubmissions citySubmissions, PlatformIntake platformIntake,
			PlatformActivities platformActivities, Reconciler reconciler, RefusalNotices refusalNotices,
			TaskExecutor executor, Clock clock) {
		this.deliverables = deliverables;
		this.campaigns = campaigns;
		this.schedules = schedules;
		this.divisions = divisions;
		this.workspace = workspace;
		this.audit = audit;
		this.uploadCheck = uploadCheck;
		this.runs = runs;
		this.cityIntake = cityIntake;
		this.citySubmissions = citySubmissions;
		this.platformIntake = platformIntake;
		this.platformActivities = platformActivities;
		this.reconciler = reconciler;
		this.refusalNotices = refusalNotices;
		this.executor = executor;
		this.clock = clock;
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
		for (Deliverable deliverable : this.deliverables.all()) {
			Optional<Firing> deadline = this.schedules.nextDeadline(deliverable.id());
			views.add(new DeliverableView(deliverable.id(), deliverable.title(),
					this.schedules.isPaused(deliverable.id()),
					this.schedules.nextFiring(deliverable.id()).map(Firing::at).orElse(null),
					deadline.map(Firing::deadline).orElse(null), deadline.map(Firing::asOf).orElse(null),
					deadline.map((firing) -> countdown(firing.deadline())).orElseGet(this::noDeadline),
					this.runs.lastOf(deliverable.id()).orElse(null),
					deadline.map(Firing::asOf).orElseGet(() -> lastAsOf(deliverable.id()))));
		}
		return views;
	}

	/**
	 * Said where a deliverable has no deadline left: the campaign is over, or this
	 * deliverable's part of it is.
	 */
	String noDeadline() {
		CampaignCalendar campaign = campaign();
		return now().toLocalDate().isAfter(campaign.windowEnd()) ? campaign.name() + "已结束" : "本项报表已无后续截止时间";
	}

	private String countdown(ZonedDateTime deadline) {
		Duration left = Duration.between(now(), deadline);
		if (left.isNegative()) {
			return "已过截止时间";
		}
		return "还有 " + left.toDays() + " 天 " + left.toHoursPart() + " 小时 " + left.toMinutesPart() + " 分";
	}

	/** The as-of date of the deliverable's last firing so far (the campaign is over). */
	private LocalDate lastAsOf(String deliverable) {
		ZonedDateTime now = now();
		return this.schedules.firings(campaign().year())
			.stream()
			.filter((firing) -> firing.deliverable().equals(deliverable) && !firing.at().isAfter(now))
			.map(Firing::asOf)
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

	boolean hasCampaign(int year) {
		return this.campaigns.years().contains(year);
	}

	List<Firing> firings(int year) {
		if (!hasCampaign(year)) {
			throw new NoSuchElementException("没有配置 " + year + " 年的活动（已配置: " + this.campaigns.years() + "）");
		}
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

	/**
	 * Runs the deliverable and waits for it (the API). The run's own audit line is
	 * written when it ends; here only a run that did not start, or was done already.
	 */
	RunRecord run(String user, String deliverable, LocalDate asOf, boolean force, boolean sendMail) {
		RunRequest request = new RunRequest(deliverable, asOf, force, sendMail, user);
		Instant asked = Instant.now();
		RunRecord run;
		try {
			run = this.runs.run(check(request));
		}
		catch (RuntimeException ex) {
			this.audit.record(user, address(), "RUN", deliverable, describe(request) + "：" + reason(ex), outcome(ex),
					null);
			throw ex;
		}
		doneAlready(user, address(), request, run, asked);
		return run;
	}

	/** Starts the run in the background (the console, which shows its progress). */
	void submit(String user, String deliverable, LocalDate asOf, boolean force, boolean sendMail) {
		RunRequest request = new RunRequest(deliverable, asOf, force, sendMail, user);
		String address = address();
		try {
			check(request);
		}
		catch (RuntimeException ex) {
			this.audit.record(user, address, "RUN", deliverable, describe(request) + "：" + reason(ex), outcome(ex),
					null);
			throw ex;
		}
		this.executor.execute(() -> {
			Instant asked = Instant.now();
			try {
				doneAlready(user, address, request, this.runs.run(request), asked);
			}
			catch (RuntimeException ex) {
				logger.error("run {} requested by {} did not start", request, user, ex);
				this.audit.record(user, address, "RUN", deliverable, describe(request) + "：" + reason(ex), outcome(ex),
						null);
			}
		});
	}

	/** A run asked for but not made: its (deliverable, as-of) was completed before. */
	private void doneAlready(String user, String address, RunRequest request, RunRecord run, Instant asked) {
		if (run.startedAt() != null && run.startedAt().isBefore(asked.minusSeconds(1))) {
			this.audit.record(user, address, "RUN", request.deliverable(),
					describe(request) + "：已由运行 #" + run.id() + " 完成，未重新运行（需要时选“强制重新生成”）", AuditOutcome.ALREADY_DONE,
					run.id());
		}
	}

	RunRecord restart(String user, long runId) {
		return audited(user, "RESTART", "运行 #" + runId, null, () -> this.runs.restart(runId));
	}

	/**
	 * Checks the restart at once (so that a refusal is said on the page) and runs it in
	 * the background.
	 */
	void submitRestart(String user, long runId) {
		String address = address();
		audited(user, "RESTART", "运行 #" + runId, null, () -> {
			this.runs.checkRestartable(runId);
			return runId;
		}, (checked) -> new Outcome(AuditOutcome.SUBMITTED, "已提交，结果见该报表任务的运行记录"));
		this.executor.execute(() -> {
			try {
				this.runs.restart(runId);
			}
			catch (RuntimeException ex) {
				logger.error("restart of run {} failed", runId, ex);
				this.audit.record(user, address, "RESTART", "运行 #" + runId, reason(ex), outcome(ex), null);
			}
		});
	}

	// ---- sign-off (SPEC §5.5)

	/**
	 * Approves a run's draft, with an edited .docx to send instead if one is uploaded
	 * (checked like any upload: name, type, size, zip bomb), and sends the report; waits
	 * for it (the API). The approval's own audit line (who, when) is written by the audit
	 * module; a refusal is written here, with the address.
	 * @param fileName the uploaded document's name, or null for none
	 */
	RunRecord approve(String user, long runId, String fileName, long size, InputStream content) {
		return approving(user, runId, fileName, size, content, () -> this.runs.restart(runId));
	}

	/**
	 * Records the approval at once (so that a refusal is said on the page) and sends the
	 * report in the background (the console).
	 */
	void submitApproval(String user, long runId, String fileName, long size, InputStream content) {
		String address = address();
		approving(user, runId, fileName, size, content, () -> {
			this.executor.execute(() -> {
				try {
					this.runs.restart(runId);
				}
				catch (RuntimeException ex) {
					logger.error("sending the approved report of run {} failed", runId, ex);
					this.audit.record(user, address, "APPROVE", "运行 #" + runId, "审核已通过，发送失败：" + reason(ex), outcome(ex),
							runId);
				}
			});
			return null;
		});
	}

	private RunRecord approving(String user, long runId, String fileName, long size, InputStream content,
			Supplier<RunRecord> send) {
		Path upload = null;
		try {
			this.runs.checkApprovable(runId);
			if (fileName != null && !fileName.isBlank()) {
				String name = UploadCheck.safeName(fileName);
				String refusal = this.uploadCheck.beforeKeeping(UploadCheck.Kind.DOCUMENT, name, size);
				if (refusal != null) {
					throw new IllegalArgumentException("修改后的报告稿“" + name + "”" + refusal);
				}
				upload = store(name, content);
				refusal = this.uploadCheck.afterWriting(UploadCheck.Kind.DOCUMENT, upload);
				if (refusal != null) {
					throw new IllegalArgumentException("修改后的报告稿“" + name + "”" + refusal);
				}
			}
			this.runs.recordApproval(runId, upload, user);
			return send.get();
		}
		catch (RuntimeException ex) {
			this.audit.record(user, address(), "APPROVE", "运行 #" + runId, reason(ex), outcome(ex), runId);
			throw ex;
		}
		finally {
			if (upload != null) {
				remove(upload);
			}
		}
	}

	/** A run's draft and its sign-off, for the run's page. */
	Optional<RunDraft> draft(long runId) {
		return this.runs.draft(runId);
	}

	/**
	 * The report document of a run: the edited one an approval sent, else the draft as
	 * compiled.
	 */
	Optional<Path> draftFile(long runId) {
		return this.runs.draft(runId)
			.map(RunDraft::document)
			.map((file) -> this.workspace.home().resolve(file))
			.filter(Files::isRegularFile);
	}

	List<RunRecord> recentRuns(int limit) {
		return this.runs.recent(limit);
	}

	Optional<RunRecord> run(long runId) {
		return this.runs.find(runId);
	}

	/** The mail of a run and what became of each message. */
	List<OutboxEntry> deliveries(long runId) {
		return this.runs.deliveries(runId);
	}

	Optional<Path> reportFile(long runId) {
		return this.runs.reportFile(runId)
			.map((file) -> file.isAbsolute() ? file : this.workspace.home().resolve(file));
	}

	// ---- uploads

	/**
	 * A city workbook: checked (name, type, size, zip bomb) before it is kept; a refused
	 * or duplicate one is removed again, so that only what was taken in stays in
	 * inbox/uploads.
	 */
	CityImportResult uploadCity(String user, String fileName, long size, InputStream content, LocalDate reportingDate) {
		String detail = (reportingDate != null) ? "报送日期 " + reportingDate : null;
		return audited(user, "UPLOAD_CITY", fileName, detail, () -> {
			String name = UploadCheck.safeName(fileName);
			Instant received = this.clock.instant();
			String refusal = this.uploadCheck.beforeKeeping(UploadCheck.Kind.CITY, name, size);
			if (refusal != null) {
				return refusedCity(name, received, reportingDate, refusal);
			}
			Path file = store(name, content);
			try {
				refusal = this.uploadCheck.afterWriting(UploadCheck.Kind.CITY, file);
				CityImportResult result = (refusal != null) ? refusedCity(name, received, reportingDate, refusal)
						: this.cityIntake.importFile(file, name, reportingDate, received);
				if (result.duplicate() || result.acceptedCities().isEmpty()) {
					remove(file);
				}
				if (!result.refusedCities().isEmpty()) {
					// an upload's refusal is told to the city at once (SPEC §4.1)
					this.refusalNotices.sendNow();
				}
				return result;
			}
			catch (RuntimeException ex) {
				remove(file);
				throw ex;
			}
		}, (result) -> result.duplicate() ? new Outcome(AuditOutcome.DUPLICATE, "重复文件，与已导入的文件内容相同")
				: result.refused() ? new Outcome(AuditOutcome.REFUSED, String.join("；", result.errors())) : null);
	}

	private static CityImportResult refusedCity(String name, Instant received, LocalDate reportingDate,
			String refusal) {
		// refused before it was read: no city can be told, the uploader sees why
		return new CityImportResult(name, received, received, reportingDate, false, List.of(),
				List.of(name + ": " + refusal), List.of(), List.of(), List.of());
	}

	/** A platform export, checked and removed again like a city workbook. */
	PlatformImportResult uploadPlatform(String user, String fileName, long size, InputStream content) {
		return audited(user, "UPLOAD_PLATFORM", fileName, null, () -> {
			String name = UploadCheck.safeName(fileName);
			String refusal = this.uploadCheck.beforeKeeping(UploadCheck.Kind.PLATFORM, name, size);
			if (refusal != null) {
				return new PlatformImportResult(name, PlatformImportResult.Outcome.REFUSED, 0, 0, 0, refusal,
						List.of());
			}
			Path file = store(name, content);
			try {
				refusal = this.uploadCheck.afterWriting(UploadCheck.Kind.PLATFORM, file);
				PlatformImportResult result = (refusal != null) ? new PlatformImportResult(name,
						PlatformImportResult.Outcome.REFUSED, 0, 0, 0, refusal, List.of())
						: this.platformIntake.importFile(file);
				if (result.outcome() != PlatformImportResult.Outcome.LOADED) {
					remove(file);
				}
				return result;
			}
			catch (RuntimeException ex) {
				remove(file);
				throw ex;
			}
		}, (result) -> switch (result.outcome()) {
			case REFUSED -> new Outcome(AuditOutcome.REFUSED, result.reason());
			case DUPLICATE -> new Outcome(AuditOutcome.DUPLICATE, "重复文件：" + result.reason());
			case LOADED -> null;
		});
	}

	/** Keeps an upload under its own name in a folder of its own (names may repeat). */
	private Path store(String name, InputStream content) {
		Path folder = this.workspace.folder("inbox/uploads/" + this.clock.millis() + "-" + UUID.randomUUID());
		Path file = folder.resolve(name);
		try (content) {
			Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			remove(file);
			throw new UncheckedIOException("上传的文件 " + name + " 无法保存", ex);
		}
		return file;
	}

	/** The upload and the folder made for it. */
	private static void remove(Path file) {
		try {
			FileSystemUtils.deleteRecursively(file.getParent());
		}
		catch (IOException ex) {
			logger.warn("cannot remove the refused upload {}", file, ex);
		}
	}

	// ---- what came in

	/** The latest weekly due date up to today (the first one before the campaign). */
	LocalDate currentReportingDate() {
		CampaignCalendar campaign = campaign();
		return campaign.latestWeeklyDueDate(now().toLocalDate()).orElse(campaign.weeklyDueDates().get(0));
	}

	/**
	 * The date pages open on: the latest reporting date a workbook was accepted for, else
	 * {@link #currentReportingDate()}.
	 */
	LocalDate latestDateWithData() {
		return recentCityImports(1000).stream()
			.filter((result) -> !result.duplicate() && !result.acceptedCities().isEmpty())
			.map(CityImportResult::reportingDate)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElseGet(this::currentReportingDate);
	}

	/**
	 * Every city's submission status for the period of {@code reportingDate} (the latest
	 * weekly due date on or before it) and for every weekly due date so far, as the
	 * current data stand.
	 */
	Submissions submissions(LocalDate reportingDate) {
		Reconciliation reconciliation = this.reconciler.reconcile(reportingDate);
		List<CitySubmissionView> cities = new ArrayList<>();
		for (CityReconciliation city : reconciliation.cities()) {
			Optional<CitySubmission> shown = city.submission();
			cities.add(new CitySubmissionView(city.city().code(), city.city().name(), city.status(),
					ReconciliationText.status(city), city.figuresAsOf().orElse(null),
					shown.map(CitySubmission::receivedAt).orElse(null),
					// late for the period (a file of a later date is) or by its own due
					// time
					city.late() || shown.map(CitySubmission::late).orElse(false),
					shown.map(CitySubmission::fileName).orElse(null),
					shown.map(CitySubmission::warningsInFile).orElse(List.of()),
					city.refusals()
						.stream()
						.map((refusal) -> refusal.fileName() + "：" + String.join("；", refusal.reasonsInFile()))
						.toList(),
					reconciliation.dueDates().stream().map((due) -> city.completeness().get(due)).toList()));
		}
		return new Submissions(reconciliation.asOf(), reconciliation.period(), reconciliation.dueDates(),
				ReconciliationText.submissions(reconciliation), cities);
	}

	List<CityImportResult> recentCityImports(int limit) {
		return this.citySubmissions.recentImports(limit);
	}

	Reconciliation discrepancies(LocalDate asOf) {
		return this.reconciler.reconcile(asOf);
	}

	List<PlatformRejection> rejections(int limit) {
		return this.platformActivities.recentRejections(limit);
	}

	List<PlatformImport> platformImports(int limit) {
		return this.platformActivities.recentImports(limit);
	}

	List<AuditEntry> audit(int limit) {
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
			this.audit.record(user, address(), action, target, ((detail != null) ? detail + "：" : "") + reason(ex),
					outcome(ex), null);
			throw ex;
		}
		Outcome outcome = judge.apply(result);
		if (outcome == null) {
			this.audit.record(user, address(), action, target, detail, AuditOutcome.OK, null);
		}
		else {
			this.audit.record(user, address(), action, target,
					((detail != null) ? detail + "：" : "") + outcome.detail(), outcome.name(), null);
		}
		return result;
	}

	/** REFUSED for what was asked wrongly or cannot be done now; FAILED otherwise. */
	private static AuditOutcome outcome(RuntimeException ex) {
		return (ex instanceof RunConflictException || ex instanceof IllegalArgumentException
				|| ex instanceof NoSuchElementException) ? AuditOutcome.REFUSED : AuditOutcome.FAILED;
	}

	/**
	 * Why an action did not succeed, as people may read it (the audit log is open to
	 * viewers): our own Chinese sentences as they are, without server paths; anything
	 * else (a framework's English message) as a sentence pointing to the log, where the
	 * exception is.
	 */
	static String reason(RuntimeException ex) {
		String message = ex.getMessage();
		boolean ours = message != null
				&& message.codePoints().anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
		if (ours) {
			return RunWording.withoutPaths(message);
		}
		logger.error("console action failed", ex);
		return "处理时出错，详情见服务器日志";
	}

	/** The client's address while serving a request; null in the background. */
	static String address() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return (attributes instanceof ServletRequestAttributes servlet) ? servlet.getRequest().getRemoteAddr() : null;
	}

	/** An audited action that ran but did not succeed as asked. */
	private record Outcome(AuditOutcome name, String detail) {

	}

	private RunRequest check(RunRequest request) {
		if (this.deliverables.find(request.deliverable()).isEmpty()) {
			throw new NoSuchElementException("没有报表任务 " + request.deliverable() + "（可用: "
					+ String.join("、", this.deliverables.all().stream().map(Deliverable::id).toList()) + "）");
		}
		if (request.asOf() == null) {
			throw new IllegalArgumentException("请填写截至日期 asOf（yyyy-MM-dd）");
		}
		AsOfDates.problem(request.asOf(), campaign()).ifPresent((problem) -> {
			throw new IllegalArgumentException(problem);
		});
		return request;
	}

	private static String describe(RunRequest request) {
		return "截至 " + request.asOf() + (request.force() ? "，强制重新生成" : "") + (request.sendMail() ? "" : "，不发邮件");
	}

	/**
	 * A deliverable as the dashboard shows it.
	 *
	 * @param defaultAsOf the run-now date offered: the as-of of its next deadline, else
	 * of its last firing
	 */
	record DeliverableView(String id, String title, boolean paused, ZonedDateTime nextFiring,
			ZonedDateTime nextDeadline, LocalDate nextAsOf, String countdown, RunRecord lastRun,
			LocalDate defaultAsOf) {

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

}
