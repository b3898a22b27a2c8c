package org.chunfeng.admin.internal;

import java.util.EnumSet;
import java.util.Set;

import org.chunfeng.deliverable.RunRecord;
import org.chunfeng.deliverable.RunStatus;
import org.chunfeng.deliverable.RunWording;

import org.springframework.security.core.Authentication;

/**
 * A run as the console and the API show it: a failure as one Chinese sentence; the
 * technical detail (without server paths) for admins only.
 */
final class RunsShown {

	/** Shown as failed: a failure's sentence for everyone, the detail for admins. */
	private static final Set<RunStatus> FAILED = EnumSet.of(RunStatus.FAILED, RunStatus.STOPPED, RunStatus.ABANDONED,
			RunStatus.INTERRUPTED);

	private RunsShown() {
	}

	static boolean isAdmin(Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> ("ROLE_" + SecuritySetup.ADMIN).equals(authority.getAuthority()));
	}

	static RunRecord forPeople(RunRecord run, boolean admin) {
		boolean failed = failed(run.status());
		String failedStep = run.steps()
			.stream()
			.filter((step) -> failed(step.status()))
			.map(RunRecord.Step::name)
			.findFirst()
			.orElse(null);
		String message = failed ? sentence(RunWording.failure(failedStep), run.exitMessage(), admin)
				: RunWording.withoutPaths(run.exitMessage());
		// a delivery stopped to wait for approval did not fail: its note is for everyone
		boolean signOff = run.status() == RunStatus.AWAITING_APPROVAL || run.status() == RunStatus.APPROVED;
		return new RunRecord(run.id(), run.deliverable(), run.asOf(), run.status(), run.startedAt(), run.endedAt(),
				message, run.requestedBy(), run.reportFile(),
				run.steps()
					.stream()
					.map((step) -> new RunRecord.Step(step.name(), step.status(), step.readCount(), step.writeCount(),
							step.skipCount(),
							(failed(step.status()) && !signOff)
									? (admin ? RunWording.withoutPaths(step.exitMessage()) : null)
									: RunWording.stepNote(step.exitMessage())))
					.toList());
	}

	/** The sentence, and for admins the detail after it. */
	private static String sentence(String sentence, String detail, boolean admin) {
		if (!admin || detail == null || detail.isBlank()) {
			return sentence;
		}
		return sentence + " 详情：" + RunWording.withoutPaths(detail);
	}

	static boolean failed(RunStatus status) {
		return FAILED.contains(status);
	}

}
