package org.chunfeng.admin.internal;

import java.util.ArrayList;
import java.util.List;

import org.chunfeng.audit.AuditOutcome;

import org.chunfeng.deliverable.RunMail;
import org.chunfeng.deliverable.RunRecord;
import org.chunfeng.deliverable.RunStatus;
import org.chunfeng.deliverable.RunWording;
import org.chunfeng.delivery.MailKind;
import org.chunfeng.delivery.MailState;
import org.chunfeng.intake.platform.PlatformImport;
import org.chunfeng.schedule.FiringOutcome;
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
		for (RunMail.Status status : RunMail.Status.values()) {
			assertThat(this.format.status(status)).as(status.name()).isEqualTo(RunWording.status(status));
		}
		assertThat(this.format.status(RunStatus.AWAITING_APPROVAL)).isEqualTo("待审核");
		assertThat(this.format.status(MailState.SENDING)).isEqualTo("发送中");
		for (MailKind kind : MailKind.values()) {
			assertThat(this.format.kind(kind)).as(kind.name()).isEqualTo(RunWording.mailKind(kind));
		}
		assertThat(this.format.kind(MailKind.NOTICE)).isEqualTo("差异通知");
	}

	@Test
	void everyStateHasAChineseWord() {
		List<Enum<?>> states = new ArrayList<>();
		states.addAll(List.of(RunStatus.values()));
		states.addAll(List.of(MailState.values()));
		states.addAll(List.of(RunMail.Status.values()));
		states.addAll(List.of(FiringOutcome.values()));
		states.addAll(List.of(AuditOutcome.values()));
		states.addAll(List.of(PlatformImport.Outcome.values()));
		for (Enum<?> state : states) {
			assertThat(this.format.status(state)).as(state.getDeclaringClass().getSimpleName() + "." + state.name())
				.doesNotMatch("[A-Z_]+");
		}
		for (MailKind kind : MailKind.values()) {
			assertThat(this.format.kind(kind)).as(kind.name()).doesNotMatch("[A-Z_]+");
		}
	}

	@Test
	void aStepShowsWhatItDidNotBatchCounts() {
		assertThat(this.format.done(new RunRecord.Step("reconcileStep", RunStatus.COMPLETED, 1, 10, 0, null)))
			.isEqualTo("10 市有数据");
		assertThat(this.format.note("no report for reminder")).isEmpty();
	}

}
