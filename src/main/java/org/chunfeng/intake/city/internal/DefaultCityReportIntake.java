package org.chunfeng.intake.city.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Workbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chunfeng.campaign.CampaignCalendar;
import org.chunfeng.campaign.Campaigns;
import org.chunfeng.intake.city.CityImportResult;
import org.chunfeng.intake.city.CityReportIntake;
import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.intake.city.PhaseProgress;
import org.chunfeng.region.Divisions;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads, checks and stores one workbook: the file's record and every accepted city row in
 * one transaction, nothing of a refused row, and nothing but a duplicate record for bytes
 * that were imported before.
 */
@Service
class DefaultCityReportIntake implements CityReportIntake {

	private static final Logger logger = LoggerFactory.getLogger(DefaultCityReportIntake.class);

	private final CityWorkbookReader reader;

	private final JdbcCitySubmissions submissions;

	private final Campaigns campaigns;

	private final CityReportsProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DefaultCityReportIntake(Divisions divisions, JdbcCitySubmissions submissions, Campaigns campaigns,
			CityReportsProperties properties, PlatformTransactionManager transactionManager,
			ObjectProvider<Clock> clock) {
		this.reader = new CityWorkbookReader(divisions, properties.headerSearchRows());
		this.submissions = submissions;
		this.campaigns = campaigns;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Override
	public CityImportResult importFile(Path file, String fileName, LocalDate reportingDate, Instant receivedAt) {
		Instant importedAt = this.clock.instant();
		String sha256;
		long size;
		try {
			size = Files.size(file);
			sha256 = sha256(file);
		}
		catch (IOException ex) {
			return new CityImportResult(fileName, importedAt, reportingDate, false, List.of(),
					List.of(fileName + ": 无法读取文件（" + ex.getMessage() + "）"), List.of());
		}
		return this.transaction.execute((status) -> {
			if (this.submissions.alreadyImported(sha256)) {
				this.submissions.recordImport(fileName, sha256, size, importedAt, receivedAt, reportingDate,
						JdbcCitySubmissions.Outcome.DUPLICATE, List.of(), List.of(), List.of());
				return new CityImportResult(fileName, importedAt, reportingDate, true, List.of(), List.of(), List.of());
			}
			Outcome outcome = check(file, fileName, reportingDate, receivedAt);
			JdbcCitySubmissions.Outcome code = outcome.accepted().isEmpty() ? JdbcCitySubmissions.Outcome.REFUSED
					: outcome.errors().isEmpty() ? JdbcCitySubmissions.Outcome.ACCEPTED
							: JdbcCitySubmissions.Outcome.PARTIAL;
			List<String> cities = outcome.accepted().stream().map(CitySubmission::cityName).toList();
			List<String> warnings = outcome.accepted().stream().flatMap((s) -> s.warnings().stream()).toList();
			long importId = this.submissions.recordImport(fileName, sha256, size, importedAt, receivedAt,
					outcome.reportingDate(), code, cities, outcome.errors(), warnings);
			for (CitySubmission submission : outcome.accepted()) {
				this.submissions.insert(importId, submission);
			}
			return new CityImportResult(fileName, importedAt, outcome.reportingDate(), false, cities, outcome.errors(),
					warnings);
		});
	}

	private record Outcome(LocalDate reportingDate, List<CitySubmission> accepted, List<String> errors) {
	}

	private Outcome check(Path file, String fileName, LocalDate requestedDate, Instant receivedAt) {
		CampaignCalendar calendar = this.campaigns.current();
		CityWorkbookReader.ReadWorkbook read;
		try (Workbook workbook = WorkbookOpener.open(file, fileName, this.properties.maxFileSize().toBytes())) {
			read = this.reader.read(workbook, fileName, calendar.year());
		}
		catch (UnreadableWorkbookException ex) {
			return new Outcome(requestedDate, List.of(), List.of(ex.getMessage()));
		}
		catch (Exception | StackOverflowError ex) {
			logger.warn("Cannot read city workbook {}", fileName, ex);
			String reason = WorkbookOpener.isZipBomb(ex) ? "文件解压后异常庞大（疑似压缩炸弹），已拒绝" : "文件内容有误，无法读取，请重新保存后提交";
			return new Outcome(requestedDate, List.of(), List.of(fileName + ": " + reason));
		}
		LocalDate reportingDate = reportingDate(requestedDate, read.sheetDate(), calendar);
		calendar = calendarFor(reportingDate, calendar);
		List<String> errors = new ArrayList<>(read.errors());
		List<CitySubmission> accepted = new ArrayList<>();
		CityWorkbookReader.Messages messages = new CityWorkbookReader.Messages(fileName, read.sheetName());
		if (errors.isEmpty()) {
			Optional<PhaseProgress> progress = (read.rows().size() == 1) ? read.phaseProgress() : Optional.empty();
			for (CityWorkbookReader.CityRow row : read.rows()) {
				if (!row.errors().isEmpty()) {
					errors.addAll(row.errors());
					continue;
				}
				List<String> warnings = new ArrayList<>(row.warnings());
				warnings.addAll(CityRowChecks.check(row, messages));
				this.submissions.latestOnOrBefore(row.city().code(), reportingDate.minusDays(1))
					.ifPresent(
							(previous) -> warnings.addAll(CityRowChecks.checkAgainstPrevious(row, messages, previous)));
				warnings.addAll(read.warnings());
				boolean late = receivedAt.isAfter(calendar.dueAt(reportingDate).toInstant());
				accepted.add(new CitySubmission(0, row.city().code(), row.city().name(), reportingDate, receivedAt,
						late, fileName, row.figures(), row.countiesActive(), row.countiesInactive(), oneLine(warnings),
						progress));
			}
		}
		errors.addAll(read.rowErrors());
		return new Outcome(reportingDate, accepted, oneLine(errors));
	}

	/**
	 * The date asked for; else the sheet's 填报日期, counted for the first weekly due date on
	 * or after it; else the latest weekly due date up to today.
	 */
	private LocalDate reportingDate(LocalDate requested, LocalDate sheetDate, CampaignCalendar calendar) {
		if (requested != null) {
			return requested;
		}
		if (sheetDate != null) {
			return calendarFor(sheetDate, calendar).weeklyDueDates()
				.stream()
				.filter((due) -> !due.isBefore(sheetDate))
				.findFirst()
				.orElse(sheetDate);
		}
		LocalDate today = LocalDate.now(this.clock.withZone(calendar.zone()));
		return calendar.latestWeeklyDueDate(today)
			.orElseGet(() -> calendar.weeklyDueDates().stream().findFirst().orElse(today));
	}

	private CampaignCalendar calendarFor(LocalDate date, CampaignCalendar fallback) {
		if (date.getYear() != fallback.year() && this.campaigns.years().contains(date.getYear())) {
			return this.campaigns.forYear(date.getYear());
		}
		return fallback;
	}

	/** Values with line breaks must not break the one-line-per-message rule. */
	private static List<String> oneLine(List<String> messages) {
		return messages.stream().map((message) -> message.replaceAll("\\s*\\R\\s*", " ")).toList();
	}

	private static String sha256(Path file) throws IOException {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
