package org.chunfeng;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.chunfeng.TestDatabaseEnvironment.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application starts on the test database with every migration of sql/ applied, in
 * order, and Spring Batch's and Quartz's tables in place.
 */
@SpringBootTest
class ApplicationStartTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void appliesEveryMigrationOfItsDatabaseInOrder() throws IOException {
		List<String> applied = this.jdbc.queryForList("""
				select version || ' ' || description from flyway_schema_history
				where success and version is not null order by installed_rank
				""", String.class);

		assertThat(applied).containsExactlyElementsOf(migrations());
	}

	@Test
	void createsSpringBatchAndQuartzTables() {
		List<String> tables = this.jdbc.queryForList("""
				select lower(table_name) from information_schema.tables
				where table_schema = current_schema()
				  and (lower(table_name) like 'batch\\_%' or lower(table_name) like 'qrtz\\_%')
				""", String.class);

		assertThat(tables).containsExactlyInAnyOrder("batch_job_instance", "batch_job_execution",
				"batch_job_execution_params", "batch_job_execution_context", "batch_step_execution",
				"batch_step_execution_context", "qrtz_job_details", "qrtz_triggers", "qrtz_simple_triggers",
				"qrtz_cron_triggers", "qrtz_simprop_triggers", "qrtz_blob_triggers", "qrtz_calendars",
				"qrtz_paused_trigger_grps", "qrtz_fired_triggers", "qrtz_scheduler_state", "qrtz_locks");
	}

	/**
	 * {@code version description} of every migration file of sql/common and of this
	 * database's folder, in version order.
	 */
	private static List<String> migrations() throws IOException {
		List<Path> files = new ArrayList<>();
		for (String folder : List.of("common", TestDatabase.isPostgres() ? "postgresql" : "h2")) {
			try (Stream<Path> listed = Files.list(Path.of("sql", folder))) {
				files
					.addAll(listed.filter((file) -> file.getFileName().toString().matches("V\\d+__.+\\.sql")).toList());
			}
		}
		return files.stream()
			.map((file) -> file.getFileName().toString().replaceFirst("\\.sql$", "").split("__", 2))
			.sorted(Comparator.comparingInt((String[] name) -> Integer.parseInt(name[0].substring(1))))
			.map((name) -> name[0].substring(1) + " " + name[1].replace('_', ' '))
			.toList();
	}

}
