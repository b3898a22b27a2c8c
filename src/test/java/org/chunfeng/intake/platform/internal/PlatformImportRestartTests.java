package org.chunfeng.intake.platform.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.chunfeng.DatabaseCleaner;
import org.chunfeng.TestDatabaseEnvironment.TestDatabase;
import org.chunfeng.intake.platform.PlatformImportResult;
import org.chunfeng.intake.platform.PlatformImportResult.Outcome;
import org.chunfeng.intake.platform.PlatformIntake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.chunfeng.intake.platform.internal.ExportFixtures.csv;
import static org.chunfeng.intake.platform.internal.ExportFixtures.row;

/**
 * An import into a filled table that fails mid-file (a database trigger fails one row's
 * staging, after the first chunk of 10,000 rows was committed) resumes when run again and
 * ends with exactly the right rows. (A first import loads in one transaction instead:
 * {@link PlatformFirstImportTests}.)
 */
@SpringBootTest(properties = "chunfeng.platform.chunk-size=10000")
class PlatformImportRestartTests {

	private static final int ROWS = 25_000;

	@Autowired
	PlatformIntake intake;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path folder;

	@BeforeEach
	void cleanAndStoreAnEarlierActivity() {
		DatabaseCleaner.clean(this.jdbc);
		this.intake.importFile(csv(this.folder, "earlier.csv", List.of(row("EARLIER", 0))));
	}

	@AfterEach
	void removeFailure() {
		this.jdbc.execute(TestDatabase.isPostgres() ? "drop trigger if exists fail_staging on platform_staging"
				: "drop trigger if exists fail_staging");
	}

	@Test
	void resumesAFailedImportAndEndsWithTheExactRows() {
		Path file = export();
		injectFailure();

		assertThatIllegalStateException().isThrownBy(() -> this.intake.importFile(file))
			.withMessageContaining("再次导入同一文件将从中断处继续");
		assertThat(this.jdbc.queryForObject("select count(*) from platform_activity", Long.class)).isOne();
		removeFailure();
		PlatformImportResult result = this.intake.importFile(file);

		assertExactRows(result);
		// the second run read only what the first had not committed
		assertThat(lastLoadStepReadCount()).isLessThan(ROWS);
	}

	@Test
	void resumesAnImportWhoseProcessDied() {
		Path file = export();
		injectFailure();
		assertThatIllegalStateException().isThrownBy(() -> this.intake.importFile(file));
		removeFailure();
		// what a killed JVM leaves behind: executions still marked as running
		this.jdbc.update("update batch_job_execution set status = 'STARTED', exit_code = 'UNKNOWN', end_time = null");
		this.jdbc
			.update("update batch_step_execution set status = 'STARTED', exit_code = 'EXECUTING', end_time = null");

		PlatformImportResult result = this.intake.importFile(file);

		assertExactRows(result);
	}

	private void assertExactRows(PlatformImportResult result) {
		assertThat(result.outcome()).isEqualTo(Outcome.LOADED);
		assertThat(result.rowsRead()).isEqualTo(ROWS);
		assertThat(result.rowsRejected()).isEqualTo(ROWS / 1000);
		assertThat(result.rowsLoaded()).isEqualTo(ROWS - ROWS / 1000);
		assertThat(this.jdbc.queryForObject("select count(*) from platform_activity", Long.class))
			.isEqualTo(ROWS - ROWS / 1000 + 1);
		assertThat(this.jdbc.queryForObject("select count(distinct line) from platform_rejection", Long.class))
			.isEqualTo(ROWS / 1000);
		assertThat(this.jdbc.queryForObject("select count(*) from platform_rejection", Long.class))
			.isEqualTo(ROWS / 1000);
		assertThat(this.jdbc.queryForObject("select sum(positions) from platform_activity", Long.class))
			.isEqualTo(expectedPositions());
		assertThat(this.jdbc.queryForObject("select count(*) from platform_import", Long.class)).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select count(*) from platform_staging", Long.class)).isZero();
	}

	private Path export() {
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			rows.add((i % 1000 == 500) ? row("BAD" + i, -1) : row("A" + i, i % 97));
		}
		return csv(this.folder, "season.csv", rows);
	}

	private static long expectedPositions() {
		long sum = 0;
		for (int i = 0; i < ROWS; i++) {
			sum += (i % 1000 == 500) ? 0 : i % 97;
		}
		return sum;
	}

	private void injectFailure() {
		if (TestDatabase.isPostgres()) {
			this.jdbc.execute("""
					create or replace function fail_staging() returns trigger language plpgsql as $$
					begin
						if new.line = %d then raise exception 'injected failure'; end if;
						return new;
					end $$""".formatted(FailingStagingTrigger.FAILING_LINE));
			this.jdbc.execute("""
					create trigger fail_staging before insert on platform_staging
					for each row execute function fail_staging()""");
		}
		else {
			this.jdbc.execute("create trigger fail_staging before insert on platform_staging for each row call '"
					+ FailingStagingTrigger.class.getName() + "'");
		}
	}

	private long lastLoadStepReadCount() {
		return this.jdbc.queryForObject("""
				select read_count from batch_step_execution
				where step_name = 'platformLoadStep' order by step_execution_id desc limit 1
				""", Long.class);
	}

}
