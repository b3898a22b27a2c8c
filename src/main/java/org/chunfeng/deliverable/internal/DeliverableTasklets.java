package org.chunfeng.deliverable.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.chunfeng.Workspace;
import org.chunfeng.deliverable.Deliverable;
import org.chunfeng.deliverable.Deliverables;
import org.chunfeng.delivery.Outbox;
import org.chunfeng.delivery.OutboxEntry;
import org.chunfeng.intake.city.CityImportResult;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The work of the deliverable job's steps. The intake, reconciliation and report beans
 * are looked up when a step runs, so that the application starts without them.
 */
@Component
class DeliverableTasklets {

	private final Workspace workspace;

	private final Deliverables deliverables;

	private final ObjectProvider<PlatformIntake> platformIntake;

	private final ObjectProvider<CityReportIntake> cityIntake;

	private final ObjectProvider<Reconciler> reconciler;

	private final ObjectProvider<ReportCompiler> compiler;

	private final MessageComposer composer;

	private final Outbox outbox;

	/** Tries of a platform export that fails on its own before it is set aside. */
	private static final int IMPORT_ATTEMPTS = 3;

	/** This JVM's reconciliations by job execution, so compile and deliver reuse them. */
	private final Map<Long, Reconciliation> reconciliations = new ConcurrentHashMap<>();

	DeliverableTasklets(Workspace workspace, Deliverables deliverables, ObjectProvider<PlatformIntake> platformIntake,
			ObjectProvider<CityReportIntake> cityIntake, ObjectProvider<Reconciler> reconciler,
			ObjectProvider<ReportCompiler> compiler, MessageComposer composer, Outbox outbox) {
		this.workspace = workspace;
		this.deliverables = deliverables;
		this.platformIntake = platformIntake;
		this.cityIntake = cityIntake;
		this.reconciler = reconciler;
		this.compiler = compiler;
		this.composer = composer;
		this.outbox = outbox;
	}

	RepeatStatus ingestPlatform(StepContribution contribution, ChunkContext context) {
		List<Path> files = inboxFiles(this.workspace.platformInbox());
		PlatformIntake intake = files.isEmpty() ? null : required(this.platformIntake, "平台数据导入");
		List<String> refused = new ArrayList<>();
		for (Path file : files) {
			contribution.incrementReadCount();
			PlatformImportResult result;
			try {
				result = importPlatform(intake, file);
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
		CityReportIntake intake = files.isEmpty() ? null : required(this.cityIntake, "各市统计表导入");
		List<String> refused = new ArrayList<>();
		for (Path file : files) {
			contribution.incrementReadCount();
			CityImportResult result;
			try {
				result = intake.importFile(file, file.getFileName().toString(), null, modified(file));
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
		Reconciler reconciler = required(this.reconciler, "核对");
		Reconciliation reconciliation = reconciler.reconcile(asOf(execution));
		reconciler.store(execution.getId(), reconciliation);
		this.reconciliations.put(execution.getId(), reconciliation);
		contribution.incrementReadCount();
		contribution.incrementWriteCount(reconciliation.cities().stream().filter((city) -> city.submitted()).count());
		return RepeatStatus.FINISHED;
	}

	RepeatStatus compile(StepContribution contribution, ChunkContext context) {
		JobExecution execution = contribution.getStepExecution().getJobExecution();
		Deliverable deliverable = deliverable(execution);
		if (deliverable.sheets().isEmpty()) {
			contribution.setExitStatus(new ExitStatus("NOOP", "no report for " + deliverable.id()));
			return RepeatStatus.FINISHED;
		}
		ReportCompiler compiler = required(this.compiler, "报表生成");
		Reconciliation reconciliation = reconciliation(execution);
		CompiledReport report = compiler.compile(deliverable.id(), deliverable.title(), deliverable.sheets(),
				reconciliation, this.workspace.reports());
		writeChart(compiler, reconciliation, report.file());
		execution.getExecutionContext()
			.putString(RunKeys.REPORT, this.workspace.home().relativize(report.file().toAbsolutePath()).toString());
		contribution.incrementWriteCount(1);
		return RepeatStatus.FINISHED;
	}

	RepeatStatus deliver(StepContribution contribution, ChunkContext context) {
		JobExecution execution = contribution.getStepExecution().getJobExecution();
		JobParameters parameters = execution.getJobParameters();
		// the reconciliation is not needed after this step, whatever its outcome
		Reconciliation reconciliation = this.reconciliations.remove(execution.getId());
		if (!Boolean.TRUE.equals(parameters.getParameter(RunKeys.SEND_MAIL).value())) {
			contribution.setExitStatus(new ExitStatus("NOOP", "--no-mail"));
			return RepeatStatus.FINISHED;
		}
		String runKey = RunKeys.runKey(parameters);
		if (!this.outbox.hasMessages(runKey)) {
			Deliverable deliverable = deliverable(execution);
			Path report = reportOf(execution);
			Path chart = (report != null) ? chartFile(report) : null;
			if (reconciliation == null) {
				reconciliation = required(this.reconciler, "核对").reconcile(asOf(execution));
			}
			this.outbox.enqueue(this.composer.compose(deliverable, reconciliation, runKey, execution.getId(), report,
					(chart != null && Files.exists(chart)) ? chart : null));
		}
		List<OutboxEntry> messages = this.outbox.sendPending(runKey, execution.getId());
		long sent = messages.stream().filter((message) -> message.state().equals("SENT")).count();
		List<OutboxEntry> failed = messages.stream().filter((message) -> message.state().equals("FAILED")).toList();
		contribution.incrementReadCount();
		contribution.incrementWriteCount(sent);
		contribution.incrementFilterCount(failed.size());
		endDelivery(contribution, execution, messages);
		return RepeatStatus.FINISHED;
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
			.filter((message) -> message.state().equals("FAILED") && !message.retryable())
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

	private Reconciliation reconciliation(JobExecution execution) {
		Reconciliation reconciliation = this.reconciliations.get(execution.getId());
		return (reconciliation != null) ? reconciliation : required(this.reconciler, "核对").reconcile(asOf(execution));
	}

	private Path reportOf(JobExecution execution) {
		String report = execution.getExecutionContext().getString(RunKeys.REPORT, null);
		return (report != null) ? this.workspace.home().resolve(report) : null;
	}

	private void writeChart(ReportCompiler compiler, Reconciliation reconciliation, Path report) {
		try {
			Files.write(chartFile(report), compiler.positionsChartPng(reconciliation));
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

	private static Instant modified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toInstant();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the time of " + file, ex);
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

	private static <T> T required(ObjectProvider<T> provider, String what) {
		T bean = provider.getIfAvailable();
		if (bean == null) {
			throw new IllegalStateException(what + "功能不可用 (no bean of its type in this build)");
		}
		return bean;
	}

}
