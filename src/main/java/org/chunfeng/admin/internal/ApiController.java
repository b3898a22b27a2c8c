package org.chunfeng.admin.internal;

import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.chunfeng.deliverable.AsOfDates;
import org.chunfeng.deliverable.RunConflictException;
import org.chunfeng.audit.AuditEntry;
import org.chunfeng.deliverable.RunRecord;
import org.chunfeng.delivery.OutboxEntry;
import org.chunfeng.intake.city.CityImportResult;
import org.chunfeng.intake.platform.PlatformImport;
import org.chunfeng.intake.platform.PlatformImportResult;
import org.chunfeng.intake.platform.PlatformRejection;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.schedule.AlertRecord;
import org.chunfeng.schedule.Firing;
import org.chunfeng.schedule.FiringRecord;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The JSON API: the console's operations for scripts (HTTP Basic). Times carry their
 * offset (Asia/Shanghai, {@link ApiJson}); errors are problem documents
 * ({@link ApiProblems}).
 */
@ConditionalOnWebApplication
@RestController
@RequestMapping("/api")
class ApiController {

	/** The most a list answers at once. */
	static final int MAX_LIMIT = 1000;

	private final Console console;

	ApiController(Console console) {
		this.console = console;
	}

	@GetMapping("/deliverables")
	List<Console.DeliverableView> deliverables(Authentication user) {
		return this.console.deliverables()
			.stream()
			.map((view) -> (view.lastRun() == null) ? view
					: new Console.DeliverableView(view.id(), view.title(), view.paused(), view.nextFiring(),
							view.nextDeadline(), view.nextAsOf(), view.countdown(),
							RunsShown.forPeople(view.lastRun(), RunsShown.isAdmin(user)), view.defaultAsOf()))
			.toList();
	}

	@GetMapping("/schedule")
	List<Firing> schedule(@RequestParam(required = false) Integer campaign) {
		return this.console.firings((campaign != null) ? campaign : this.console.campaign().year());
	}

	@GetMapping("/firings")
	List<FiringRecord> firings(@RequestParam(defaultValue = "50") int limit) {
		return this.console.recentFirings(limit(limit));
	}

	@GetMapping("/alerts")
	List<AlertRecord> alerts(@RequestParam(defaultValue = "50") int limit) {
		return this.console.recentAlerts(limit(limit));
	}

	/** Runs the deliverable now and answers when it has finished. */
	@PostMapping("/deliverables/{id}/runs")
	RunRecord run(@PathVariable String id, @RequestBody RunBody body, Authentication user) {
		return RunsShown.forPeople(this.console.run(user.getName(), id, body.asOf(), Boolean.TRUE.equals(body.force()),
				!Boolean.FALSE.equals(body.sendMail())), true);
	}

	@PostMapping("/deliverables/{id}/pause")
	Map<String, Object> pause(@PathVariable String id, Principal principal) {
		this.console.pause(principal.getName(), id);
		return Map.of("deliverable", id, "paused", true);
	}

	@PostMapping("/deliverables/{id}/resume")
	Map<String, Object> resume(@PathVariable String id, Principal principal) {
		this.console.resume(principal.getName(), id);
		return Map.of("deliverable", id, "paused", false);
	}

	@GetMapping("/runs")
	List<RunRecord> runs(@RequestParam(defaultValue = "50") int limit, Authentication user) {
		return this.console.recentRuns(limit(limit))
			.stream()
			.map((run) -> RunsShown.forPeople(run, RunsShown.isAdmin(user)))
			.toList();
	}

	@GetMapping("/runs/{id}")
	RunRecord run(@PathVariable long id, Authentication user) {
		return this.console.run(id)
			.map((run) -> RunsShown.forPeople(run, RunsShown.isAdmin(user)))
			.orElseThrow(() -> new NoSuchElementException("没有运行 #" + id));
	}

	@GetMapping("/runs/{id}/deliveries")
	List<OutboxEntry> deliveries(@PathVariable long id) {
		this.console.run(id).orElseThrow(() -> new NoSuchElementException("没有运行 #" + id));
		return this.console.deliveries(id);
	}

	@PostMapping("/runs/{id}/restart")
	RunRecord restart(@PathVariable long id, Principal principal) {
		return RunsShown.forPeople(this.console.restart(principal.getName(), id), true);
	}

	/**
	 * Approves the run's draft and sends its report (SPEC §5.5); a multipart request may
	 * carry the edited document as {@code file}, sent instead of the draft. Answers when
	 * the report went out.
	 */
	@PostMapping("/runs/{id}/approve")
	RunRecord approve(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			Principal principal) throws IOException {
		boolean uploaded = file != null && !file.isEmpty();
		return RunsShown
			.forPeople(this.console.approve(principal.getName(), id, (file != null) ? file.getOriginalFilename() : null,
					(file != null) ? file.getSize() : 0, uploaded ? file.getInputStream() : null), true);
	}

	@GetMapping("/runs/{id}/draft")
	ResponseEntity<Resource> draft(@PathVariable long id) {
		return ConsoleController.downloadDraft(this.console, id);
	}

	@GetMapping("/runs/{id}/report")
	ResponseEntity<Resource> report(@PathVariable long id) {
		return ConsoleController.download(this.console, id);
	}

	/**
	 * Every city's submission status for the period of {@code date} and for every weekly
	 * due date so far (the completeness matrix).
	 */
	@GetMapping("/submissions")
	Console.Submissions submissions(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		LocalDate reportingDate = (date != null) ? date : this.console.latestDateWithData();
		checkAsOf(reportingDate);
		return this.console.submissions(reportingDate);
	}

	/** A date outside the campaign is a bad request (SPEC §4.1). */
	private void checkAsOf(LocalDate date) {
		AsOfDates.problem(date, this.console.campaign()).ifPresent((problem) -> {
			throw new IllegalArgumentException(problem);
		});
	}

	@GetMapping("/imports/city")
	List<CityImportResult> cityImports(@RequestParam(defaultValue = "50") int limit) {
		return this.console.recentCityImports(limit(limit));
	}

	@GetMapping("/imports/platform")
	List<PlatformImport> platformImports(@RequestParam(defaultValue = "50") int limit) {
		return this.console.platformImports(limit(limit));
	}

	@GetMapping("/discrepancies")
	Reconciliation discrepancies(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		LocalDate date = (asOf != null) ? asOf : this.console.latestDateWithData();
		checkAsOf(date);
		return this.console.discrepancies(date);
	}

	@GetMapping("/rejections")
	List<PlatformRejection> rejections(@RequestParam(defaultValue = "200") int limit) {
		return this.console.rejections(limit(limit));
	}

	@PostMapping("/uploads/city")
	CityImportResult uploadCity(@RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportingDate,
			Principal principal) throws IOException {
		return this.console.uploadCity(principal.getName(), file.getOriginalFilename(), file.getSize(),
				file.getInputStream(), reportingDate);
	}

	@PostMapping("/uploads/platform")
	PlatformImportResult uploadPlatform(@RequestParam("file") MultipartFile file, Principal principal)
			throws IOException {
		return this.console.uploadPlatform(principal.getName(), file.getOriginalFilename(), file.getSize(),
				file.getInputStream());
	}

	@GetMapping("/audit")
	List<AuditEntry> audit(@RequestParam(defaultValue = "200") int limit) {
		return this.console.audit(limit(limit));
	}

	/** A list's length as asked: 1 to {@value #MAX_LIMIT}. */
	static int limit(int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("limit 应为 1 到 " + MAX_LIMIT + " 之间的整数，收到的是 " + limit);
		}
		return limit;
	}

	/**
	 * @param asOf the report's as-of date (required)
	 * @param force compile and send again even if already done (default false)
	 * @param sendMail false to compile only (default true)
	 */
	record RunBody(LocalDate asOf, Boolean force, Boolean sendMail) {

	}

}
