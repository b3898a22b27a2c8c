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
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.chunfeng.intake.platform.internal.ExportFixtures.csv;
import static org.chunfeng.intake.platform.internal.ExportFixtures.row;

/**
 * The weekly case: the whole season imported again into the filled table. Rows no newer
 * than the stored activity change nothing (on PostgreSQL they are not even staged), newer
 * ones replace it, new ones are added.
 */
@SpringBootTest(properties = "chunfeng.platform.chunk-size=10000")
class PlatformReimportTests {

	private static final int ROWS = 25_000;

	@Autowired
	PlatformIntake intake;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path folder;

	private long firstImport;

	@BeforeEach
	void storeTheSeason() {
		DatabaseCleaner.clean(this.jdbc);
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			rows.add(version(i, i % 97, "2024-02-01 10:00:00"));
		}
		assertThat(this.intake.importFile(csv(this.folder, "week1.csv", rows)).outcome()).isEqualTo(Outcome.LOADED);
		this.firstImport = this.jdbc.queryForObject("select max(id) from platform_import", Long.class);
	}

	@AfterEach
	void removeFailures() {
		InjectedFailures.remove(this.jdbc);
	}

	@Test
	void skipsEveryRowWhenNothingIsNewerWithoutStagingAnyOnPostgresql() {
		assumeThat(TestDatabase.isPostgres()).as("PostgreSQL only: H2 stages every row and lets the merge decide")
			.isTrue();
		// staging line 15,002 would fail
		InjectedFailures.failLineOf(this.jdbc, "platform_staging");
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			// the same versions, and older ones with other figures: both change nothing
			rows.add(
					(i % 2 == 0) ? version(i, i % 97, "2024-02-01 10:00:00") : version(i, 1000, "2024-01-31 10:00:00"));
		}

		PlatformImportResult result = this.intake.importFile(csv(this.folder, "week2.csv", rows));

		assertThat(result.outcome()).isEqualTo(Outcome.LOADED);
		assertThat(result.rowsRead()).isEqualTo(ROWS);
		assertThat(result.rowsLoaded()).isEqualTo(ROWS);
		assertNothingChanged();
	}

	@Test
	void replacesOnlyNewerVersionsAndAddsNewActivities() {
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			String row = switch (i % 10) {
				case 0 -> version(i, 500, "2024-02-02 10:00:00");
				case 1 -> version(i, 700, "2024-01-31 10:00:00");
				default -> version(i, i % 97, "2024-02-01 10:00:00");
			};
			rows.add(row);
		}
		rows.add(row("NEW", 3));

		PlatformImportResult result = this.intake.importFile(csv(this.folder, "week2.csv", rows));

		assertThat(result.outcome()).isEqualTo(Outcome.LOADED);
		assertThat(result.rowsLoaded()).isEqualTo(ROWS + 1);
		long second = this.jdbc.queryForObject("select max(id) from platform_import", Long.class);
		assertThat(this.jdbc.queryForObject("select count(*) from platform_activity where import_id = ?", Long.class,
				second))
			.isEqualTo(ROWS / 10 + 1);
		assertThat(this.jdbc.queryForObject("select sum(positions) from platform_activity", Long.class))
			.isEqualTo(seasonPositions() - positionsOfReplaced() + 500L * (ROWS / 10) + 3);
		assertThat(this.jdbc.queryForObject("select positions from platform_activity where activity_id = 'S1'",
				Long.class))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from platform_activity", Long.class)).isEqualTo(ROWS + 1);
		assertThat(this.jdbc.queryForObject("select count(*) from platform_staging", Long.class)).isZero();
	}

	@Test
	void keepsTheNewestRowWhenTheReimportRepeatsAnActivity() {
		List<String> rows = List.of(version(0, 1, "2024-02-03 10:00:00"), version(0, 2, "2024-02-02 10:00:00"),
				version(1, 3, "2024-01-30 10:00:00"), version(1, 4, "2024-02-04 10:00:00"),
				version(2, 5, "2024-01-30 10:00:00"), version(2, 6, "2024-01-29 10:00:00"));

		assertThat(this.intake.importFile(csv(this.folder, "week2.csv", rows)).rowsLoaded()).isEqualTo(6);

		assertThat(this.jdbc.queryForList("""
				select positions from platform_activity where activity_id in ('S0', 'S1', 'S2') order by activity_id
				""", Long.class)).containsExactly(1L, 4L, 2L);
	}

	/** Activity S{i} with its positions and updated_at. */
	private static String version(int i, long positions, String updatedAt) {
		return row("S" + i, "线下", "140105", "2024-02-01", positions, updatedAt);
	}

	private static long seasonPositions() {
		long sum = 0;
		for (int i = 0; i < ROWS; i++) {
			sum += i % 97;
		}
		return sum;
	}

	private static long positionsOfReplaced() {
		long sum = 0;
		for (int i = 0; i < ROWS; i += 10) {
			sum += i % 97;
		}
		return sum;
	}

	private void assertNothingChanged() {
		assertThat(this.jdbc.queryForObject("select count(*) from platform_activity where import_id <> ?", Long.class,
				this.firstImport))
			.isZero();
		assertThat(this.jdbc.queryForObject("select sum(positions) from platform_activity", Long.class))
			.isEqualTo(seasonPositions());
		assertThat(this.jdbc.queryForObject("select count(*) from platform_activity", Long.class)).isEqualTo(ROWS);
	}

}
