package org.chunfeng.admin.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Who did what in the console or the API, and when (table audit_log). */
@Component
class AuditLog {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AuditLog(JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.getIfUnique(Clock::systemUTC);
	}

	void record(String user, String action, String target, String detail, String outcome) {
		this.jdbc.update("""
				insert into audit_log (at, username, action, target, detail, outcome) values (?, ?, ?, ?, ?, ?)
				""", Timestamp.from(this.clock.instant()), user, action, cut(target, 400), cut(detail, 2000), outcome);
	}

	List<AuditEntry> recent(int limit) {
		return this.jdbc.query("""
				select id, at, username, action, target, detail, outcome from audit_log
				order by at desc, id desc limit ?
				""",
				(rs, row) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
						rs.getString("username"), rs.getString("action"), rs.getString("target"),
						rs.getString("detail"), rs.getString("outcome")),
				limit);
	}

	/** A console login (form); API requests authenticate each time and are not logged. */
	@EventListener
	void loggedIn(InteractiveAuthenticationSuccessEvent event) {
		record(event.getAuthentication().getName(), "LOGIN", null, null, "OK");
	}

	private static String cut(String text, int length) {
		return (text != null && text.length() > length) ? text.substring(0, length) : text;
	}

	/** One audit log line. */
	record AuditEntry(long id, Instant at, String user, String action, String target, String detail, String outcome) {

	}

}
