package org.chunfeng.report;

import java.nio.file.Path;

/** The compiled workbook, named {@code chunfeng-<deliverable>-<as-of>.xlsx}. */
public record CompiledReport(Path file) {

	public String fileName() {
		return this.file.getFileName().toString();
	}

}
