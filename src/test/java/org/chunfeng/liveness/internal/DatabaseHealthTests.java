package org.chunfeng.liveness.internal;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.chunfeng.liveness.LivenessProperties;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /actuator/health} answers within 2 s while the database does not. */
@SpringBootTest
class DatabaseHealthTests {

	@Autowired
	ApplicationContext context;

	@Test
	void answersDownWithinTwoSecondsWhileTheDatabaseDoesNotAnswer() {
		DatabaseHealth health = new DatabaseHealth(new Unanswering(),
				new LivenessProperties(null, null, null, null, Duration.ofMillis(1500)));

		for (int i = 0; i < 3; i++) {
			long started = System.nanoTime();
			Health answer = health.health();
			Duration took = Duration.ofNanos(System.nanoTime() - started);

			assertThat(took).isLessThan(Duration.ofSeconds(2));
			assertThat(answer.getStatus()).isEqualTo(Status.DOWN);
			assertThat(answer.getDetails()).containsEntry("error", "数据库在 1500 毫秒内没有响应 (no answer from the database)");
		}
	}

	@Test
	void replacesBootsDatabaseCheckAndIsUpWithTheDatabase() {
		Object indicator = this.context.getBean("dbHealthIndicator");

		assertThat(indicator).isInstanceOf(DatabaseHealth.class);
		assertThat(((DatabaseHealth) indicator).health().getStatus()).isEqualTo(Status.UP);
	}

	/**
	 * A database that takes connections' requests and never answers (the pool waits 30
	 * s).
	 */
	private static final class Unanswering implements DataSource {

		@Override
		public Connection getConnection() throws SQLException {
			try {
				// the point: a connection request that hangs, as the pool's would
				Thread.sleep(30_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			throw new SQLException("Connection is not available, request timed out after 30000ms");
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return getConnection();
		}

		@Override
		public PrintWriter getLogWriter() {
			return null;
		}

		@Override
		public void setLogWriter(PrintWriter out) {
		}

		@Override
		public void setLoginTimeout(int seconds) {
		}

		@Override
		public int getLoginTimeout() {
			return 0;
		}

		@Override
		public Logger getParentLogger() {
			return Logger.getGlobal();
		}

		@Override
		public <T> T unwrap(Class<T> type) {
			return null;
		}

		@Override
		public boolean isWrapperFor(Class<?> type) {
			return false;
		}

	}

}
