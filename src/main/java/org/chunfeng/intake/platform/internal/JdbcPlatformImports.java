package org.chunfeng.intake.platform.internal;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;

import org.chunfeng.intake.platform.PlatformImport;
import org.chunfeng.intake.platform.PlatformImports;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the import records and the activities' newest update; writes nothing. */
@Component
class JdbcPlatformImports implements PlatformImports {

	private final JdbcTemplate jdbc;

	JdbcPlatformImports(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<LastImport> lastImport() {
		return this.jdbc
			.query("""
					select finished_at, file_name from platform_import
					where outcome = ? and finished_at is not null
					order by finished_at desc, id desc
					fetch first 1 rows only
					""", (rs, n) -> new LastImport(rs.getTimestamp(1).toInstant(), rs.getString(2), newestUpdate()),
					PlatformImport.Outcome.LOADED.name())
			.stream()
			.findFirst();
	}

	private LocalDateTime newestUpdate() {
		Timestamp newest = this.jdbc.queryForObject("select max(updated_at) from platform_activity", Timestamp.class);
		return (newest != null) ? newest.toLocalDateTime() : null;
	}

}
