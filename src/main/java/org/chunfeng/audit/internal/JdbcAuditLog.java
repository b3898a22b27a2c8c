package org.chunfeng.audit.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.List;

import org.chunfeng.audit.AuditEntry;
import org.chunfeng.audit.AuditLog;
import org.chunfeng.audit.AuditOutcome;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;

/** The audit log in table audit_log. */
@Component
class JdbcAuditLog implements AuditLog {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	JdbcAuditLog(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void record(String user, String action, String target, String detail, AuditOutcome outcome) {
		record(user, null, action, target, detail, outcome, null);
	}

	@Override
	public void record(String user, String address, String action, String target, String detail, AuditOutcome outcome,
			Long runId) {
		this.jdbc.update("""
				insert into audit_log (at, username, address, action, target, detail, outcome, run_id)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""", Timestamp.from(this.clock.instant()), cut((user != null) ? user : "?", 100), cut(address, 100),
				action, cut(target, 400), cut(detail, 2000), outcome.name(),
				new SqlParameterValue(Types.BIGINT, runId));
	}

	@Override
	public List<AuditEntry> recent(int limit) {
		return this.jdbc.query("""
				select id, at, username, address, action, target, detail, outcome, run_id from audit_log
				order by at desc, id desc limit ?
				""",
				(rs, row) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
						rs.getString("username"), rs.getString("address"), rs.getString("action"),
						rs.getString("target"), rs.getString("detail"), AuditOutcome.valueOf(rs.getString("outcome")),
						rs.getObject("run_id", Long.class)),
				limit);
	}

	private static String cut(String text, int length) {
		return (text != null && text.length() > length) ? text.substring(0, length) : text;
	}

}
