package org.chunfeng.audit;

import java.util.List;

/** Writes and lists the audit log (table audit_log). */
public interface AuditLog {

	void record(String user, String action, String target, String detail, AuditOutcome outcome);

	/** A line with the client's address and, for a run, its number. */
	void record(String user, String address, String action, String target, String detail, AuditOutcome outcome,
			Long runId);

	/** Newest first. */
	List<AuditEntry> recent(int limit);

}
