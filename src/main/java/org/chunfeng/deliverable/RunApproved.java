package org.chunfeng.deliverable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Published when an admin approved a run's draft (SPEC §5.5), before its report is sent:
 * who, when, and whether an edited document replaced the draft.
 *
 * @param approvedBy the user, or "cli" for the command line
 * @param edited an edited .docx was uploaded with the approval
 */
public record RunApproved(long runId, String deliverable, LocalDate asOf, String approvedBy, Instant approvedAt,
		boolean edited) {

}
