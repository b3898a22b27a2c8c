package org.chunfeng.intake.platform.internal;

import org.chunfeng.TestDatabaseEnvironment.TestDatabase;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A trigger that fails the insert of line {@link FailingStagingTrigger#FAILING_LINE} into
 * a table, as a crash in the middle of a file, on PostgreSQL and H2; and the state such a
 * crash leaves the job repository in.
 */
final class InjectedFailures {

	private InjectedFailures() {
	}

	static void failLineOf(JdbcTemplate jdbc, String table) {
		if (TestDatabase.isPostgres()) {
			jdbc.execute("""
					create or replace function fail_line() returns trigger language plpgsql as $$
					begin
						if new.line = %d then raise exception 'injected failure'; end if;
						return new;
					end $$""".formatted(FailingStagingTrigger.FAILING_LINE));
			jdbc.execute("create trigger fail_line before insert on %s for each row execute function fail_line()"
				.formatted(table));
		}
		else {
			Class<?> trigger = table.equals("platform_staging") ? FailingStagingTrigger.class
					: FailingActivityTrigger.class;
			jdbc.execute("create trigger fail_line before insert on %s for each row call '%s'".formatted(table,
					trigger.getName()));
		}
	}

	/** What a killed JVM leaves behind: executions and steps still marked as running. */
	static void leaveRunningAsAKilledJvmWould(JdbcTemplate jdbc) {
		jdbc.update("update batch_job_execution set status = 'STARTED', exit_code = 'UNKNOWN', end_time = null");
		jdbc.update("update batch_step_execution set status = 'STARTED', exit_code = 'EXECUTING', end_time = null");
	}

	static void remove(JdbcTemplate jdbc) {
		for (String table : new String[] { "platform_staging", "platform_activity" }) {
			jdbc.execute(TestDatabase.isPostgres() ? "drop trigger if exists fail_line on " + table
					: "drop trigger if exists fail_line");
		}
	}

}
