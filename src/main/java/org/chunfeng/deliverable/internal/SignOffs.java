package org.chunfeng.deliverable.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The report_signoff table (SPEC §5.5): a run whose draft went to its reviewers and whose
 * report waits for an admin's approval. Kept in the database, so that a restart of the
 * service between draft and approval loses nothing.
 */
@Repository
class SignOffs {

	private static final String COLUMNS = "run_key, run_id, deliverable, as_of, drafted_at, approved_by, approved_at, approved_file";

	private final JdbcTemplate jdbc;

	SignOffs(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param runId the execution that sent the draft
	 * @param approvedBy who approved; null while it waits
	 * @param approvedFile the document sent with the report, relative to the work folder;
	 * null for the draft as compiled
	 */
	record SignOff(String runKey, long runId, String deliverable, LocalDate asOf, Instant draftedAt, String approvedBy,
			Instant approvedAt, String approvedFile) {

		boolean approved() {
			return this.approvedAt != null;
		}

	}

	Optional<SignOff> find(String runKey) {
		return this.jdbc
			.query("select " + COLUMNS + " from report_signoff where run_key = ?", SignOffs::signOff, runKey)
			.stream()
			.findFirst();
	}

	/** The draft went out: the run waits for approval (once per run key). */
	void drafted(String runKey, long runId, String deliverable, LocalDate asOf, Instant at) {
		if (find(runKey).isPresent()) {
			return;
		}
		this.jdbc.update("""
				insert into report_signoff (run_key, run_id, deliverable, as_of, drafted_at) values (?, ?, ?, ?, ?)
				""", runKey, runId, deliverable, asOf, Timestamp.from(at));
	}

	/**
	 * Records the approval, once: false when it had been approved already (by someone
	 * else a moment before).
	 */
	boolean approve(String runKey, String approvedBy, Instant at, String approvedFile) {
		return this.jdbc.update("""
				update report_signoff set approved_by = ?, approved_at = ?, approved_file = ?
				where run_key = ? and approved_at is null
				""", approvedBy, Timestamp.from(at), approvedFile, runKey) == 1;
	}

	private static SignOff signOff(ResultSet rs, int row) throws SQLException {
		Timestamp approvedAt = rs.getTimestamp("approved_at");
		return new SignOff(rs.getString("run_key"), rs.getLong("run_id"), rs.getString("deliverable"),
				rs.getObject("as_of", LocalDate.class), rs.getTimestamp("drafted_at").toInstant(),
				rs.getString("approved_by"), (approvedAt != null) ? approvedAt.toInstant() : null,
				rs.getString("approved_file"));
	}

}
