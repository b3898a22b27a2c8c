package org.chunfeng.admin.internal;

import java.util.List;

import org.chunfeng.deliverable.RunMail;
import org.chunfeng.deliverable.RunRecord;
import org.chunfeng.deliverable.RunStatus;
import org.chunfeng.deliverable.RunWording;
import org.chunfeng.delivery.MailKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The console and the command line call a run's and a step's state by one name. */
class ConsoleFormatTests {

	private final ConsoleFormat format = new ConsoleFormat(null, null);

	@Test
	void runStepAndMessageStatusesAsTheCommandLineSaysThem() {
		for (RunStatus status : RunStatus.values()) {
			assertThat(this.format.status(status)).as(status.name()).isEqualTo(RunWording.status(status));
		}
		for (RunMail.Status status : List.of(RunMail.Status.SENT, RunMail.Status.PENDING, RunMail.Status.NOT_SENT)) {
			assertThat(this.format.status(status)).as(status.name()).isEqualTo(RunWording.status(status));
		}
		assertThat(this.format.status(RunStatus.AWAITING_APPROVAL)).isEqualTo("待审核");
		for (MailKind kind : List.of(MailKind.REPORT, MailKind.DISCREPANCY, MailKind.REFUSAL, MailKind.REMINDER,
				MailKind.DRAFT, MailKind.ALERT)) {
			assertThat(this.format.kind(kind)).as(kind.name()).isEqualTo(RunWording.mailKind(kind));
		}
	}

	@Test
	void aStepShowsWhatItDidNotBatchCounts() {
		assertThat(this.format.done(new RunRecord.Step("reconcileStep", RunStatus.COMPLETED, 1, 10, 0, null)))
			.isEqualTo("10 市有数据");
		assertThat(this.format.note("no report for reminder")).isEmpty();
	}

}
