package org.chunfeng.deliverable.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.chunfeng.Workspace;
import org.chunfeng.campaign.Campaigns;
import org.chunfeng.deliverable.AsOfDates;
import org.chunfeng.deliverable.Deliverable;
import org.chunfeng.deliverable.DeliverableRuns;
import org.chunfeng.deliverable.Deliverables;
import org.chunfeng.deliverable.RunApproved;
import org.chunfeng.deliverable.RunDraft;
import org.chunfeng.deliverable.RunRecord;
import org.chunfeng.deliverable.RunMail;
import org.chunfeng.deliverable.RunRequest;
import org.chunfeng.deliverable.RunStatus;
import org.chunfeng.deliverable.RunConflictException;
import org.chunfeng.delivery.MailKind;
import org.chunfeng.delivery.Outbox;
import org.chunfeng.delivery.OutboxEntry;
import org.chunfeng.liveness.JobHeartbeats;
import org.chunfeng.liveness.JobTakeover;
import org.chunfeng.liveness.Liveness;
import org.chunfeng.deliverable.RunVersion;
import org.chunfeng.delivery.MailRecipients;
import org.chunfeng.reconcile.Reconciliation;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Runs deliverables as the Spring Batch job {@code deliverableJob}, synchronously, and
 * reads their history from the job repository.
 */
@Component
class BatchDeliverableRuns implements DeliverableRuns {

	private static final int SCAN = 1000;

	/** What the delivery step of a run that waits for approval did. */
	private static final String DRAFT_SENT = "报告稿已发送审核";

	private static final Set<MailKind> CITY_KINDS = EnumSet.of(MailKind.DISCREPANCY, MailKind.REFUSAL,
			MailKind.REMINDER);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job deliverableJob;

	private final Deliverables deliverables;

	private final Outbox outbox;

	private final Workspace workspace;

	private final JobTakeover takeover;

	private final JobHeartbeats heartbeats;

	/** Identities being started or run by this JVM. */
	private final Set<String> starting = ConcurrentHashMap.newKeySet();

	private final Campaigns campaigns;

	private final RunContent content;

	private final MailRecipients recipients;

	private final SignOffs signOffs;

	private final ApplicationEventPublisher events;

	BatchDeliverableRuns(JobOperator jobOperator, JobRepository jobRepository, Job deliverableJob,
			Deliverables deliverables, Outbox outbox, Workspace workspace, JobTakeover takeover,
			JobHeartbeats heartbeats, Campaigns campaigns, RunContent content, MailRecipients recipients,
			SignOffs signOffs, ApplicationEventPublisher events) {
		this.signOffs = signOffs;
		this.events = events;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.deliverableJob = deliverableJob;
		this.deliverables = deliverables;
		this.outbox = outbox;
		this.workspace = workspace;
		this.takeover = takeover;
		this.heartbeats = heartbeats;
		this.campaigns = campaigns;
		this.content = content;
		this.recipients = recipients;
	}

	@Override
	public RunRecord run(RunRequest request) {
		Deliverable deliverable = this.deliverables.get(request.deliverable());
		checkAsOf(request);
		JobParametersBuilder builder = new JobParametersBuilder().addString(RunKeys.DELIVERABLE, deliverable.id(), true)
			.addLocalDate(RunKeys.AS_OF, request.asOf(), true)
			.addJobParameter(RunKeys.SEND_MAIL, request.sendMail(), Boolean.class, false)
			.addString(RunKeys.REQUESTED_BY, (request.requestedBy() != null) ? request.requestedBy() : "?", false);
		if (request.force()) {
			builder.addString(RunKeys.FORCE, token(), true);
		}
		else if (!request.sendMail()) {
			builder.addString(RunKeys.PREVIEW, token(), true);
		}
		JobParameters parameters = builder.toJobParameters();
		if (!request.force() && request.sendMail()) {
			Optional<JobExecution> sent = lastSent(deliverable.id(), request.asOf());
			if (sent.isPresent()) {
				return record(sent.get());
			}
			// its draft waits for approval: a retry or another run sends nothing again
			JobExecution last = this.jobRepository.getLastJobExecution(RunKeys.JOB_NAME, parameters);
			if (last != null && awaitingApproval(last)) {
				return record(last);
			}
		}
		try {
			// a FAILED or STOPPED instance with these parameters restarts from its failed
			// step
			return record(start(parameters));
		}
		catch (RunConflictException ex) {
			throw ex;
		}
		catch (JobExecutionAlreadyRunningException ex) {
			// another instance started the same report between the check and the start
			JobExecution running = this.jobRepository.getLastJobExecution(RunKeys.JOB_NAME, parameters);
			throw RunConflictException.alreadyRunning((running != null) ? running.getId() : 0,
					(running != null) ? running.getStartTime() : null);
		}
		catch (Exception ex) {
			throw new IllegalStateException(
					"cannot start " + deliverable.id() + " as of " + request.asOf() + ": " + ex.getMessage(), ex);
		}
	}

	/** An as-of date outside the campaign is bad usage (SPEC §4.1). */
	private void checkAsOf(RunRequest request) {
		if (request.asOf() == null) {
			throw new IllegalArgumentException("请填写截至日期 (as-of date is required)");
		}
		AsOfDates.problem(request.asOf(), this.campaigns.current()).ifPresent((problem) -> {
			throw new IllegalArgumentException(problem);
		});
	}

	private static String token() {
		return Instant.now() + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * The newest completed run of (deliverable, as-of) that sent, forced or not: the
	 * identity is done (SPEC §5.4). Previews do not count.
	 */
	private Optional<JobExecution> lastSent(String deliverable, LocalDate asOf) {
		return executions().stream()
			.filter((execution) -> execution.getStatus() == BatchStatus.COMPLETED)
			.filter((execution) -> deliverable.equals(execution.getJobParameters().getString(RunKeys.DELIVERABLE)))
			.filter((execution) -> asOf.equals(execution.getJobParameters().getLocalDate(RunKeys.AS_OF)))
			.filter((execution) -> RunKeys.sendsMail(execution.getJobParameters()))
			.findFirst();
	}

	@Override
	public RunRecord restart(long runId) {
		checkRestartable(runId);
		JobExecution execution = execution(runId);
		if (execution == null || !RunKeys.JOB_NAME.equals(execution.getJobInstance().getJobName())) {
			throw new IllegalArgumentException("没有运行 #" + runId + " (no run " + runId + ")");
		}
		try {
			return record(start(execution.getJobParameters()));
		}
		catch (RunConflictException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot restart run " + runId + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public List<RunRecord> recent(int limit) {
		return executions().stream().limit(limit).map(this::record).toList();
	}

	@Override
	public Optional<RunRecord> find(long runId) {
		JobExecution execution = execution(runId);
		if (execution == null || !RunKeys.JOB_NAME.equals(execution.getJobInstance().getJobName())) {
			return Optional.empty();
		}
		return Optional.of(record(execution));
	}

	@Override
	public Optional<RunRecord> lastOf(String deliverable) {
		return executions().stream()
			.filter((execution) -> deliverable.equals(execution.getJobParameters().getString(RunKeys.DELIVERABLE)))
			.findFirst()
			.map(this::record);
	}

	@Override
	public Optional<Path> reportFile(long runId) {
		return find(runId).map(RunRecord::reportFile)
			.map((report) -> this.workspace.home().resolve(report))
			.filter(Files::isReadable);
	}

	@Override
	public List<OutboxEntry> deliveries(long runId) {
		JobExecution execution = execution(runId);
		if (execution == null) {
			return List.of();
		}
		return this.outbox.messages(RunKeys.runKey(execution.getJobParameters()));
	}

	/**
	 * Starts or restarts the identity's job instance, once at a time in this JVM, after
	 * taking over its runs left unfinished by a JVM that is gone (issue #10). A live run,
	 * here or in another instance, or a completed one stops it.
	 */
	private JobExecution start(JobParameters parameters) throws Exception {
		String identity = RunKeys.runKey(parameters);
		if (!this.starting.add(identity)) {
			JobExecution last = this.jobRepository.getLastJobExecution(RunKeys.JOB_NAME, parameters);
			throw RunConflictException.alreadyRunning((last != null) ? last.getId() : 0,
					(last != null) ? last.getStartTime() : null);
		}
		try {
			Optional<JobExecution> live = this.takeover.clearWay(RunKeys.JOB_NAME, parameters);
			if (live.isPresent()) {
				throw RunConflictException.alreadyRunning(live.get().getId(), live.get().getStartTime());
			}
			JobExecution last = this.jobRepository.getLastJobExecution(RunKeys.JOB_NAME, parameters);
			if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
				throw RunConflictException.alreadyDone(last.getId());
			}
			return this.jobOperator.start(this.deliverableJob, parameters);
		}
		finally {
			this.starting.remove(identity);
		}
	}

	/**
	 * A run whose (deliverable, as-of) a later run has completed (and sent) is not
	 * restarted: it would compile and send that report again.
	 */
	@Override
	public void checkRestartable(long runId) {
		JobExecution execution = execution(runId);
		if (execution == null || !RunKeys.JOB_NAME.equals(execution.getJobInstance().getJobName())) {
			throw new NoSuchElementException("没有运行 #" + runId);
		}
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			throw RunConflictException.alreadyDone(runId);
		}
		if (awaitingApproval(execution)) {
			throw RunConflictException.awaitingApproval(runId);
		}
		checkNotCompletedSince(execution);
	}

	/**
	 * A run whose (deliverable, as-of) a later run has completed (and sent) would send
	 * that report again.
	 */
	private void checkNotCompletedSince(JobExecution execution) {
		long runId = execution.getId();
		JobParameters parameters = execution.getJobParameters();
		String deliverable = parameters.getString(RunKeys.DELIVERABLE);
		LocalDate asOf = parameters.getLocalDate(RunKeys.AS_OF);
		executions().stream()
			.filter((other) -> other.getId() > runId && other.getStatus() == BatchStatus.COMPLETED)
			.filter((other) -> deliverable.equals(other.getJobParameters().getString(RunKeys.DELIVERABLE))
					&& asOf.equals(other.getJobParameters().getLocalDate(RunKeys.AS_OF)) && sendsMail(other))
			.min(Comparator.comparingLong(JobExecution::getId))
			.ifPresent((done) -> {
				throw RunConflictException.completedSince(runId, deliverable, asOf, done.getId(), done.getEndTime());
			});
	}

	// ---- sign-off (SPEC §5.5)

	/** Stopped after sending its draft, and nobody has approved it yet. */
	private boolean awaitingApproval(JobExecution execution) {
		return execution.getStatus() == BatchStatus.STOPPED
				&& this.signOffs.find(RunKeys.runKey(execution.getJobParameters()))
					.map((signOff) -> !signOff.approved())
					.orElse(false);
	}

	@Override
	public void checkApprovable(long runId) {
		checkApprovable(deliverableExecution(runId));
	}

	private SignOffs.SignOff checkApprovable(JobExecution execution) {
		long runId = execution.getId();
		Optional<SignOffs.SignOff> signOff = this.signOffs.find(RunKeys.runKey(execution.getJobParameters()));
		if (signOff.isEmpty()) {
			boolean signs = this.deliverables.find(execution.getJobParameters().getString(RunKeys.DELIVERABLE))
				.map(Deliverable::signOff)
				.orElse(false);
			throw RunConflictException.notAwaitingApproval(runId,
					!signs ? "该报表不需要审核" : !RunKeys.sendsMail(execution.getJobParameters()) ? "这是预览（不发邮件），不送审"
							: "报告稿尚未发出（运行状态：" + status(execution) + "）");
		}
		if (signOff.get().approved()) {
			throw RunConflictException.alreadyApproved(runId, signOff.get().approvedBy(),
					LocalDateTime.ofInstant(signOff.get().approvedAt(), this.campaigns.current().zone()));
		}
		if (execution.getStatus() != BatchStatus.STOPPED) {
			throw RunConflictException.notAwaitingApproval(runId, "运行状态为 " + status(execution));
		}
		checkNotCompletedSince(execution);
		return signOff.get();
	}

	@Override
	public void recordApproval(long runId, Path editedDocx, String approvedBy) {
		JobExecution execution = deliverableExecution(runId);
		checkApprovable(execution);
		String runKey = RunKeys.runKey(execution.getJobParameters());
		Path draft = this.content.draft(execution);
		Path kept = null;
		String approvedFile = null;
		if (editedDocx != null) {
			EditedDocuments.check(editedDocx);
			Path base = (draft != null) ? draft
					: this.workspace.reports().resolve("chunfeng-" + runKey.replace('/', '-') + ".docx");
			kept = EditedDocuments.keep(editedDocx, base, runId);
			approvedFile = this.workspace.home().relativize(kept.toAbsolutePath()).toString();
		}
		Instant at = Instant.now();
		if (!this.signOffs.approve(runKey, approvedBy, at, approvedFile)) {
			EditedDocuments.discard(kept);
			SignOffs.SignOff other = this.signOffs.find(runKey).orElseThrow();
			throw RunConflictException.alreadyApproved(runId, other.approvedBy(),
					LocalDateTime.ofInstant(other.approvedAt(), this.campaigns.current().zone()));
		}
		this.events.publishEvent(new RunApproved(runId, execution.getJobParameters().getString(RunKeys.DELIVERABLE),
				execution.getJobParameters().getLocalDate(RunKeys.AS_OF), approvedBy, at, editedDocx != null));
	}

	@Override
	public RunRecord approve(long runId, Path editedDocx, String approvedBy) {
		recordApproval(runId, editedDocx, approvedBy);
		JobExecution execution = deliverableExecution(runId);
		try {
			return record(start(execution.getJobParameters()));
		}
		catch (RunConflictException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot send the approved report of run " + runId + ": " + ex.getMessage(),
					ex);
		}
	}

	@Override
	public Optional<RunDraft> draft(long runId) {
		JobExecution execution = execution(runId);
		if (execution == null || !RunKeys.JOB_NAME.equals(execution.getJobInstance().getJobName())) {
			return Optional.empty();
		}
		Path draft = this.content.draft(execution);
		if (draft == null) {
			return Optional.empty();
		}
		boolean signs = RunKeys.sendsMail(execution.getJobParameters())
				&& this.deliverables.find(execution.getJobParameters().getString(RunKeys.DELIVERABLE))
					.map(Deliverable::signOff)
					.orElse(false);
		Optional<SignOffs.SignOff> signOff = this.signOffs.find(RunKeys.runKey(execution.getJobParameters()));
		return Optional.of(new RunDraft(this.workspace.home().relativize(draft.toAbsolutePath()).toString(), signs,
				signOff.map(SignOffs.SignOff::draftedAt).orElse(null),
				signOff.map(SignOffs.SignOff::approvedBy).orElse(null),
				signOff.map(SignOffs.SignOff::approvedAt).orElse(null),
				signOff.map(SignOffs.SignOff::approvedFile).orElse(null)));
	}

	/** The deliverable run of this number, or NoSuchElementException. */
	private JobExecution deliverableExecution(long runId) {
		JobExecution execution = execution(runId);
		if (execution == null || !RunKeys.JOB_NAME.equals(execution.getJobInstance().getJobName())) {
			throw new NoSuchElementException("没有运行 #" + runId);
		}
		return execution;
	}

	private static boolean sendsMail(JobExecution execution) {
		var sendMail = execution.getJobParameters().getParameter(RunKeys.SEND_MAIL);
		return sendMail == null || !Boolean.FALSE.equals(sendMail.value());
	}

	/** Null for an id that names no execution (Batch 6 throws for it). */
	private JobExecution execution(long runId) {
		try {
			return this.jobRepository.getJobExecution(runId);
		}
		catch (EmptyResultDataAccessException ex) {
			return null;
		}
	}

	@Override
	public List<RunMail> mail(long runId) {
		JobExecution execution = execution(runId);
		if (execution == null || !RunKeys.JOB_NAME.equals(execution.getJobInstance().getJobName())) {
			return List.of();
		}
		if (!RunKeys.sendsMail(execution.getJobParameters())) {
			// a preview lists what it would have sent
			if (this.content.stored(execution).isEmpty()) {
				return List.of();
			}
			// a report that needs sign-off would send its draft first
			List<MessageComposer.Composed> composed = new ArrayList<>();
			if (this.content.deliverable(execution).signOff()) {
				this.content.drafts(execution)
					.stream()
					.filter((message) -> message.kind() == MailKind.DRAFT)
					.forEach(composed::add);
			}
			composed.addAll(this.content.messages(execution));
			return composed.stream()
				.map((message) -> new RunMail(message.message().to(), message.message().subject(), message.kind(),
						message.city(), RunMail.Status.NOT_SENT, null))
				.toList();
		}
		return deliveries(runId).stream()
			.map((entry) -> new RunMail(entry.to(), entry.subject(), entry.kind(), cityOf(entry),
					RunMail.Status.of(entry.state()), entry.lastError()))
			.toList();
	}

	/** The city a city message went to, told by its address. */
	private String cityOf(OutboxEntry entry) {
		if (!CITY_KINDS.contains(entry.kind())) {
			return null;
		}
		List<String> cities = this.recipients.cities()
			.entrySet()
			.stream()
			.filter((city) -> city.getValue().stream().anyMatch(entry.to()::contains))
			.map(Map.Entry::getKey)
			.toList();
		return (cities.size() == 1) ? cities.get(0) : null;
	}

	@Override
	public Optional<Reconciliation> reconciliation(long runId) {
		JobExecution execution = execution(runId);
		if (execution == null || !RunKeys.JOB_NAME.equals(execution.getJobInstance().getJobName())) {
			return Optional.empty();
		}
		return this.content.stored(execution);
	}

	@Override
	public Optional<RunVersion> version(long runId) {
		JobExecution execution = execution(runId);
		if (execution == null) {
			return Optional.empty();
		}
		return this.content.version(execution)
			.map((version) -> new RunVersion(version.version(), version.preview(), version.deliveredAt()));
	}

	/** The deliverable job's executions, newest first. */
	private List<JobExecution> executions() {
		List<JobExecution> executions = new ArrayList<>();
		for (JobInstance instance : this.jobRepository.getJobInstances(RunKeys.JOB_NAME, 0, SCAN)) {
			executions.addAll(this.jobRepository.getJobExecutions(instance));
		}
		executions.sort(Comparator.comparingLong(JobExecution::getId).reversed());
		return executions;
	}

	private RunRecord record(JobExecution execution) {
		JobParameters parameters = execution.getJobParameters();
		List<RunRecord.Step> steps = execution.getStepExecutions()
			.stream()
			.sorted(Comparator.comparingLong(StepExecution::getId))
			.map((step) -> new RunRecord.Step(step.getStepName(), RunStatus.of(step.getStatus()), step.getReadCount(),
					step.getWriteCount(), step.getFilterCount() + step.getSkipCount(),
					RunKeys.AWAITING_APPROVAL.equals(step.getExitStatus().getExitCode()) ? DRAFT_SENT
							: summary(step.getExitStatus().getExitDescription())))
			.toList();
		RunStatus status = status(execution);
		// a run stopped to wait for approval did not fail: Batch's stop is no news
		String exitMessage = switch (status) {
			case AWAITING_APPROVAL -> DRAFT_SENT + "，审核通过后发送给领导";
			case APPROVED -> "报告稿已审核通过";
			default -> summary(execution.getExitStatus().getExitDescription());
		};
		return new RunRecord(execution.getId(), parameters.getString(RunKeys.DELIVERABLE),
				parameters.getLocalDate(RunKeys.AS_OF), status, instant(execution.getStartTime()),
				instant(execution.getEndTime()), exitMessage, parameters.getString(RunKeys.REQUESTED_BY),
				reportOf(execution), steps);
	}

	/**
	 * Batch's status, except for a run completed with a rejected recipient and a run
	 * whose JVM is gone.
	 */
	private RunStatus status(JobExecution execution) {
		BatchStatus status = execution.getStatus();
		if (status == BatchStatus.COMPLETED && execution.getStepExecutions()
			.stream()
			.anyMatch((step) -> RunKeys.SENT_WITH_FAILURES.equals(step.getExitStatus().getExitCode()))) {
			return RunStatus.COMPLETED_WITH_FAILURES;
		}
		if (status.isRunning() && this.heartbeats.liveness(execution) == Liveness.DEAD) {
			return RunStatus.INTERRUPTED;
		}
		if (status == BatchStatus.STOPPED) {
			Optional<SignOffs.SignOff> signOff = this.signOffs.find(RunKeys.runKey(execution.getJobParameters()));
			if (signOff.isPresent()) {
				return signOff.get().approved() ? RunStatus.APPROVED : RunStatus.AWAITING_APPROVAL;
			}
		}
		return RunStatus.of(status);
	}

	/** The workbook of this execution, or of an earlier one of the same instance. */
	private String reportOf(JobExecution execution) {
		String report = execution.getExecutionContext().getString(RunKeys.REPORT, null);
		if (report != null) {
			return report;
		}
		return this.jobRepository.getJobExecutions(execution.getJobInstance())
			.stream()
			.map((other) -> other.getExecutionContext().getString(RunKeys.REPORT, null))
			.filter((other) -> other != null)
			.findFirst()
			.orElse(null);
	}

	/**
	 * Batch stores a failure as the exception's stack trace: admins get its first line,
	 * without the exception's class name.
	 */
	static String summary(String description) {
		if (description == null || description.isBlank()) {
			return null;
		}
		String line = description.strip().split("\\R", 2)[0];
		return line.replaceFirst("^([a-zA-Z_$][\\w$]*\\.)*[\\w$]*(Exception|Error): ", "");
	}

	private static Instant instant(LocalDateTime time) {
		return (time != null) ? time.atZone(ZoneId.systemDefault()).toInstant() : null;
	}

}
