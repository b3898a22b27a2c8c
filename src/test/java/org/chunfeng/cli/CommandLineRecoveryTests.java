package org.chunfeng.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chunfeng.TestDatabaseEnvironment.TestDatabase;
import org.chunfeng.deliverable.DeliverableRuns;
import org.chunfeng.deliverable.RunRecord;
import org.chunfeng.deliverable.RunStatus;
import org.chunfeng.delivery.MailKind;
import org.chunfeng.delivery.MailState;
import org.chunfeng.delivery.Outbox;
import org.chunfeng.delivery.OutboxEntry;
import org.chunfeng.recovery.RecoveryTestSupport;
import org.chunfeng.recovery.SmtpStub;
import org.chunfeng.schedule.Schedules;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line after crashes and refusals: {@code run} finishes a killed run, sends
 * again what was being sent (same Message-ID, flagged), says so in {@code status}, ends a
 * run with a rejected recipient with exit 1, and a loser of a concurrent run gets one
 * sentence; {@code restart} follows the same rules.
 */
class CommandLineRecoveryTests extends RecoveryTestSupport {

	@Autowired
	RunCommand runCommand;

	@Autowired
	RestartCommand restartCommand;

	@Autowired
	StatusCommand statusCommand;

	@Autowired
	DeliverableRuns runs;

	@Autowired
	Outbox outbox;

	@Autowired
	Schedules schedules;

	@Autowired
	JobRepository jobRepository;

	@TempDir
	Path folder;

	private StringWriter out;

	private StringWriter err;

	private LocalDate asOf;

	@BeforeEach
	void dueDateAndPlatformData() throws Exception {
		this.asOf = this.schedules.nextDeadline("weekly").orElseThrow().asOf();
		freshPlatformData();
	}

	@Test
	void runFinishesARunKilledMidStepInAnotherProcess() throws Exception {
		Assumptions.assumeTrue(TestDatabase.isPostgres(), "skipped: the second process needs PostgreSQL");
		Path marker = this.folder.resolve("compiling");
		Process child = startChild("weekly", this.asOf.toString(), marker, null);
		awaitMarker(child, marker);
		kill(child);

		int exit = execute(this.runCommand, "weekly", "--as-of", this.asOf.toString());

		assertThat(exit).as(this.err.toString()).isEqualTo(ExitCodes.OK);
		assertThat(this.out.toString()).contains("— 已完成")
			.contains("编制报表（已完成）：报表 1 份")
			.doesNotContain("导入平台数据")
			.doesNotContain("compileStep");
		assertThat(smtp.await(2, 5000)).extracting((message) -> message.recipients().get(0))
			.containsExactlyInAnyOrder("leader@rst.shanxi.example", "jiuye@rst.shanxi.example");
	}

	@Test
	void messageBeingSentWhenItsSenderWasKilledIsSentAgainWithTheSameMessageIdAndFlagged() throws Exception {
		Assumptions.assumeTrue(TestDatabase.isPostgres(), "skipped: the second process needs PostgreSQL");
		smtp.holdReplies();
		Process child = startChild("weekly", this.asOf.toString(), null, null);
		// the server has the first message; the sender waits for its reply
		List<SmtpStub.Received> first = smtp.await(1, 120_000);
		assertThat(first).hasSize(1);
		kill(child);
		smtp.release();
		assertThat(this.outbox.recent(10)).extracting(OutboxEntry::state).contains(MailState.SENDING);

		int exit = execute(this.runCommand, "weekly", "--as-of", this.asOf.toString());

		assertThat(exit).as(this.err.toString()).isEqualTo(ExitCodes.OK);
		List<SmtpStub.Received> received = smtp.await(3, 5000);
		assertThat(received).hasSize(3);
		assertThat(received.stream().filter((message) -> message.messageId().equals(first.get(0).messageId())))
			.hasSize(2);
		List<OutboxEntry> mail = this.outbox.recent(10);
		assertThat(mail).extracting(OutboxEntry::state).containsOnly(MailState.SENT);
		assertThat(mail).filteredOn(OutboxEntry::possibleDuplicate)
			.singleElement()
			.satisfies((entry) -> assertThat(entry.messageId()).isEqualTo(first.get(0).messageId()));
		assertThat(execute(this.statusCommand)).isEqualTo(ExitCodes.OK);
		assertThat(this.out.toString()).containsOnlyOnce("可能重复");
	}

	@Test
	void recipientRejectedForGoodEndsTheRunCompletedWithFailuresAlertsTheAdminsAndExitsOne() throws Exception {
		String reply = "550 5.1.1 <jiuye@rst.shanxi.example>: Recipient address rejected: User unknown";
		smtp.reject("jiuye@rst.shanxi.example", reply);

		int exit = execute(this.runCommand, "weekly", "--as-of", this.asOf.toString());

		assertThat(exit).isEqualTo(ExitCodes.FAILURE);
		assertThat(this.err.toString()).startsWith("运行 #")
			.contains("已完成，但有收件人被拒收")
			.contains("jiuye@rst.shanxi.example");
		RunRecord run = this.runs.recent(1).get(0);
		assertThat(run.status()).isEqualTo(RunStatus.COMPLETED_WITH_FAILURES);
		List<SmtpStub.Received> received = smtp.await(2, 5000);
		assertThat(received).extracting((message) -> message.recipients().get(0))
			.containsExactlyInAnyOrder("leader@rst.shanxi.example", "admin@rst.shanxi.example");
		OutboxEntry alert = this.outbox.recent(10)
			.stream()
			.filter((entry) -> entry.kind() == MailKind.ALERT)
			.findFirst()
			.orElseThrow();
		assertThat(alert.subject()).isEqualTo("【春风行动】邮件被拒收：jiuye@rst.shanxi.example");
		assertThat(alert.state()).isEqualTo(MailState.SENT);
		String body = this.jdbc.queryForObject("select text_body from mail_outbox where id = ?", String.class,
				alert.id());
		assertThat(body).contains("jiuye@rst.shanxi.example").contains("Recipient address rejected: User unknown");
		// a second run of the same report sends nothing more and says the same
		assertThat(execute(this.runCommand, "weekly", "--as-of", this.asOf.toString())).isEqualTo(ExitCodes.FAILURE);
		assertThat(smtp.received()).hasSize(2);
		assertThat(execute(this.statusCommand)).isEqualTo(ExitCodes.OK);
		assertThat(this.out.toString()).contains("部分发送失败（有收件人被拒收，已通知管理员）").doesNotContain("COMPLETED_WITH_FAILURES");
	}

	@Test
	void runAndRestartOfAReportRunningInALiveInstanceGetOneSentence() {
		JobExecution live = startedElsewhere("weekly", this.asOf);

		int exit = execute(this.runCommand, "weekly", "--as-of", this.asOf.toString());

		assertThat(exit).isEqualTo(ExitCodes.FAILURE);
		assertThat(this.err.toString().strip()).matches(
				"已有同一报表正在运行（运行 #" + live.getId() + "，开始于 \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d），请稍后查看 `status`");
		assertThat(execute(this.restartCommand, String.valueOf(live.getId()))).isEqualTo(ExitCodes.FAILURE);
		assertThat(this.err.toString().strip()).startsWith("已有同一报表正在运行（运行 #" + live.getId());
		assertThat(this.jobRepository.getJobExecution(live.getId()).getStatus()).isEqualTo(BatchStatus.STARTED);
		assertThat(smtp.received()).isEmpty();
	}

	@Test
	void restartFinishesARunWhoseInstanceIsGoneAndRefusesACompletedOne() {
		JobExecution dead = startedElsewhere("weekly", this.asOf);
		this.jdbc.update("update job_heartbeat set beat_at = ? where job_execution_id = ?",
				Timestamp.from(Instant.now().minusSeconds(600)), dead.getId());
		assertThat(execute(this.statusCommand)).isEqualTo(ExitCodes.OK);
		assertThat(this.out.toString()).contains("#" + dead.getId() + " weekly").contains("已中断（待接管）（运行进程已终止");

		int exit = execute(this.restartCommand, "#" + dead.getId());

		assertThat(exit).as(this.err.toString()).isEqualTo(ExitCodes.OK);
		assertThat(this.out.toString()).contains("（重跑 #" + dead.getId() + "）").contains("— 已完成");
		assertThat(execute(this.restartCommand, String.valueOf(dead.getId()))).isEqualTo(ExitCodes.FAILURE);
		// its report was completed since, by the restart just made: the refusal names
		// that run
		assertThat(this.err.toString()).contains("运行 #" + dead.getId() + " 不能重新运行").contains("已由运行 #");
		assertThat(execute(this.restartCommand, "99999")).as(this.err.toString() + this.out).isEqualTo(ExitCodes.USAGE);
		assertThat(this.err.toString()).contains("没有运行 #99999");
	}

	/** A run of the report with a fresh heartbeat of another machine's instance. */
	private JobExecution startedElsewhere(String deliverable, LocalDate date) {
		JobParameters parameters = new JobParametersBuilder().addString("deliverable", deliverable, true)
			.addLocalDate("asOf", date, true)
			.addJobParameter("sendMail", true, Boolean.class, false)
			.addString("requestedBy", "cli", false)
			.toJobParameters();
		JobInstance instance = this.jobRepository.createJobInstance("deliverableJob", parameters);
		JobExecution execution = this.jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
		execution.setStatus(BatchStatus.STARTED);
		execution.setStartTime(java.time.LocalDateTime.now());
		this.jobRepository.update(execution);
		this.jdbc.update("""
				insert into job_heartbeat (job_execution_id, job_name, instance_id, started_at, beat_at, beats)
				values (?, 'deliverableJob', 'another-host:4242:1', current_timestamp, current_timestamp, 1)
				""", execution.getId());
		return execution;
	}

	private int execute(Object command, String... args) {
		this.out = new StringWriter();
		this.err = new StringWriter();
		CommandLine commandLine = new CommandLine(command);
		commandLine.setOut(new PrintWriter(this.out));
		commandLine.setErr(new PrintWriter(this.err));
		return commandLine.execute(args);
	}

}
