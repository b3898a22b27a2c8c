package org.chunfeng.liveness.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The job_heartbeat table. Times are the database's ({@code current_timestamp}), so that
 * instances with different clocks agree on a heartbeat's age.
 */
@Component
public class HeartbeatTable {

	private final JdbcTemplate jdbc;

	HeartbeatTable(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A heartbeat as read, with its age by the database's clock. */
	public record Beat(String instance, long beats, Duration age) {

	}

	/** False when the execution already has a row (another instance claimed it). */
	public boolean insert(long executionId, String jobName, String instance) {
		try {
			this.jdbc.update("""
					insert into job_heartbeat (job_execution_id, job_name, instance_id, started_at, beat_at, beats)
					values (?, ?, ?, current_timestamp, current_timestamp, 0)
					""", executionId, jobName, instance);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/** False when the row is no longer this instance's (taken over) or gone. */
	public boolean beat(long executionId, String instance) {
		return this.jdbc.update("""
				update job_heartbeat set beat_at = current_timestamp, beats = beats + 1
				where job_execution_id = ? and instance_id = ?
				""", executionId, instance) == 1;
	}

	public Optional<Beat> find(long executionId) {
		return this.jdbc
			.query("""
					select instance_id, beats, beat_at, current_timestamp as now_at from job_heartbeat
					where job_execution_id = ?
					""", (rs, row) -> new Beat(rs.getString("instance_id"), rs.getLong("beats"), Duration
				.between(rs.getObject("beat_at", OffsetDateTime.class), rs.getObject("now_at", OffsetDateTime.class))),
					executionId)
			.stream()
			.findFirst();
	}

	/**
	 * Takes the row over from the instance that held it, unless another instance did so
	 * since it was read: true for exactly one claimant.
	 */
	public boolean claim(long executionId, Beat seen, String instance) {
		return this.jdbc.update("""
				update job_heartbeat set instance_id = ?, beat_at = current_timestamp, beats = beats + 1
				where job_execution_id = ? and instance_id = ? and beats = ?
				""", instance, executionId, seen.instance(), seen.beats()) == 1;
	}

	public void delete(long executionId, String instance) {
		this.jdbc.update("delete from job_heartbeat where job_execution_id = ? and instance_id = ?", executionId,
				instance);
	}

}
