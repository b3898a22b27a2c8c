package org.chunfeng.deliverable;

import java.time.Instant;

/**
 * A phase or final run's draft report document and its sign-off (SPEC §5.5).
 *
 * @param draftFile the draft as compiled, relative to the work folder
 * @param signOff the report waits for an admin's approval before it goes out
 * @param draftedAt when the draft went to its reviewers; null before
 * @param approvedBy who approved it; null while it waits
 * @param approvedAt when; null while it waits
 * @param approvedFile the edited document uploaded with the approval, relative to the
 * work folder; null when the draft went out as compiled
 */
public record RunDraft(String draftFile, boolean signOff, Instant draftedAt, String approvedBy, Instant approvedAt,
		String approvedFile) {

	/** The draft went to its reviewers and nobody has approved it yet. */
	public boolean awaiting() {
		return this.signOff && this.draftedAt != null && this.approvedAt == null;
	}

	/**
	 * The document the report goes (or went) out with: the edited one, else the draft.
	 */
	public String document() {
		return (this.approvedFile != null) ? this.approvedFile : this.draftFile;
	}

}
