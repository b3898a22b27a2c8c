package org.chunfeng.deliverable;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.chunfeng.delivery.OutboxEntry;
import org.chunfeng.reconcile.Reconciliation;

/**
 * Runs deliverables (ingest → reconcile → compile → deliver, one Spring Batch job per
 * run) and lists them. Used by the command line, the scheduler and the console.
 */
public interface DeliverableRuns {

	/**
	 * Runs the deliverable now and waits for it. Without {@code force}, a (deliverable,
	 * as-of) that was already sent is not compiled or sent again: its last sending run is
	 * returned. With {@code force} the run is a new version of the report. A run without
	 * mail is a preview: it compiles, sends nothing and leaves the identity open.
	 * @throws IllegalArgumentException for an as-of date outside the campaign (SPEC §4.1)
	 */
	RunRecord run(RunRequest request);

	/** Restarts a failed or stopped run from its failed step. */
	RunRecord restart(long runId);

	/**
	 * Refuses a restart before it is attempted: {@link java.util.NoSuchElementException}
	 * for an unknown run, {@link RunConflictException} for a run that is running or
	 * completed, or whose (deliverable, as-of) another run has completed since.
	 */
	default void checkRestartable(long runId) {
	}

	List<RunRecord> recent(int limit);

	Optional<RunRecord> find(long runId);

	/** The last run of a deliverable, whatever its as-of date. */
	Optional<RunRecord> lastOf(String deliverable);

	/** The compiled workbook of a run, to download again. */
	Optional<Path> reportFile(long runId);

	/**
	 * The messages of a run's identity (deliverable, as-of, force token) and their
	 * states, whichever execution sent them.
	 */
	default List<OutboxEntry> deliveries(long runId) {
		return List.of();
	}

	/**
	 * The messages of a run with their kind and city: what it sent (and their states), or
	 * for a preview what it would have sent, as NOT_SENT.
	 */
	default List<RunMail> mail(long runId) {
		return List.of();
	}

	/**
	 * The reconciliation a run stored and reports (SPEC §4.1): what its workbook, mail
	 * and summary say. Empty before its reconcile step.
	 */
	default Optional<Reconciliation> reconciliation(long runId) {
		return Optional.empty();
	}

	/**
	 * The version of its (deliverable, as-of) a run's report is; empty before compile.
	 */
	default Optional<RunVersion> version(long runId) {
		return Optional.empty();
	}

	/**
	 * A phase or final run's draft document and its sign-off; empty for a run without one
	 * (weekly) or before compile.
	 */
	default Optional<RunDraft> draft(long runId) {
		return Optional.empty();
	}

	/**
	 * Refuses an approval before anything is kept:
	 * {@link java.util.NoSuchElementException} for an unknown run,
	 * {@link RunConflictException} for a run whose draft does not wait for approval
	 * (none, approved already, running, or superseded by a later version that was sent).
	 */
	default void checkApprovable(long runId) {
		throw new UnsupportedOperationException("sign-off is not available in this build");
	}

	/**
	 * Records an admin's approval of a run's draft (SPEC §5.5), with the edited document
	 * to send instead of the draft, if any. The report is not sent yet:
	 * {@link #restart(long)} sends it.
	 * @param editedDocx an edited .docx to send instead of the draft, or null
	 * @param approvedBy the user, or "cli"
	 * @throws IllegalArgumentException for an edited file that is not a readable .docx
	 */
	default void recordApproval(long runId, Path editedDocx, String approvedBy) {
		throw new UnsupportedOperationException("sign-off is not available in this build");
	}

	/**
	 * Approves a run's draft and sends its report to the deliverable's recipients with
	 * the approved document; waits for it.
	 */
	default RunRecord approve(long runId, Path editedDocx, String approvedBy) {
		recordApproval(runId, editedDocx, approvedBy);
		return restart(runId);
	}

}
