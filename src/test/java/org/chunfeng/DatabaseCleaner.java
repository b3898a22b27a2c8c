package org.chunfeng;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Empties every table but Flyway's, so that tests sharing one PostgreSQL database start
 * from nothing. Call it in {@code @BeforeEach}.
 */
public final class DatabaseCleaner {

	private DatabaseCleaner() {
	}

	public static void clean(JdbcTemplate jdbc) {
		List<String> tables = jdbc.queryForList("""
				select table_name from information_schema.tables
				where table_schema = current_schema() and table_type in ('BASE TABLE', 'TABLE')
				  and lower(table_name) <> 'flyway_schema_history'
				""", String.class);
		if (tables.isEmpty()) {
			return;
		}
		if (TestDatabaseEnvironment.TestDatabase.isPostgres()) {
			jdbc.execute("truncate table " + String.join(", ", tables) + " restart identity cascade");
		}
		else {
			jdbc.execute("set referential_integrity false");
			for (String table : tables) {
				jdbc.execute("truncate table " + table + " restart identity");
			}
			jdbc.execute("set referential_integrity true");
		}
	}

}
