package org.chunfeng;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test context at PostgreSQL when it is reachable (CI always: .ci/run sets
 * CHUNFENG_TEST_DATABASE_URL, and then an unreachable database fails the tests), at an
 * in-memory H2 in PostgreSQL mode otherwise, and gives it a fresh work folder.
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor {

	private static final String INLINED = "Inlined Test Properties";

	static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/chunfeng_test";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> properties = new HashMap<>();
		if (Database.POSTGRESQL.equals(TestDatabase.kind())) {
			properties.put("spring.datasource.url", TestDatabase.postgresUrl());
			properties.put("spring.datasource.username", TestDatabase.postgresUser());
			properties.put("spring.datasource.password", "");
		}
		else {
			properties.put("spring.datasource.url", "jdbc:h2:mem:chunfeng-" + UUID.randomUUID()
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
			properties.put("spring.datasource.username", "sa");
			properties.put("spring.datasource.password", "");
		}
		if (!environment.containsProperty("chunfeng.test.keep-home")) {
			try {
				properties.put("chunfeng.home", Files.createTempDirectory("chunfeng-test").toString());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		properties.put("spring.quartz.auto-startup", "false");
		// the test contexts Spring caches each keep a pool open on one PostgreSQL server
		properties.put("spring.datasource.hikari.maximum-pool-size", "5");
		properties.put("spring.datasource.hikari.minimum-idle", "1");
		// above the application's config files, below a test's own
		// @SpringBootTest(properties = ...)
		MapPropertySource source = new MapPropertySource("chunfengTestDatabase", properties);
		if (environment.getPropertySources().contains(INLINED)) {
			environment.getPropertySources().addAfter(INLINED, source);
		}
		else {
			environment.getPropertySources().addFirst(source);
		}
	}

	/** Which database the tests of this JVM run against. */
	public enum Database {

		POSTGRESQL, H2

	}

	/** Decided once per test JVM. */
	public static final class TestDatabase {

		private static final Database KIND = detect();

		private TestDatabase() {
		}

		public static Database kind() {
			return KIND;
		}

		public static boolean isPostgres() {
			return KIND == Database.POSTGRESQL;
		}

		static String postgresUrl() {
			String url = System.getenv("CHUNFENG_TEST_DATABASE_URL");
			return (url != null && !url.isBlank()) ? url : DEFAULT_URL;
		}

		static String postgresUser() {
			String user = System.getenv("CHUNFENG_TEST_DATABASE_USER");
			return (user != null && !user.isBlank()) ? user : "postgres";
		}

		private static Database detect() {
			if ("h2".equalsIgnoreCase(System.getenv("CHUNFENG_TEST_DB"))) {
				return Database.H2;
			}
			boolean required = System.getenv("CHUNFENG_TEST_DATABASE_URL") != null;
			DriverManager.setLoginTimeout(3);
			try (Connection connection = DriverManager.getConnection(postgresUrl(), postgresUser(), "")) {
				return Database.POSTGRESQL;
			}
			catch (SQLException ex) {
				if (required) {
					throw new IllegalStateException("CHUNFENG_TEST_DATABASE_URL is set but PostgreSQL at "
							+ postgresUrl() + " is not reachable: " + ex.getMessage(), ex);
				}
				System.err.println("PostgreSQL not reachable at " + postgresUrl() + " (" + ex.getMessage()
						+ "): tests run on H2, PostgreSQL-only tests are skipped");
				return Database.H2;
			}
		}

	}

}
