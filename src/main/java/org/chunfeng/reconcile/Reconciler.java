package org.chunfeng.reconcile;

import java.time.LocalDate;
import java.util.Optional;

/** Reconciles the cities' submissions with the platform (SPEC §4, §4.1). */
public interface Reconciler {

	/**
	 * Reconciles as of {@code asOf} for a weekly report: the period is the latest weekly
	 * due date on or before it (the as-of date itself before the first one).
	 */
	default Reconciliation reconcile(LocalDate asOf) {
		return reconcile(asOf, weeklyPeriod(asOf));
	}

	/**
	 * Reconciles as of {@code asOf} for {@code period}: a city's figures are its latest
	 * accepted submission on or before {@code asOf}, compared with the platform as of
	 * their own reporting date; it counts as submitted when they are for {@code period}.
	 */
	Reconciliation reconcile(LocalDate asOf, LocalDate period);

	/** The latest weekly due date on or before {@code asOf}, else {@code asOf}. */
	LocalDate weeklyPeriod(LocalDate asOf);

	/** Stores the result under a run id, whole, replacing what the run stored before. */
	void store(long runId, Reconciliation reconciliation);

	/**
	 * The reconciliation a run stored, read back as it was (the submissions it showed, by
	 * their ids): what the run's report and messages say.
	 */
	Optional<Reconciliation> stored(long runId);

}
