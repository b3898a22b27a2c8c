package org.chunfeng.intake.platform.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.chunfeng.DatabaseCleaner;
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
 * A first import (nothing stored) loads straight into platform_activity in one
 * transaction, in chunks of 10,000 rows: refused or interrupted, it leaves nothing; run
 * again, it loads every row exactly once. On PostgreSQL (COPY) and H2 (JDBC batches)
 * alike.
 */
@SpringBootTest(properties = "chunfeng.platform.chunk-size=10000")
class PlatformFirstImportTests {

	private static final int ROWS = 25_000;

	@Autowired
	PlatformIntake intake;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path folder;

	@BeforeEach
	void clean() {
		DatabaseCleaner.clean(this.jdbc);
	}

	@AfterEach
	void removeFailures() {
		InjectedFailures.remove(this.jdbc);
	}

	@Test
	void loadsStraightIntoTheActivityTableWithoutStaging() {
		// staging line 15,002 would fail: the file never goes there
		InjectedFailures.failLineOf(this.jdbc, "platform_staging");

		PlatformImportResult result = this.intake.importFile(export());

		assertExactRows(result);
		assertThat(loadStepReadCounts()).containsExactly((long) ROWS);
	}

	@Test
	void refusesAFileWithTooManyBadRowsAndKeepsNothingOfIt() {
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			// 6 % bad, the last ones in the third chunk
			rows.add((i % 50 < 3) ? row("BAD" + i, -1) : row("A" + i, 1));
		}

		PlatformImportResult result = this.intake.importFile(csv(this.folder, "wrong.csv", rows));

		assertThat(result.outcome()).isEqualTo(Outcome.REFUSED);
		assertThat(result.rowsLoaded()).isZero();
		assertThat(result.rowsRead()).isEqualTo(ROWS);
		assertThat(result.rowsRejected()).isEqualTo(1500);
		assertThat(result.reason()).startsWith("25000 行中有 1500 行不合格（6.0%，超过 5%），可能不是平台活动导出格式，整个文件未导入。例如：第 2 行 ");
		assertNothingStored();
		assertThat(this.jdbc.queryForList("select outcome from platform_import", String.class))
			.containsExactly("REFUSED");
	}

	@Test
	void leavesNothingWhenInterruptedMidFileAndLoadsEverythingOnceWhenRunAgain() {
		Path file = export();
		// the second chunk fails, after the first went into platform_activity
		InjectedFailures.failLineOf(this.jdbc, "platform_activity");

		assertThatIllegalStateException().isThrownBy(() -> this.intake.importFile(file))
			.withMessageContaining("中断，未保存其中任何数据（再次导入同一文件即可）");
		assertNothingStored();
		InjectedFailures.remove(this.jdbc);
		PlatformImportResult result = this.intake.importFile(file);

		assertExactRows(result);
		// the file read again from its start
		assertThat(loadStepReadCounts()).last().isEqualTo((long) ROWS);
	}

	@Test
	void loadsEverythingOnceAfterTheProcessDiedMidFile() {
		Path file = export();
		InjectedFailures.failLineOf(this.jdbc, "platform_activity");
		assertThatIllegalStateException().isThrownBy(() -> this.intake.importFile(file));
		InjectedFailures.remove(this.jdbc);
		InjectedFailures.leaveRunningAsAKilledJvmWould(this.jdbc);

		assertExactRows(this.intake.importFile(file));
	}

	@Test
	void keepsTheNewestRowOfActivitiesTheFileRepeatsAcrossChunks() {
		List<String> rows = new ArrayList<>();
		rows.add(ExportFixtures.row("A", "线上", "140105", "2024-02-01", 10, "2024-02-01 10:00:00"));
		rows.add(ExportFixtures.row("B", "线上", "140105", "2024-02-01", 20, "2024-02-03 10:00:00"));
		rows.add(ExportFixtures.row("C", "线上", "140105", "2024-02-01", 30, "2024-02-01 10:00:00"));
		for (int i = 0; i < ROWS; i++) {
			rows.add(row("F" + i, 1));
		}
		// in later chunks: A newer, B older, C as new, then C once more with the same
		// time
		rows.add(ExportFixtures.row("A", "线下", "140106", "2024-02-02", 11, "2024-02-02 10:00:00"));
		rows.add(ExportFixtures.row("B", "线下", "140106", "2024-02-02", 21, "2024-02-02 10:00:00"));
		rows.add(ExportFixtures.row("C", "线下", "140106", "2024-02-02", 31, "2024-02-01 10:00:00"));
		rows.add(ExportFixtures.row("C", "线下", "140106", "2024-02-02", 32, "2024-02-01 10:00:00"));

		PlatformImportResult result = this.intake.importFile(csv(this.folder, "repeats.csv", rows));

		assertThat(result.outcome()).isEqualTo(Outcome.LOADED);
		assertThat(result.rowsLoaded()).isEqualTo(ROWS + 7);
		assertThat(this.jdbc.queryForList("""
				select activity_id || ' ' || mode || ' ' || county_code || ' ' || positions || ' ' || line
				from platform_activity where activity_id in ('A', 'B', 'C') order by activity_id
				""", String.class)).containsExactly("A OFFLINE 140106 11 " + (ROWS + 5), "B ONLINE 140105 20 3",
				"C OFFLINE 140106 32 " + (ROWS + 8));
		assertThat(count("platform_activity")).isEqualTo(ROWS + 3);
		assertThat(count("platform_staging")).isZero();
	}

	private Path export() {
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			rows.add((i % 1000 == 500) ? row("BAD" + i, -1) : row("A" + i, i % 97));
		}
		return csv(this.folder, "season.csv", rows);
	}

	private void assertExactRows(PlatformImportResult result) {
		assertThat(result.outcome()).isEqualTo(Outcome.LOADED);
		assertThat(result.rowsRead()).isEqualTo(ROWS);
		assertThat(result.rowsRejected()).isEqualTo(ROWS / 1000);
		assertThat(result.rowsLoaded()).isEqualTo(ROWS - ROWS / 1000);
		assertThat(count("platform_activity")).isEqualTo(ROWS - ROWS / 1000);
		assertThat(this.jdbc.queryForObject("select count(distinct activity_id) from platform_activity", Long.class))
			.isEqualTo(ROWS - ROWS / 1000);
		assertThat(this.jdbc.queryForObject("select sum(positions) from platform_activity", Long.class))
			.isEqualTo(expectedPositions());
		assertThat(this.jdbc.queryForObject("select count(distinct line) from platform_rejection", Long.class))
			.isEqualTo(ROWS / 1000);
		assertThat(count("platform_rejection")).isEqualTo(ROWS / 1000);
		assertThat(count("platform_import")).isOne();
		assertThat(count("platform_staging")).isZero();
	}

	private static long expectedPositions() {
		long sum = 0;
		for (int i = 0; i < ROWS; i++) {
			sum += (i % 1000 == 500) ? 0 : i % 97;
		}
		return sum;
	}

	private void assertNothingStored() {
		assertThat(count("platform_activity")).isZero();
		assertThat(count("platform_rejection")).isZero();
		assertThat(count("platform_staging")).isZero();
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private List<Long> loadStepReadCounts() {
		return this.jdbc.queryForList("""
				select read_count from batch_step_execution
				where step_name = 'platformLoadStep' order by step_execution_id
				""", Long.class);
	}

}
