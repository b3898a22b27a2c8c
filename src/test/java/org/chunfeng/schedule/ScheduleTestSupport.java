package org.chunfeng.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.stream.Stream;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A campaign next year (so that every firing is still ahead) and a copy of jobs/ in a
 * temp folder that tests may change; the pipeline replaced by
 * {@link FakeDeliverableRuns}.
 */
public final class ScheduleTestSupport {

	/** Next year: its firings are all in the future. */
	public static final int YEAR = Year.now().getValue() + 1;

	private static final Path FOLDER = createFolder();

	private ScheduleTestSupport() {
	}

	public static void register(DynamicPropertyRegistry registry) {
		registry.add("chunfeng.campaign.location", () -> FOLDER.resolve("config").toUri().toString());
		registry.add("chunfeng.campaign.year", () -> YEAR);
		registry.add("chunfeng.deliverables.location", () -> FOLDER.resolve("jobs").toUri().toString());
	}

	public static Path jobs() {
		return FOLDER.resolve("jobs");
	}

	/** Puts the bundled jobs/ files back, undoing a test's changes. */
	public static void restoreJobs() {
		try (Stream<Path> files = Files.list(jobs())) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
			try (Stream<Path> bundled = Files.list(Path.of("jobs"))) {
				for (Path file : bundled.toList()) {
					Files.copy(file, jobs().resolve(file.getFileName()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static LocalDate date(int month, int day) {
		return LocalDate.of(YEAR, month, day);
	}

	private static Path createFolder() {
		try {
			Path folder = Files.createTempDirectory("chunfeng-schedule");
			Files.createDirectories(folder.resolve("config"));
			Files.createDirectories(folder.resolve("jobs"));
			Files.writeString(folder.resolve("config").resolve("campaign-" + YEAR + ".yml"), """
					year: %1$d
					name: %1$d年春风行动
					province: 山西省
					zone: Asia/Shanghai
					window: { start: %1$d-01-20, end: %1$d-04-05 }
					deadlines: { contacts: %1$d-01-20, phase1: %1$d-01-29, phase2: %1$d-02-25, final: %1$d-04-07 }
					weekly: { day-of-week: THURSDAY, first: %1$d-02-25, last: %1$d-03-20, due-time: "18:00" }
					holiday-shift: PREVIOUS
					holidays: []
					make-up-working-days: []
					""".formatted(YEAR));
			try (Stream<Path> bundled = Files.list(Path.of("jobs"))) {
				for (Path file : bundled.toList()) {
					Files.copy(file, folder.resolve("jobs").resolve(file.getFileName()));
				}
			}
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The pipeline, faked. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class FakeRunsConfiguration {

		@Bean
		@Primary
		FakeDeliverableRuns fakeDeliverableRuns() {
			return new FakeDeliverableRuns();
		}

	}

}
