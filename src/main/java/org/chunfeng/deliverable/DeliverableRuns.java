package org.chunfeng.deliverable;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.chunfeng.delivery.OutboxEntry;

/**
 * Runs deliverables (ingest → reconcile → compile → deliver, one Spring Batch job per
 * run) and lists them. Used by the command line, the scheduler and the console.
 */
public interface DeliverableRuns {

	/**
	 * Runs the deliverable now and waits for it. Without {@code force}, a (deliverable,
	 * as-of) that already completed is not compiled or sent again: its last run is
	 * returned.
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

}
