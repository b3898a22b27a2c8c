package org.chunfeng.intake.platform.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.chunfeng.DatabaseCleaner;
import org.chunfeng.intake.platform.PlatformImport;
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
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.chunfeng.intake.platform.internal.ExportFixtures.csv;
import static org.chunfeng.intake.platform.internal.ExportFixtures.row;

/**
 * An import into a filled table that fails mid-file (a database trigger fails one row,
 * after the first chunk of 10,000 rows went in) leaves the stored activities as they
 * were, and run again ends with exactly the right rows, each once. (A first import:
 * {@link PlatformFirstImportTests}.)
 */
@SpringBootTest(properties = "chunfeng.platform.chunk-size=10000")
class PlatformImportRestartTests {

	private static final int ROWS = 25_000;

	@Autowired
	PlatformIntake intake;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformStore store;

	@Autowired
	ImportRecords records;

	@Autowired
	TransactionTemplate transactions;

	@TempDir
	Path folder;

	@BeforeEach
	void cleanAndStoreAnEarlierActivity() {
		DatabaseCleaner.clean(this.jdbc);
		this.intake.importFile(csv(this.folder, "earlier.csv", List.of(row("EARLIER", 0), row("A1", 1000))));
	}

	@AfterEach
	void removeFailure() {
		InjectedFailures.remove(this.jdbc);
	}

	@Test
	void leavesTheStoredActivitiesAsTheyWereAndLoadsEverythingOnceWhenRunAgain() {
		Path file = export();
		InjectedFailures.failLineOf(this.jdbc, "platform_activity");

		assertThatIllegalStateException().isThrownBy(() -> this.intake.importFile(file));
		assertThat(this.jdbc.queryForList("select activity_id || ' ' || positions from platform_activity order by 1",
				String.class))
			.containsExactly("A1 1000", "EARLIER 0");
		assertThat(count("platform_rejection")).isZero();
		InjectedFailures.remove(this.jdbc);
		PlatformImportResult result = this.intake.importFile(file);

		assertExactRows(result);
		// the second run read the whole file again
		assertThat(lastLoadStepReadCount()).isEqualTo(ROWS);
	}

	@Test
	void loadsEverythingOnceAfterTheProcessDied() {
		Path file = export();
		InjectedFailures.failLineOf(this.jdbc, "platform_activity");
		assertThatIllegalStateException().isThrownBy(() -> this.intake.importFile(file));
		InjectedFailures.remove(this.jdbc);
		InjectedFailures.leaveRunningAsAKilledJvmWould(this.jdbc);

		PlatformImportResult result = this.intake.importFile(file);

		assertExactRows(result);
	}

	@Test
	void mergesWhatAnEarlierVersionStagedWhenItsMergeStepRunsAgain() {
		long id = this.records.create(this.folder.resolve("staged.csv"), "0".repeat(64), PlatformImport.Outcome.RUNNING,
				null);
		this.transactions.executeWithoutResult((status) -> {
			try (PlatformStore.Staging staging = this.store.staging(id)) {
				staging.add(activity(2, "A1", 5, LocalDateTime.of(2024, 2, 2, 10, 0)));
				staging.add(activity(3, "NEW", 7, LocalDateTime.of(2024, 2, 2, 10, 0)));
				staging.add(activity(4, "A1", 6, LocalDateTime.of(2024, 2, 1, 10, 0)));
				staging.finish();
			}
			this.records.setRowsRead(id, 3);
		});

		this.transactions.executeWithoutResult(
				(status) -> new PlatformMergeTasklet(id, this.store, this.records, 0.05).execute(null, null));

		assertThat(this.records.result(id).outcome()).isEqualTo(Outcome.LOADED);
		assertThat(this.jdbc.queryForList("select activity_id || ' ' || positions from platform_activity order by 1",
				String.class))
			.containsExactly("A1 5", "EARLIER 0", "NEW 7");
		assertThat(count("platform_staging")).isZero();
	}

	private static PlatformActivity activity(long line, String id, long positions, LocalDateTime updatedAt) {
		return new PlatformActivity(line, id, null, PlatformActivity.Mode.OFFLINE, "140105", "1401",
				LocalDate.of(2024, 2, 1), null, 3, positions, 2, "2024年春风行动", "已结束", updatedAt);
	}

	private void assertExactRows(PlatformImportResult result) {
		assertThat(result.outcome()).isEqualTo(Outcome.LOADED);
		assertThat(result.rowsRead()).isEqualTo(ROWS);
		assertThat(result.rowsRejected()).isEqualTo(ROWS / 1000);
		assertThat(result.rowsLoaded()).isEqualTo(ROWS - ROWS / 1000);
		// A1 was stored with the same updated_at: its 1000 positions stay
		assertThat(count("platform_activity")).isEqualTo(ROWS - ROWS / 1000 + 1);
		assertThat(this.jdbc.queryForObject("select count(distinct line) from platform_rejection", Long.class))
			.isEqualTo(ROWS / 1000);
		assertThat(count("platform_rejection")).isEqualTo(ROWS / 1000);
		assertThat(this.jdbc.queryForObject("select sum(positions) from platform_activity", Long.class))
			.isEqualTo(expectedPositions() - 1 + 1000);
		assertThat(count("platform_import")).isEqualTo(2);
		assertThat(count("platform_staging")).isZero();
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

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private long lastLoadStepReadCount() {
		return this.jdbc.queryForObject("""
				select read_count from batch_step_execution
				where step_name = 'platformLoadStep' order by step_execution_id desc limit 1
				""", Long.class);
	}

}
