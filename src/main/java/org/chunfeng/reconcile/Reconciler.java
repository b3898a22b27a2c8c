package org.chunfeng.reconcile;

import java.time.LocalDate;

/** Reconciles the cities' submissions with the platform (SPEC §4). */
public interface Reconciler {

	/**
	 * Reconciles as of {@code asOf} with the current campaign. A city counts as submitted
	 * when it has an accepted submission for that reporting date (for an as-of date that
	 * is not a weekly due date: its latest on or before it).
	 */
	Reconciliation reconcile(LocalDate asOf);

	/** Stores the result under a run id, so that it can be shown later. */
	void store(long runId, Reconciliation reconciliation);

}
