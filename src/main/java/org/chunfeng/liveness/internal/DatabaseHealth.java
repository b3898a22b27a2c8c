package org.chunfeng.liveness.internal;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.chunfeng.liveness.LivenessProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database's part of {@code /actuator/health}, in place of Boot's (bean name
 * {@code dbHealthIndicator}): while the database does not answer, the pool would wait its
 * whole connection timeout (30 s); this answers DOWN after {@code health-timeout}. One
 * check at a time: a check still waiting for the database is reused, not joined by more
 * threads.
 */
// only serve answers /actuator/health: other commands start without it
@ConditionalOnWebApplication
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator {

	private final DataSource dataSource;

	private final Duration timeout;

	private CompletableFuture<Health> pending;

	DatabaseHealth(DataSource dataSource, LivenessProperties properties) {
		this.dataSource = dataSource;
		this.timeout = properties.healthTimeout();
	}

	@Override
	public Health health() {
		CompletableFuture<Health> check = check();
		try {
			return check.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			return Health.down()
				.withDetail("error", "数据库在 " + this.timeout.toMillis() + " 毫秒内没有响应 (no answer from the database)")
				.build();
		}
		catch (ExecutionException ex) {
			return Health.down(ex.getCause()).build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.unknown().build();
		}
	}

	private synchronized CompletableFuture<Health> check() {
		if (this.pending == null || this.pending.isDone()) {
			this.pending = CompletableFuture.supplyAsync(this::query, (task) -> {
				Thread thread = new Thread(task, "db-health");
				thread.setDaemon(true);
				thread.start();
			});
		}
		return this.pending;
	}

	private Health query() {
		try (Connection connection = this.dataSource.getConnection()) {
			int seconds = (int) Math.max(1, this.timeout.toSeconds());
			if (!connection.isValid(seconds)) {
				return Health.down().withDetail("error", "数据库连接无效 (connection not valid)").build();
			}
			return Health.up().withDetail("database", connection.getMetaData().getDatabaseProductName()).build();
		}
		catch (Exception ex) {
			return Health.down(ex).build();
		}
	}

}
