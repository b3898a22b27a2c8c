package org.chunfeng.schedule.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chunfeng.schedule.Alert;
import org.chunfeng.schedule.AlertRecord;
import org.chunfeng.schedule.FiringOutcome;
import org.chunfeng.schedule.FiringRecord;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The schedule_firing and schedule_alert tables. */
@WhereTheSchedulerRuns
@Component
class FiringLog {

	private final JdbcTemplate jdbc;

	FiringLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void record(String deliverable, String trigger, LocalDate asOf, Instant scheduledAt, Instant firedAt,
			Instant deadline, FiringOutcome outcome, Long runId, String message, String instance) {
		this.jdbc.update("""
				insert into schedule_firing (deliverable, trigger_name, as_of, scheduled_at, fired_at, deadline,
				    outcome, run_id, message, instance_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", deliverable, trigger, asOf, Timestamp.from(scheduledAt), Timestamp.from(firedAt),
				Timestamp.from(deadline), outcome.name(), runId, truncate(message), instance);
	}

	boolean fired(String deliverable, String trigger) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from schedule_firing where deliverable = ? and trigger_name = ?", Integer.class,
				deliverable, trigger);
		return count != null && count > 0;
	}

	boolean completed(String deliverable, LocalDate asOf) {
		Integer count = this.jdbc.queryForObject("""
				select count(*) from schedule_firing
				where deliverable = ? and as_of = ? and outcome = ?
				""", Integer.class, deliverable, asOf, FiringOutcome.COMPLETED.name());
		return count != null && count > 0;
	}

	List<FiringRecord> recent(int limit) {
		return this.jdbc.query("""
				select id, deliverable, trigger_name, as_of, scheduled_at, fired_at, deadline, outcome, run_id, message
				from schedule_firing order by fired_at desc, id desc limit ?
				""", FiringLog::firing, limit);
	}

	boolean alerted(String deliverable, LocalDate asOf, Alert.Kind kind) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from schedule_alert where deliverable = ? and as_of = ? and kind = ?", Integer.class,
				deliverable, asOf, kind.name());
		return count != null && count > 0;
	}

	void recordAlert(String deliverable, LocalDate asOf, Alert.Kind kind, Instant deadline, Instant sentAt,
			List<String> recipients, String message) {
		this.jdbc.update("""
				insert into schedule_alert (deliverable, as_of, kind, deadline, sent_at, recipients, message)
				values (?, ?, ?, ?, ?, ?, ?)
				""", deliverable, asOf, kind.name(), Timestamp.from(deadline), Timestamp.from(sentAt),
				truncate(String.join(", ", recipients)), truncate(message));
	}

	List<AlertRecord> recentAlerts(int limit) {
		return this.jdbc.query("""
				select id, deliverable, as_of, kind, deadline, sent_at, recipients, message
				from schedule_alert order by sent_at desc, id desc limit ?
				""", (rs, row) -> new AlertRecord(rs.getLong("id"), rs.getString("deliverable"),
				rs.getObject("as_of", LocalDate.class), Alert.Kind.valueOf(rs.getString("kind")),
				instant(rs, "deadline"), instant(rs, "sent_at"), rs.getString("recipients"), rs.getString("message")),
				limit);
	}

	private static FiringRecord firing(ResultSet rs, int row) throws SQLException {
		return new FiringRecord(rs.getLong("id"), rs.getString("deliverable"), rs.getString("trigger_name"),
				rs.getObject("as_of", LocalDate.class), instant(rs, "scheduled_at"), instant(rs, "fired_at"),
				instant(rs, "deadline"), FiringOutcome.valueOf(rs.getString("outcome")),
				rs.getObject("run_id", Long.class), rs.getString("message"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static String truncate(String text) {
		return (text != null && text.length() > 2000) ? text.substring(0, 2000) : text;
	}

}
