package org.chunfeng.deliverable.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report_version table (SPEC §5.4): which version of its (deliverable, as-of) each
 * run's report is, or that it is a preview, and whether it was delivered.
 */
@Repository
class ReportVersions {

	private static final String COLUMNS = "run_key, run_id, deliverable, as_of, version, preview, report_file, draft_file, compiled_at, delivered_at";

	private final JdbcTemplate jdbc;

	ReportVersions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param version 1, 2, … ; 0 for a preview
	 * @param draftFile the draft report document, relative to the work folder; null for
	 * none
	 * @param deliveredAt null until delivered
	 */
	record Version(String runKey, long runId, String deliverable, LocalDate asOf, int version, boolean preview,
			String reportFile, String draftFile, Instant compiledAt, Instant deliveredAt) {

	}

	Optional<Version> find(String runKey) {
		return this.jdbc
			.query("select " + COLUMNS + " from report_version where run_key = ?", ReportVersions::version, runKey)
			.stream()
			.findFirst();
	}

	/**
	 * The run's version, given on its first compile and kept on restarts: a preview, or
	 * one more than the versions delivered so far — and past any version whose file
	 * already exists ({@code fileTaken}), such as a report sent before versions were
	 * recorded, so that no file sent is ever overwritten.
	 */
	@Transactional
	Version assign(String runKey, long runId, String deliverable, LocalDate asOf, boolean preview,
			IntPredicate fileTaken) {
		Optional<Version> existing = find(runKey);
		if (existing.isPresent()) {
			return existing.get();
		}
		Integer version = null;
		if (!preview) {
			Integer delivered = this.jdbc.queryForObject("""
					select count(*) from report_version
					where deliverable = ? and as_of = ? and not preview and delivered_at is not null
					""", Integer.class, deliverable, asOf);
			version = ((delivered != null) ? delivered : 0) + 1;
			while (fileTaken.test(version)) {
				version++;
			}
		}
		this.jdbc.update("""
				insert into report_version (run_key, run_id, deliverable, as_of, version, preview, compiled_at)
				values (?, ?, ?, ?, ?, ?, ?)
				""", runKey, runId, deliverable, asOf, version, preview, Timestamp.from(Instant.now()));
		return find(runKey).orElseThrow();
	}

	void setReportFile(String runKey, String file) {
		this.jdbc.update("update report_version set report_file = ? where run_key = ?", file, runKey);
	}

	void setDraftFile(String runKey, String file) {
		this.jdbc.update("update report_version set draft_file = ? where run_key = ?", file, runKey);
	}

	/** Another delivered version already owns this file: it must not be overwritten. */
	boolean deliveredFile(String file, String runKey) {
		Integer count = this.jdbc.queryForObject("""
				select count(*) from report_version where report_file = ? and run_key <> ? and delivered_at is not null
				""", Integer.class, file, runKey);
		return count != null && count > 0;
	}

	/** Runs recorded this file and none of them delivered it. */
	boolean onlyUnsentAttemptsWrote(String file) {
		Integer written = this.jdbc.queryForObject("select count(*) from report_version where report_file = ?",
				Integer.class, file);
		return written != null && written > 0 && !deliveredFile(file, "");
	}

	void markDelivered(String runKey, Instant at) {
		this.jdbc.update("update report_version set delivered_at = ? where run_key = ? and delivered_at is null",
				Timestamp.from(at), runKey);
	}

	/** The latest version delivered before {@code version}, if any. */
	Optional<Version> deliveredBefore(String deliverable, LocalDate asOf, int version) {
		List<Version> versions = this.jdbc.query("select " + COLUMNS + """
				 from report_version
				where deliverable = ? and as_of = ? and not preview and delivered_at is not null and version < ?
				order by version desc
				""", ReportVersions::version, deliverable, asOf, version);
		return versions.stream().findFirst();
	}

	private static Version version(ResultSet rs, int row) throws SQLException {
		int version = rs.getInt("version");
		boolean preview = rs.wasNull();
		Timestamp delivered = rs.getTimestamp("delivered_at");
		return new Version(rs.getString("run_key"), rs.getLong("run_id"), rs.getString("deliverable"),
				rs.getObject("as_of", LocalDate.class), preview ? 0 : version, rs.getBoolean("preview"),
				rs.getString("report_file"), rs.getString("draft_file"), rs.getTimestamp("compiled_at").toInstant(),
				(delivered != null) ? delivered.toInstant() : null);
	}

}
