package org.chunfeng.deliverable.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.chunfeng.Workspace;
import org.chunfeng.campaign.Campaigns;
import org.chunfeng.deliverable.Deliverable;
import org.chunfeng.deliverable.Deliverables;
import org.chunfeng.intake.city.CityRefusal;
import org.chunfeng.intake.city.CityRefusals;
import org.chunfeng.reconcile.Reconciler;
import org.chunfeng.reconcile.Reconciliation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * What a run says, from what it stored: its reconciliation (read back from the database,
 * whichever execution of the run stored it), its report's version, and the messages
 * composed from them. Compile, deliver and the run's summary all read it here, so that a
 * restarted run sends exactly what it reconciled.
 */
@Component
class RunContent {

	private static final Logger logger = LoggerFactory.getLogger(RunContent.class);

	private final Deliverables deliverables;

	private final Reconciler reconciler;

	private final CityRefusals refusals;

	private final JobRepository jobRepository;

	private final ReportVersions versions;

	private final MessageComposer composer;

	private final Workspace workspace;

	private final Campaigns campaigns;

	private final SignOffs signOffs;

	RunContent(Deliverables deliverables, Reconciler reconciler, CityRefusals refusals, JobRepository jobRepository,
			ReportVersions versions, MessageComposer composer, Workspace workspace, Campaigns campaigns,
			SignOffs signOffs) {
		this.signOffs = signOffs;
		this.deliverables = deliverables;
		this.reconciler = reconciler;
		this.refusals = refusals;
		this.jobRepository = jobRepository;
		this.versions = versions;
		this.composer = composer;
		this.workspace = workspace;
		this.campaigns = campaigns;
	}

	Deliverable deliverable(JobExecution execution) {
		return this.deliverables.get(execution.getJobParameters().getString(RunKeys.DELIVERABLE));
	}

	/**
	 * The reconciliation the run stored, by the newest execution of its job instance that
	 * stored one; empty when none did.
	 */
	Optional<Reconciliation> stored(JobExecution execution) {
		Optional<Reconciliation> own = this.reconciler.stored(execution.getId());
		if (own.isPresent()) {
			return own;
		}
		return this.jobRepository.getJobExecutions(execution.getJobInstance())
			.stream()
			.sorted(Comparator.comparingLong(JobExecution::getId).reversed())
			.filter((other) -> other.getId() != execution.getId())
			.map((other) -> this.reconciler.stored(other.getId()))
			.flatMap(Optional::stream)
			.findFirst();
	}

	/**
	 * The stored reconciliation; a run reconciled before reconciliations were stored
	 * whole is reconciled now, once, and stored.
	 */
	Reconciliation reconciliation(JobExecution execution) {
		return stored(execution).orElseGet(() -> {
			logger.warn("run {} has no stored reconciliation: reconciling now", execution.getId());
			LocalDate asOf = execution.getJobParameters().getLocalDate(RunKeys.AS_OF);
			Reconciliation reconciliation = this.reconciler.reconcile(asOf, period(execution));
			this.reconciler.store(execution.getId(), reconciliation);
			return reconciliation;
		});
	}

	/**
	 * The period the run reports on: weekly runs the due date, phase and final the date.
	 */
	LocalDate period(JobExecution execution) {
		LocalDate asOf = execution.getJobParameters().getLocalDate(RunKeys.AS_OF);
		return deliverable(execution).periodFor(asOf, this.campaigns.current());
	}

	Optional<ReportVersions.Version> version(JobExecution execution) {
		return this.versions.find(RunKeys.runKey(execution.getJobParameters()));
	}

	/** Which version the run sends, and the reconciliation of the version sent before. */
	MessageComposer.Edition edition(JobExecution execution) {
		Optional<ReportVersions.Version> version = version(execution);
		if (version.isEmpty() || version.get().version() <= 1) {
			return MessageComposer.Edition.FIRST;
		}
		ReportVersions.Version current = version.get();
		Optional<ReportVersions.Version> before = this.versions.deliveredBefore(current.deliverable(), current.asOf(),
				current.version());
		Optional<Reconciliation> previous = before.flatMap((row) -> this.reconciler.stored(row.runId()));
		return new MessageComposer.Edition(current.version(), previous.orElse(null),
				before.map(ReportVersions.Version::version).orElse(0),
				before.map(ReportVersions.Version::deliveredAt).orElse(null));
	}

	/**
	 * The refused files the run tells their cities of: those not told yet, by the weekly
	 * and reminder runs (SPEC §4.1).
	 */
	List<CityRefusal> refusalsToNotify(Deliverable deliverable) {
		if (deliverable.asOf() != Deliverable.AsOfRule.DUE_DATE) {
			return List.of();
		}
		return this.refusals.unnoticed();
	}

	/** Every message of the run, composed from what it stored. */
	List<MessageComposer.Composed> messages(JobExecution execution) {
		return messages(execution, refusalsToNotify(deliverable(execution)));
	}

	/** Every message of the run, telling of these refused files. */
	List<MessageComposer.Composed> messages(JobExecution execution, List<CityRefusal> refusals) {
		JobParameters parameters = execution.getJobParameters();
		Deliverable deliverable = deliverable(execution);
		Path report = report(execution);
		Path chart = (report != null) ? DeliverableTasklets.chartFile(report) : null;
		return this.composer.compose(deliverable, reconciliation(execution), RunKeys.runKey(parameters),
				execution.getId(), report, document(execution), (chart != null && Files.exists(chart)) ? chart : null,
				edition(execution), refusals);
	}

	/** The draft of a run that needs sign-off, to its reviewers (SPEC §5.5). */
	List<MessageComposer.Composed> drafts(JobExecution execution) {
		return this.composer.drafts(deliverable(execution), reconciliation(execution),
				RunKeys.runKey(execution.getJobParameters()), execution.getId(), report(execution), draft(execution),
				edition(execution));
	}

	/** The run's draft report document, as compiled; null for none. */
	Path draft(JobExecution execution) {
		String draft = execution.getExecutionContext().getString(RunKeys.DRAFT, null);
		if (draft == null) {
			draft = version(execution).map(ReportVersions.Version::draftFile).orElse(null);
		}
		return (draft != null) ? this.workspace.home().resolve(draft) : null;
	}

	/**
	 * The report document the report goes out with: the edited one uploaded with the
	 * approval, else the draft; null for none.
	 */
	Path document(JobExecution execution) {
		String approved = this.signOffs.find(RunKeys.runKey(execution.getJobParameters()))
			.map(SignOffs.SignOff::approvedFile)
			.orElse(null);
		return (approved != null) ? this.workspace.home().resolve(approved) : draft(execution);
	}

	/** The run's workbook, from this execution or an earlier one of the same run. */
	Path report(JobExecution execution) {
		String report = execution.getExecutionContext().getString(RunKeys.REPORT, null);
		if (report == null) {
			report = version(execution).map(ReportVersions.Version::reportFile).orElse(null);
		}
		return (report != null) ? this.workspace.home().resolve(report) : null;
	}

}
