package org.chunfeng.intake.platform.internal;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.chunfeng.intake.platform.PlatformImport;
import org.chunfeng.intake.platform.PlatformImportResult;
import org.chunfeng.intake.platform.PlatformImportResult.Outcome;
import org.chunfeng.intake.platform.PlatformRejection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The platform_import and platform_rejection tables: every import attempt and its bad
 * rows.
 */
@Component
class ImportRecords {

	private final JdbcTemplate jdbc;

	ImportRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	record ImportRecord(long id, String fileName, Path path, String sha256, PlatformImport.Outcome outcome) {

	}

	long create(Path file, String sha256, PlatformImport.Outcome outcome, String reason) {
		Timestamp now = Timestamp.from(Instant.now());
		Timestamp finished = (outcome == PlatformImport.Outcome.RUNNING) ? null : now;
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			PreparedStatement statement = connection.prepareStatement("""
					insert into platform_import (file_name, file_path, sha256, outcome, reason, started_at, finished_at)
					values (?, ?, ?, ?, ?, ?, ?)
					""", new String[] { "id" });
			statement.setString(1, fileName(file));
			statement.setString(2, file.toAbsolutePath().toString());
			statement.setString(3, sha256);
			statement.setString(4, outcome.name());
			statement.setString(5, reason);
			statement.setTimestamp(6, now);
			statement.setTimestamp(7, finished);
			return statement;
		}, key);
		return key.getKeyAs(Number.class).longValue();
	}

	Optional<ImportRecord> find(long id) {
		return this.jdbc
			.query("""
					select id, file_name, file_path, sha256, outcome from platform_import where id = ?
					""",
					(rs, n) -> new ImportRecord(rs.getLong(1), rs.getString(2), Path.of(rs.getString(3)),
							rs.getString(4), PlatformImport.Outcome.valueOf(rs.getString(5))),
					id)
			.stream()
			.findFirst();
	}

	/** The latest import of these bytes with this outcome. */
	Optional<Long> latestWithOutcome(String sha256, PlatformImport.Outcome outcome) {
		return this.jdbc.queryForList("""
				select id from platform_import where sha256 = ? and outcome = ? order by id desc
				""", Long.class, sha256, outcome.name()).stream().findFirst();
	}

	/** A resumed import reads its file where it is now. */
	void moveTo(long id, Path file) {
		this.jdbc.update("update platform_import set file_name = ?, file_path = ? where id = ?", fileName(file),
				file.toAbsolutePath().toString(), id);
	}

	void setRowsRead(long id, long rows) {
		this.jdbc.update("update platform_import set rows_read = ? where id = ?", rows, id);
	}

	long rowsRead(long id) {
		return this.jdbc.queryForObject("select rows_read from platform_import where id = ?", Long.class, id);
	}

	void finish(long id, Outcome outcome, long loaded, long rejected, String reason) {
		this.jdbc.update("""
				update platform_import
				set outcome = ?, rows_loaded = ?, rows_rejected = ?, reason = ?, finished_at = ?
				where id = ?
				""", PlatformImport.Outcome.of(outcome).name(), loaded, rejected, reason, Timestamp.from(Instant.now()),
				id);
	}

	void fail(long id, String reason) {
		this.jdbc.update("update platform_import set outcome = ?, reason = ?, finished_at = ? where id = ?",
				PlatformImport.Outcome.FAILED.name(),
				(reason != null && reason.length() > 1900) ? reason.substring(0, 1900) + "…" : reason,
				Timestamp.from(Instant.now()), id);
	}

	void reject(long importId, String fileName, List<CheckedRow> rows) {
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.batchUpdate("""
				insert into platform_rejection (import_id, file_name, line, activity_id, reason, rejected_at)
				values (?, ?, ?, ?, ?, ?)
				""", rows, rows.size(), (statement, row) -> {
			statement.setLong(1, importId);
			statement.setString(2, fileName);
			statement.setLong(3, row.line());
			statement.setString(4, row.activityId());
			statement.setString(5, row.rejection());
			statement.setTimestamp(6, now);
		});
	}

	long rejectedCount(long importId) {
		return this.jdbc.queryForObject("select count(*) from platform_rejection where import_id = ?", Long.class,
				importId);
	}

	void deleteRejections(long importId) {
		this.jdbc.update("delete from platform_rejection where import_id = ?", importId);
	}

	List<PlatformRejection> rejections(long importId, int limit) {
		return this.jdbc.query("""
				select file_name, line, activity_id, reason, rejected_at from platform_rejection
				where import_id = ? order by line, id limit ?
				""", (rs, n) -> new PlatformRejection(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
				rs.getTimestamp(5).toInstant()), importId, limit);
	}

	PlatformImportResult result(long id) {
		return this.jdbc.queryForObject("""
				select file_name, outcome, rows_read, rows_loaded, rows_rejected, reason
				from platform_import where id = ?
				""", (rs, n) -> {
			Outcome outcome = switch (PlatformImport.Outcome.valueOf(rs.getString(2))) {
				case LOADED -> Outcome.LOADED;
				case REFUSED -> Outcome.REFUSED;
				case DUPLICATE -> Outcome.DUPLICATE;
				case RUNNING, FAILED -> null;
			};
			List<PlatformRejection> rejections = (outcome == Outcome.LOADED) ? rejections(id, Integer.MAX_VALUE)
					: List.of();
			return new PlatformImportResult(rs.getString(1), outcome, rs.getLong(3), rs.getLong(4), rs.getLong(5),
					rs.getString(6), rejections);
		}, id);
	}

	static String fileName(Path file) {
		Path name = file.getFileName();
		return (name != null) ? name.toString() : file.toString();
	}

}
