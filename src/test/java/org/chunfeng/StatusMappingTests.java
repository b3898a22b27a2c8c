package org.chunfeng;

import java.util.Arrays;

import org.chunfeng.audit.AuditOutcome;
import org.chunfeng.deliverable.RunMail;
import org.chunfeng.deliverable.RunStatus;
import org.chunfeng.delivery.MailState;
import org.chunfeng.intake.platform.PlatformImport;
import org.chunfeng.intake.platform.PlatformImportResult;
import org.chunfeng.schedule.FiringOutcome;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One status as another: Batch's as a run's, a run's as its audit line's and its
 * firing's, a message's as its run summary's, an import result as its stored outcome.
 */
class StatusMappingTests {

	@Test
	void everyBatchStatusIsARunStatusOfTheSameName() {
		for (BatchStatus status : BatchStatus.values()) {
			assertThat(RunStatus.of(status).name()).isEqualTo(status.name());
		}
	}

	@Test
	void everyRunStatusIsAnAuditOutcomeOfTheSameName() {
		for (RunStatus status : RunStatus.values()) {
			assertThat(AuditOutcome.of(status).name()).isEqualTo(status.name());
		}
	}

	@Test
	void aFiringOfARunThatDidNotCompleteOrWaitForApprovalFailed() {
		assertThat(Arrays.stream(RunStatus.values()).map((status) -> status + " " + FiringOutcome.of(status)))
			.containsExactly("COMPLETED COMPLETED", "STARTING FAILED", "STARTED FAILED", "STOPPING FAILED",
					"STOPPED FAILED", "FAILED FAILED", "ABANDONED FAILED", "UNKNOWN FAILED",
					"COMPLETED_WITH_FAILURES COMPLETED_WITH_FAILURES", "INTERRUPTED FAILED",
					"AWAITING_APPROVAL AWAITING_APPROVAL", "APPROVED FAILED");
	}

	@Test
	void everyOutboxStateIsARunMailStatusOfTheSameName() {
		for (MailState state : MailState.values()) {
			assertThat(RunMail.Status.of(state).name()).isEqualTo(state.name());
		}
	}

	@Test
	void everyImportResultIsAStoredOutcomeOfTheSameName() {
		for (PlatformImportResult.Outcome outcome : PlatformImportResult.Outcome.values()) {
			assertThat(PlatformImport.Outcome.of(outcome).name()).isEqualTo(outcome.name());
		}
	}

}
