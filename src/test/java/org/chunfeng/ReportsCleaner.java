package org.chunfeng;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Empties the work folder's reports: tests that clean the database between runs of the
 * same report must clean its files too, since a report file no run records is taken as
 * sent and never overwritten (its run would make the next version instead). Call it in
 * {@code @BeforeEach} beside {@link DatabaseCleaner}.
 */
public final class ReportsCleaner {

	private ReportsCleaner() {
	}

	public static void clean(Workspace workspace) {
		try (Stream<Path> files = Files.list(workspace.reports())) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
