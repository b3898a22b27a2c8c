package org.chunfeng.schedule;

import java.util.List;
import java.util.Optional;

/**
 * The Quartz schedules derived from jobs/: firings, pause and resume, and what became of
 * past firings. Used by the console and the API.
 */
public interface Schedules {

	/**
	 * Every firing of every deliverable in the campaign of {@code year}, in time order.
	 */
	List<Firing> firings(int year);

	/** The next firing of the deliverable in the current campaign, if any is left. */
	Optional<Firing> nextFiring(String deliverable);

	/** The firing of the deliverable whose deadline is the next one still ahead. */
	Optional<Firing> nextDeadline(String deliverable);

	boolean isPaused(String deliverable);

	void pause(String deliverable);

	void resume(String deliverable);

	/** Makes the stored triggers match jobs/ (creates, updates, removes); idempotent. */
	SyncResult sync();

	List<FiringRecord> recentFirings(int limit);

	List<AlertRecord> recentAlerts(int limit);

	/** What a sync changed. */
	record SyncResult(int created, int updated, int removed, int unchanged) {

	}

}
