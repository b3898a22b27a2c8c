package org.chunfeng.admin.internal;

import java.util.List;

import org.chunfeng.deliverable.RunRecord;
import org.chunfeng.deliverable.RunWording;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The console and the command line call a run's and a step's state by one name. */
class ConsoleFormatTests {

	private final ConsoleFormat format = new ConsoleFormat(null, null);

	@Test
	void runStepAndMessageStatusesAsTheCommandLineSaysThem() {
		for (String status : List.of("COMPLETED", "FAILED", "STARTED", "STARTING", "STOPPING", "STOPPED", "ABANDONED",
				"UNKNOWN", RunRecord.COMPLETED_WITH_FAILURES, RunRecord.INTERRUPTED, RunRecord.AWAITING_APPROVAL,
				RunRecord.APPROVED, "SENT", "PENDING", "NOT_SENT")) {
			assertThat(this.format.status(status)).as(status).isEqualTo(RunWording.status(status));
		}
		assertThat(this.format.status(RunRecord.AWAITING_APPROVAL)).isEqualTo("待审核");
		for (String kind : List.of("REPORT", "DISCREPANCY", "REFUSAL", "REMINDER", "DRAFT", "ALERT")) {
			assertThat(this.format.kind(kind)).as(kind).isEqualTo(RunWording.mailKind(kind));
		}
	}

	@Test
	void aStepShowsWhatItDidNotBatchCounts() {
		assertThat(this.format.done(new RunRecord.Step("reconcileStep", "COMPLETED", 1, 10, 0, null)))
			.isEqualTo("10 市有数据");
		assertThat(this.format.note("no report for reminder")).isEmpty();
	}

}
