package org.chunfeng.deliverable;

import java.time.LocalDate;

/**
 * A request to produce a deliverable.
 *
 * @param deliverable deliverable id (weekly, reminder, phase1, phase2, final)
 * @param asOf the report's as-of date
 * @param force compile and send again even if this (deliverable, as-of) already completed
 * @param sendMail false for {@code --no-mail}: compile only
 * @param requestedBy who asked: "cli", "scheduler", or the admin's user name
 */
public record RunRequest(String deliverable, LocalDate asOf, boolean force, boolean sendMail, String requestedBy) {

}
