package org.chunfeng.deliverable.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.chunfeng.Workspace;
import org.chunfeng.campaign.CampaignCalendar;
import org.chunfeng.campaign.Campaigns;
import org.chunfeng.deliverable.Deliverable;
import org.chunfeng.deliverable.Deliverables;
import org.chunfeng.delivery.MailKind;
import org.chunfeng.delivery.MailState;
import org.chunfeng.delivery.Outbox;
import org.chunfeng.delivery.OutboxEntry;
import org.chunfeng.intake.city.CityImportResult;
import org.chunfeng.intake.city.CityRefusal;
import org.chunfeng.intake.city.CityRefusals;
import org.chunfeng.intake.city.CityReportIntake;
import org.chunfeng.intake.platform.ImportFailedException;
import org.chunfeng.intake.platform.ImportInProgressException;
import org.chunfeng.intake.platform.PlatformImportResult;
import org.chunfeng.intake.platform.PlatformIntake;
import org.chunfeng.liveness.DatabaseOutage;
import org.chunfeng.reconcile.Reconciler;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.report.CompiledReport;
import org.chunfeng.report.ReportCompiler;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The work of the deliverable job's steps.
 */
@Component
class DeliverableTasklets {

	private final Workspace workspace;

	private final Deliverables deliverables;

	private final PlatformIntake platformIntake;

	private final CityReportIntake cityIntake;

	private final Reconciler reconciler;

	private final ReportCompiler compiler;

	private final CityRefusals refusals;

	private final RunContent content;

	private final ReportVersions versions;

	private final Outbox outbox;

	/** The kinds a sign-off run sends before its approval. */
	private static final Set<MailKind> DRAFT_PHASE = EnumSet.of(MailKind.DRAFT, MailKind.ALERT);

	/** Tries of a platform export that fails on its own before it is set aside. */
	private static final int IMPORT_ATTEMPTS = 3;

	private final TransactionTemplate transaction;

	private final SignOffs signOffs;

	private final ProvinceContact contact;

	private final Campaigns campaigns;

	private final Clock clock;

	DeliverableTasklets(Workspace workspace, Deliverables deliverables, PlatformIntake platformIntake,
			CityReportIntake cityIntake, Reconciler reconciler, ReportCompiler compiler, CityRefusals refusals,
			RunContent content, ReportVersions versions, Outbox outbox, PlatformTransactionManager transactionManager,
			SignOffs signOffs, ProvinceContact contact, Campaigns campaigns, Clock clock) {
		this.signOffs = signOffs;
		this.contact = contact;
		this.campaigns = campaigns;
		this.clock = clock;
		this.workspace = workspace;
		this.deliverables = deliverables;
		this.platformIntake = platformIntake;
		this.cityIntake = cityIntake;
		this.reconciler = reconciler;
		this.compiler = compiler;
		this.refusals = refusals;
		this.content = content;
		this.versions = versions;
		this.outbox = outbox;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	RepeatStatus ingestPlatform(StepContribution contribution, ChunkContext context) {
		List<Path> files = inboxFiles(this.workspace.platformInbox());
		List<String> refused = new ArrayList<>();
		for (Path file : files) {
			contribution.incrementReadCount();
			PlatformImportResult result;
			try {
				result = importPlatform(this.platformIntake, file);
			}
			catch (ImportFailedException ex) {
				contribution.incrementFilterCount();
				refused.add(quarantine(file, ex.getMessage()));
				continue;
			}
			if (result.outcome() == PlatformImportResult.Outcome.REFUSED) {
				contribution.incrementFilterCount();
				refused.add(file.getFileName() + ": " + result.reason());
			}
			else {
				contribution.incrementWriteCount(1);
			}
			archive(file);
		}
		describe(contribution, refused);
		return RepeatStatus.FINISHED;
	}

	RepeatStatus ingestCityReports(StepContribution contribution, ChunkContext context) {
		List<Path> files = inboxFiles(this.workspace.cityInbox());
		List<String> refused = new ArrayList<>();
		for (Path file : files) {
			contribution.incrementReadCount();
			CityImportResult result;
			try {
				// received when this run took it in: a file's time says nothing (SPEC
				// §3.1)
				result = this.cityIntake.importFile(file, file.getFileName().toString(), null, null);
			}
			catch (RuntimeException ex) {
				if (DatabaseOutage.isCause(ex)) {
					// the run fails and a later one takes the file in: it is still here
					throw ex;
				}
				contribution.incrementFilterCount();
				refused.add(quarantine(file, oneLine(ex)));
				continue;
			}
			if (result.refused()) {
				contribution.incrementFilterCount();
				refused.addAll(result.errors());
			}
			if (!result.acceptedCities().isEmpty()) {
				contribution.incrementWriteCount(1);
			}
			archive(file);
		}
		describe(contribution, refused);
		return RepeatStatus.FINISHED;
	}

	/**
	 * Imports the export, resuming it at once after a failure of its own; a database
	 * outage fails the step (a later run resumes the import), and an import that cannot
	 * resume ends in ImportFailedException.
	 */
	private static PlatformImportResult importPlatform(PlatformIntake intake, Path file) {
		for (int attempt = 1;; attempt++) {
			try {
				return intake.importFile(file);
			}
			catch (ImportFailedException | ImportInProgressException ex) {
				throw ex;
			}
			catch (RuntimeException ex) {
				if (DatabaseOutage.isCause(ex)) {
					throw ex;
				}
				if (attempt >= IMPORT_ATTEMPTS) {
					throw new ImportFailedException(file.getFileName().toString(), oneLine(ex), ex);
				}
			}
		}
	}

	/**
	 * Sets aside a file that cannot be imported, so that the other files and deliverables
	 * go on, and tells the admins which file it is.
	 */
	private String quarantine(Path file, String reason) {
		String name = file.getFileName().toString();
		Path target = moveTo(file, this.workspace.folder("inbox/quarantine"));
		String where = this.workspace.home().relativize(target).toString();
		this.outbox.alert("quarantine:" + where, "【春风行动】文件无法导入，已移至隔离文件夹：" + name, "文件 " + name + " 无法导入，已移至 " + where
				+ "。原因：" + reason + "。其余文件和报表照常处理。请检查该文件，修正后放回 inbox/ 下的收件箱或用 import 命令导入。");
		return name + ": 无法导入，已移至 " + where + "（" + reason + "）";
	}

	private static String oneLine(Throwable ex) {
		return String.valueOf(ex.getMessage()).replaceAll("\\s*\\R\\s*", " ");
	}

	RepeatStatus reconcile(StepContribution contribution, ChunkContext context) {
		JobExecution execution = contribution.getStepExecution().getJobExecution();
		Reconciliation reconciliation = this.reconciler.reconcile(asOf(execution), this.content.period(execution));
		this.reconciler.store(execution.getId(), reconciliation);
		contribution.incrementReadCount();
		contribution.incrementWriteCount(reconciliation.withFigures().size());
		return RepeatStatus.FINISHED;
	}

	RepeatStatus compile(StepContribution contribution, ChunkContext context) {
		JobExecution execution = contribution.getStepExecution().getJobExecution();
		Deliverable deliverable = deliverable(execution);
		if (deliverable.sheets().isEmpty()) {
			// nothing to say beside what the step did (不编制报表)
			contribution.setExitStatus(new ExitStatus("NOOP"));
			return RepeatStatus.FINISHED;
		}
		Reconciliation reconciliation = this.content.reconciliation(execution);
		String runKey = RunKeys.runKey(execution.getJobParameters());
		ReportVersions.Version version = this.versions.assign(runKey, execution.getId(), deliverable.id(),
				asOf(execution), !RunKeys.sendsMail(execution.getJobParameters()),
				(candidate) -> fileTaken(reportFileName(deliverable.id(), asOf(execution), candidate)));
		Path file = this.workspace.reports().resolve(reportFileName(deliverable.id(), asOf(execution), version));
		String relative = this.workspace.home().relativize(file.toAbsolutePath()).toString();
		if (this.versions.deliveredFile(relative, runKey)) {
			throw new IllegalStateException("报表 " + relative + " 已作为另一版本发送，不能覆盖");
		}
		CompiledReport report = this.compiler.compile(deliverable.id(), deliverable.title(), deliverable.sheets(),
				reconciliation, file, edition(version), deliverable.draft());
		writeChart(reconciliation, report.file());
		this.versions.setReportFile(runKey, relative);
		execution.getExecutionContext().putString(RunKeys.REPORT, relative);
		contribution.incrementWriteCount(1);
		if (deliverable.hasDraft()) {
			// the draft report document beside the workbook, versioned like it (SPEC
			// §5.5)
			Path draft = draftFile(report.file());
			this.compiler.compileDraft(deliverable.draft(), reconciliation, draft, edition(version), contactLines(),
					dated(deliverable, asOf(execution)));
			String draftRelative = this.workspace.home().relativize(draft.toAbsolutePath()).toString();
			this.versions.setDraftFile(runKey, draftRelative);
			execution.getExecutionContext().putString(RunKeys.DRAFT, draftRelative);
			contribution.incrementWriteCount(1);
		}
		return RepeatStatus.FINISHED;
	}

	/**
	 * {@code chunfeng-phase1-2024-02-01.docx} beside
	 * {@code chunfeng-phase1-2024-02-01.xlsx}.
	 */
	static Path draftFile(Path report) {
		return report.resolveSibling(report.getFileName().toString().replaceFirst("\\.xlsx$", "") + ".docx");
	}

	private List<String> contactLines() {
		String line = this.contact.line();
		return line.isEmpty() ? List.of() : List.of(line);
	}

	/**
	 * The draft's date: the day it is compiled, within its as-of date and its due date (a
	 * report compiled later for a past date is dated as if on time).
	 */
	private LocalDate dated(Deliverable deliverable, LocalDate asOf) {
		CampaignCalendar campaign = this.campaigns.current();
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), campaign.zone());
		LocalDate due = deliverable.dueDate(asOf, campaign);
		if (today.isBefore(asOf)) {
			return asOf;
		}
		return today.isAfter(due) ? due : today;
	}

	/**
	 * {@code chunfeng-<deliverable>-<as-of>.xlsx} for version 1, {@code …-v2.xlsx} for
	 * later versions, {@code …-preview-<run>.xlsx} for a preview (SPEC §5.4).
	 */
	static String reportFileName(String deliverable, LocalDate asOf, ReportVersions.Version version) {
		if (version.preview()) {
			return "chunfeng-" + deliverable + "-" + asOf + "-preview-" + version.runId() + ".xlsx";
		}
		return reportFileName(deliverable, asOf, version.version());
	}

	static String reportFileName(String deliverable, LocalDate asOf, int version) {
		return "chunfeng-" + deliverable + "-" + asOf + ((version > 1) ? "-v" + version : "") + ".xlsx";
	}

	/**
	 * A report file exists that a run may have sent: one of a delivered version, or one
	 * no version records (sent before versions were recorded). A file only an unsent
	 * attempt wrote is not taken.
	 */
	private boolean fileTaken(String fileName) {
		Path file = this.workspace.reports().resolve(fileName);
		String relative = this.workspace.home().relativize(file.toAbsolutePath()).toString();
		return Files.exists(file) && !this.versions.onlyUnsentAttemptsWrote(relative);
	}

	/** What the workbook says beside its as-of date. */
	private static String edition(ReportVersions.Version version) {
		if (version.preview()) {
			return "预览（未发送）";
		}
		return (version.version() > 1) ? "更正版（第" + version.version() + "版）" : null;
	}

	RepeatStatus deliver(StepContribution contribution, ChunkContext context) {
		JobExecution execution = contribution.getStepExecution().getJobExecution();
		JobParameters parameters = execution.getJobParameters();
		if (!RunKeys.sendsMail(parameters)) {
			contribution.setExitStatus(new ExitStatus("NOOP", "--no-mail"));
			return RepeatStatus.FINISHED;
		}
		String runKey = RunKeys.runKey(parameters);
		Deliverable deliverable = deliverable(execution);
		if (deliverable.signOff()) {
			Optional<SignOffs.SignOff> signOff = this.signOffs.find(runKey);
			if (signOff.isEmpty() || !signOff.get().approved()) {
				return sendDraft(contribution, execution, deliverable, runKey);
			}
			// approved: the report goes out now, once
			boolean reportQueued = this.outbox.messages(runKey)
				.stream()
				.anyMatch((message) -> !DRAFT_PHASE.contains(message.kind()));
			if (!reportQueued) {
				enqueueMessages(execution, runKey);
			}
		}
		else if (!this.outbox.hasMessages(runKey)) {
			enqueueMessages(execution, runKey);
		}
		List<OutboxEntry> messages = this.outbox.sendPending(runKey, execution.getId());
		long sent = sentBy(messages, execution);
		List<OutboxEntry> failed = messages.stream().filter((message) -> message.state() == MailState.FAILED).toList();
		contribution.incrementReadCount();
		contribution.incrementWriteCount(sent);
		contribution.incrementFilterCount(failed.size());
		endDelivery(contribution, execution, messages);
		markDelivered(runKey);
		return RepeatStatus.FINISHED;
	}

	/**
	 * Sends the draft to its reviewers and stops the run to wait for an admin's approval
	 * (SPEC §5.5): the run is STOPPED with the draft sent, its state in the database, and
	 * the approval restarts it at this step.
	 */
	private RepeatStatus sendDraft(StepContribution contribution, JobExecution execution, Deliverable deliverable,
			String runKey) {
		if (this.outbox.messages(runKey).stream().noneMatch((message) -> message.kind() == MailKind.DRAFT)) {
			this.outbox
				.enqueue(this.content.drafts(execution).stream().map(MessageComposer.Composed::message).toList());
		}
		List<OutboxEntry> messages = this.outbox.sendPending(runKey, execution.getId());
		contribution.incrementReadCount();
		contribution.incrementWriteCount(sentBy(messages, execution));
		endDelivery(contribution, execution, messages);
		this.signOffs.drafted(runKey, execution.getId(), deliverable.id(), asOf(execution), Instant.now());
		contribution.setExitStatus(new ExitStatus(RunKeys.AWAITING_APPROVAL, "报告稿已发送审核，审核通过后发送"));
		contribution.getStepExecution().setTerminateOnly();
		return RepeatStatus.FINISHED;
	}

	/**
	 * The messages this run sent: not those of the run key an earlier run sent (the draft
	 * before an approval, the first part before a restart), which the step did not send.
	 */
	private static long sentBy(List<OutboxEntry> messages, JobExecution execution) {
		return messages.stream()
			.filter((message) -> message.state() == MailState.SENT
					&& Long.valueOf(execution.getId()).equals(message.runId()))
			.count();
	}

	/**
	 * Fails the step while a message may still go out (a restart sends it); a recipient
	 * rejected for good ends it completed with failures, which the run shows.
	 */
	private void endDelivery(StepContribution contribution, JobExecution execution, List<OutboxEntry> messages) {
		List<OutboxEntry> unsent = messages.stream().filter(OutboxEntry::unsent).toList();
		if (!unsent.isEmpty()) {
			throw new IllegalStateException(
					unsent.size() + " 封邮件未能发送 (" + this.outbox.destination() + "): " + unsent.get(0).lastError()
							+ "；问题排除后请从失败的步骤重跑：chunfeng restart " + execution.getId() + "（或在控制台的运行页面点“从失败步骤重跑”）");
		}
		List<OutboxEntry> rejected = messages.stream()
			.filter((message) -> message.state() == MailState.FAILED && !message.retryable())
			.toList();
		if (!rejected.isEmpty()) {
			String description = rejected.size() + " 封邮件被拒收，已通知管理员: "
					+ String.join("；",
							rejected.stream()
								.map((message) -> String.join(",", message.to()) + "（" + message.lastError() + "）")
								.toList());
			contribution.setExitStatus(new ExitStatus(RunKeys.SENT_WITH_FAILURES,
					(description.length() > 2000) ? description.substring(0, 2000) + "…" : description));
		}
	}

	/**
	 * Composes the run's messages from its stored reconciliation and queues them, and
	 * notes the refused files they tell of as told, in one transaction: a refused file is
	 * told of once.
	 */
	private void enqueueMessages(JobExecution execution, String runKey) {
		List<CityRefusal> toNotify = this.content.refusalsToNotify(deliverable(execution));
		List<MessageComposer.Composed> composed = this.content.messages(execution, toNotify);
		// only the refusals whose city got a notice (a city without an address gets none)
		List<String> told = composed.stream()
			.filter((message) -> message.kind() == MailKind.REFUSAL)
			.map(MessageComposer.Composed::city)
			.toList();
		List<Long> refusals = toNotify.stream()
			.filter((refusal) -> told.contains(refusal.cityName()))
			.map(CityRefusal::id)
			.toList();
		this.transaction.executeWithoutResult((status) -> {
			this.outbox.enqueue(composed.stream().map(MessageComposer.Composed::message).toList());
			if (!refusals.isEmpty()) {
				this.refusals.markNoticed(refusals, runKey, Instant.now());
			}
		});
	}

	/** Every message is out: this version of the report was delivered (SPEC §5.4). */
	private void markDelivered(String runKey) {
		this.versions.markDelivered(runKey, Instant.now());
	}

	private void writeChart(Reconciliation reconciliation, Path report) {
		try {
			Files.write(chartFile(report), this.compiler.positionsChartPng(reconciliation));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the chart image next to " + report, ex);
		}
	}

	/** The mail's chart image, kept beside the workbook so that a restart finds it. */
	static Path chartFile(Path report) {
		return report.resolveSibling(report.getFileName().toString().replaceFirst("\\.xlsx$", "") + "-chart.png");
	}

	private Deliverable deliverable(JobExecution execution) {
		return this.deliverables.get(execution.getJobParameters().getString(RunKeys.DELIVERABLE));
	}

	private static LocalDate asOf(JobExecution execution) {
		return execution.getJobParameters().getLocalDate(RunKeys.AS_OF);
	}

	private static void describe(StepContribution contribution, List<String> refused) {
		if (!refused.isEmpty()) {
			String description = String.join("; ", refused);
			contribution.setExitStatus(ExitStatus.COMPLETED.addExitDescription(
					(description.length() > 2000) ? description.substring(0, 2000) + "…" : description));
		}
	}

	private static List<Path> inboxFiles(Path inbox) {
		try (Stream<Path> files = Files.list(inbox)) {
			return files.filter(Files::isRegularFile)
				.filter((file) -> !file.getFileName().toString().startsWith("."))
				.filter((file) -> !file.getFileName().toString().startsWith("~$"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + inbox, ex);
		}
	}

	/** Moves a handled file to the archive, keeping an older file of the same name. */
	private void archive(Path file) {
		moveTo(file, this.workspace.archive());
	}

	/** Moves the file into the folder, keeping an older file of the same name. */
	private static Path moveTo(Path file, Path archive) {
		String name = file.getFileName().toString();
		Path target = archive.resolve(name);
		for (int i = 1; Files.exists(target); i++) {
			int dot = name.lastIndexOf('.');
			target = archive
				.resolve((dot > 0) ? name.substring(0, dot) + "-" + i + name.substring(dot) : name + "-" + i);
		}
		try {
			Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot move " + file + " to " + archive, ex);
		}
		return target;
	}

}
