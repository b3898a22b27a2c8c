package org.chunfeng.recovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.chunfeng.TestDatabaseEnvironment.TestDatabase;
import org.chunfeng.deliverable.DeliverableRuns;
import org.chunfeng.deliverable.RunRecord;
import org.chunfeng.deliverable.RunStatus;
import org.chunfeng.delivery.MailKind;
import org.chunfeng.schedule.ScheduleTestSupport;
import org.chunfeng.deliverable.RunRequest;
import org.chunfeng.delivery.OutboxEntry;
import org.chunfeng.delivery.Outbox;
import org.chunfeng.schedule.Schedules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An import whose database connection dies in the middle (pg_terminate_backend) leaves
 * nothing UNKNOWN or STARTED behind, and the next run resumes it; an export that fails on
 * its own every time is set aside in quarantine/ with an alert naming it, and the run
 * goes on.
 */
class ImportOutageTests extends RecoveryTestSupport {

	private static final String HEADER = "活动编号,活动名称,活动形式,区划代码,所属地市,所属县区,开始日期,结束日期,参会单位数,提供岗位数,达成就业意向人数,专项活动名称,活动状态,更新时间";

	private static final int ROWS = 2000;

	private static final int YEAR = ScheduleTestSupport.YEAR;

	@Autowired
	DeliverableRuns runs;

	@Autowired
	Outbox outbox;

	@Autowired
	Schedules schedules;

	@AfterEach
	void dropTriggers() {
		if (TestDatabase.isPostgres()) {
			this.jdbc.execute("drop trigger if exists stall_loading on platform_activity");
			this.jdbc.execute("drop trigger if exists fail_loading on platform_activity");
		}
		else {
			this.jdbc.execute("drop trigger if exists fail_loading");
		}
	}

	@Test
	void importWhoseConnectionIsKilledLeavesNothingUnknownAndTheNextRunResumesIt() throws Exception {
		org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabase.isPostgres(),
				"skipped: pg_terminate_backend is PostgreSQL's");
		LocalDate asOf = this.schedules.nextDeadline("weekly").orElseThrow().asOf();
		Path export = export("platform-export.csv");
		// the import's connection stalls on row 1000, where the test kills it
		this.jdbc.execute("""
				create or replace function stall_loading() returns trigger language plpgsql as $$
				begin
					if new.line = 1001 then perform pg_sleep(60); end if;
					return new;
				end $$""");
		this.jdbc.execute("""
				create trigger stall_loading before insert on platform_activity
				for each row execute function stall_loading()""");

		CompletableFuture<RunRecord> first = CompletableFuture
			.supplyAsync(() -> this.runs.run(new RunRequest("weekly", asOf, false, true, "test")));
		int killed = await().atMost(Duration.ofSeconds(60)).until(() -> this.jdbc.queryForList("""
				select pg_terminate_backend(pid) from pg_stat_activity
				where datname = current_database() and wait_event = 'PgSleep' and pid <> pg_backend_pid()
				""", Boolean.class).size(), (terminated) -> terminated > 0);
		assertThat(killed).isEqualTo(1);
		RunRecord failed = first.get(60, TimeUnit.SECONDS);

		assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
		assertThat(unfinished()).isEmpty();
		assertThat(Files.exists(export)).isTrue();

		this.jdbc.execute("drop trigger stall_loading on platform_activity");
		RunRecord next = this.runs.run(new RunRequest("weekly", asOf, false, true, "test"));

		assertThat(next.status()).as(next.exitMessage()).isEqualTo(RunStatus.COMPLETED);
		assertThat(unfinished()).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from platform_activity", Integer.class)).isEqualTo(ROWS);
		assertThat(this.jdbc.queryForList("select outcome from platform_import", String.class))
			.containsExactly("LOADED");
		assertThat(Files.exists(export)).isFalse();
		assertThat(smtp.await(2, 5000)).hasSize(2);
	}

	@Test
	void exportThatFailsEveryTimeIsQuarantinedWithAnAlertAndTheRunGoesOn() throws Exception {
		LocalDate asOf = this.schedules.nextDeadline("weekly").orElseThrow().asOf();
		Path export = export("broken-export.csv");
		if (TestDatabase.isPostgres()) {
			this.jdbc.execute("""
					create or replace function fail_loading() returns trigger language plpgsql as $$
					begin
						if new.line = 1001 then raise exception 'injected failure'; end if;
						return new;
					end $$""");
			this.jdbc.execute("""
					create trigger fail_loading before insert on platform_activity
					for each row execute function fail_loading()""");
		}
		else {
			this.jdbc.execute("create trigger fail_loading before insert on platform_activity for each row call \""
					+ QuarantineTrigger.class.getName() + "\"");
		}

		RunRecord run = this.runs.run(new RunRequest("weekly", asOf, false, true, "test"));

		assertThat(run.status()).as(run.exitMessage()).isEqualTo(RunStatus.COMPLETED);
		Path quarantined = this.workspace.home().resolve("inbox/quarantine/broken-export.csv");
		assertThat(quarantined).exists();
		assertThat(export).doesNotExist();
		assertThat(run.steps().get(0).exitMessage())
			.startsWith("broken-export.csv: 无法导入，已移至 inbox/quarantine/broken-export.csv");
		assertThat(this.jdbc.queryForList("select outcome from platform_import", String.class))
			.containsExactly("FAILED");
		assertThat(unfinished()).isEmpty();
		// the export never loaded, so the admins also hear that the platform data are
		// stale
		List<OutboxEntry> alerts = this.outbox.recent(10)
			.stream()
			.filter((m) -> m.kind() == MailKind.ALERT && m.runKey().startsWith("alert:quarantine"))
			.toList();
		assertThat(alerts).singleElement()
			.satisfies((alert) -> assertThat(alert.subject()).isEqualTo("【春风行动】文件无法导入，已移至隔离文件夹：broken-export.csv"));
	}

	/** Executions or steps left STARTED or UNKNOWN. */
	private List<String> unfinished() {
		List<String> left = new ArrayList<>(this.jdbc.queryForList(
				"select 'job ' || job_execution_id || ' ' || status from batch_job_execution where status in ('STARTING', 'STARTED', 'STOPPING', 'UNKNOWN')",
				String.class));
		left.addAll(this.jdbc.queryForList(
				"select 'step ' || step_name || ' ' || status from batch_step_execution where status in ('STARTING', 'STARTED', 'STOPPING', 'UNKNOWN')",
				String.class));
		return left;
	}

	/** Activities of 1 February, their records updated just before the first due date. */
	private Path export(String name) throws IOException {
		List<String> lines = new ArrayList<>(List.of(HEADER));
		for (int i = 1; i <= ROWS; i++) {
			lines.add(String.join(",", "A" + i, "招聘会" + i, "线下", "140105", "", "", YEAR + "-02-01", "", "3", "10", "2",
					YEAR + "年春风行动", "已结束", YEAR + "-02-24 10:00:00"));
		}
		Path file = this.workspace.platformInbox().resolve(name);
		Files.writeString(file, String.join("\r\n", lines) + "\r\n");
		try (Stream<Path> others = Files.list(this.workspace.platformInbox())) {
			assertThat(others).containsExactly(file);
		}
		return file;
	}

}
