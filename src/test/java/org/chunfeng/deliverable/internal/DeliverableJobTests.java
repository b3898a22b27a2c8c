package org.chunfeng.deliverable.internal;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import org.chunfeng.delivery.MailState;
import org.chunfeng.delivery.Outbox;
import org.chunfeng.delivery.OutboxEntry;
import org.chunfeng.intake.city.CityWorkbookFixtures;
import org.chunfeng.recovery.RealRunsTestSupport;
import org.chunfeng.schedule.Schedules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deliverable job as Spring Batch runs it: every step with its counts, and a JVM
 * killed in the reconcile step (the step fails on a database trigger, and the execution
 * is left running as a killed JVM leaves it) recovered with {@code JobOperator.recover}
 * and restarted from that step, sending each message once.
 */
class DeliverableJobTests extends RealRunsTestSupport {

	@Autowired
	JobOperatorTestUtils jobOperatorTestUtils;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	Job deliverableJob;

	@Autowired
	Schedules schedules;

	@Autowired
	Outbox outbox;

	private LocalDate asOf;

	@BeforeEach
	void weeklyJobAndItsNextDueDate() {
		// two jobs in the context: the utilities are told which one
		this.jobOperatorTestUtils.setJob(this.deliverableJob);
		this.asOf = this.schedules.nextDeadline("weekly").orElseThrow().asOf();
		platformExportInInbox();
		// received today, before next year's campaign: refused, and the city told why
		CityWorkbookFixtures.workbook()
			.row(CityWorkbookFixtures.consistentRow("太原市", "小店区、迎泽区"))
			.writeTo(this.workspace.cityInbox(), "太原市.xlsx");
	}

	@Test
	void runsEveryStepWithItsCounts() throws Exception {
		JobExecution execution = this.jobOperatorTestUtils.startJob(weekly());

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(steps(execution)).containsExactly("ingestPlatformStep COMPLETED 1/1/0",
				"ingestCityReportsStep COMPLETED 1/0/1", "reconcileStep COMPLETED 1/0/0", "compileStep COMPLETED 0/1/0",
				"deliverStep COMPLETED 1/3/0");
		// the report to its two recipients, the refusal notice to 太原
		assertThat(sent()).hasSize(3);
	}

	@Test
	void jvmKilledInTheReconcileStepIsRecoveredAndRestartedFromThatStep() throws Exception {
		failInsertsInto("reconciliation_run");

		JobExecution failed = this.jobOperatorTestUtils.startJob(weekly());

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(steps(failed)).containsExactly("ingestPlatformStep COMPLETED 1/1/0",
				"ingestCityReportsStep COMPLETED 1/0/1", "reconcileStep FAILED 0/0/0");
		removeFailureOf("reconciliation_run");
		leaveRunningAsAKilledJvmWould(failed.getId(), "reconcileStep");
		JobExecution left = this.jobRepository.getJobExecution(failed.getId());
		assertThat(left.getStatus()).isEqualTo(BatchStatus.STARTED);

		JobExecution recovered = this.jobOperator.recover(left);

		assertThat(recovered.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(steps(this.jobRepository.getJobExecution(failed.getId()))).containsExactly(
				"ingestPlatformStep COMPLETED 1/1/0", "ingestCityReportsStep COMPLETED 1/0/1",
				"reconcileStep FAILED 0/0/0");

		JobExecution restarted = this.jobOperator.restart(recovered);

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
		assertThat(steps(restarted)).containsExactly("reconcileStep COMPLETED 1/0/0", "compileStep COMPLETED 0/1/0",
				"deliverStep COMPLETED 1/3/0");
		assertThat(this.jdbc.queryForList("select run_id from reconciliation_run", Long.class))
			.containsExactly(restarted.getId());
		assertThat(
				Files.exists(this.workspace.home().resolve(restarted.getExecutionContext().getString(RunKeys.REPORT))))
			.isTrue();
		// the report to its two recipients, the refusal notice to 太原
		assertThat(sent()).hasSize(3);
	}

	private JobParameters weekly() {
		return new JobParametersBuilder().addString(RunKeys.DELIVERABLE, "weekly", true)
			.addLocalDate(RunKeys.AS_OF, this.asOf, true)
			.addJobParameter(RunKeys.SEND_MAIL, true, Boolean.class, false)
			.addString(RunKeys.REQUESTED_BY, "test", false)
			.toJobParameters();
	}

	/** The run's messages, each sent. */
	private List<OutboxEntry> sent() {
		List<OutboxEntry> messages = this.outbox.messages("weekly/" + this.asOf);
		assertThat(messages).extracting(OutboxEntry::state).containsOnly(MailState.SENT);
		return messages;
	}

}
