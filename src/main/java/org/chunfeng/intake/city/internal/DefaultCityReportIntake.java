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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Workbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chunfeng.campaign.CampaignCalendar;
import org.chunfeng.campaign.Campaigns;
import org.chunfeng.intake.city.CityImportResult;
import org.chunfeng.intake.city.CityReportIntake;
import org.chunfeng.intake.city.CityReportsProperties;
import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.intake.city.PhaseProgress;
import org.chunfeng.region.City;
import org.chunfeng.region.Divisions;

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

	private final Divisions divisions;

	private final JdbcCitySubmissions submissions;

	private final Campaigns campaigns;

	private final CityReportsProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DefaultCityReportIntake(Divisions divisions, JdbcCitySubmissions submissions, Campaigns campaigns,
			CityReportsProperties properties, PlatformTransactionManager transactionManager, Clock clock) {
		this.reader = new CityWorkbookReader(divisions, properties.headerSearchRows());
		this.divisions = divisions;
		this.submissions = submissions;
		this.campaigns = campaigns;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@Override
	public CityImportResult importFile(Path file, String fileName, LocalDate reportingDate, Instant receivedAt) {
		Instant importedAt = this.clock.instant();
		Instant received = (receivedAt != null) ? receivedAt : importedAt;
		String sha256;
		long size;
		try {
			size = Files.size(file);
			sha256 = sha256(file);
		}
		catch (IOException ex) {
			return new CityImportResult(fileName, importedAt, received, reportingDate, false, List.of(),
					List.of(fileName + ": 无法读取文件（" + ex.getMessage() + "）"), List.of(), List.of(), List.of());
		}
		return this.transaction.execute((status) -> {
			if (this.submissions.alreadyImported(sha256)) {
				this.submissions.recordImport(fileName, sha256, size, importedAt, received, reportingDate,
						JdbcCitySubmissions.Outcome.DUPLICATE, List.of(), List.of(), List.of());
				return new CityImportResult(fileName, importedAt, received, reportingDate, true, List.of(), List.of(),
						List.of(), List.of(), List.of());
			}
			Outcome outcome = check(file, fileName, reportingDate, received);
			JdbcCitySubmissions.Outcome code = outcome.accepted().isEmpty() ? JdbcCitySubmissions.Outcome.REFUSED
					: outcome.errors().isEmpty() ? JdbcCitySubmissions.Outcome.ACCEPTED
							: JdbcCitySubmissions.Outcome.PARTIAL;
			List<String> cities = outcome.accepted().stream().map(CitySubmission::cityName).toList();
			List<String> warnings = outcome.accepted().stream().flatMap((s) -> s.warnings().stream()).toList();
			long importId = this.submissions.recordImport(fileName, sha256, size, importedAt, received,
					outcome.reportingDate(), code, cities, outcome.errors(), warnings);
			List<CityImportResult.Accepted> accepted = new ArrayList<>();
			for (CitySubmission submission : outcome.accepted()) {
				Optional<CitySubmission> before = this.submissions.current(submission.cityCode(),
						submission.reportingDate());
				this.submissions.insert(importId, submission);
				CityImportResult.Earlier replaces = null;
				CityImportResult.Earlier supersededBy = null;
				if (before.isPresent()) {
					CityImportResult.Earlier earlier = new CityImportResult.Earlier(before.get().fileName(),
							before.get().receivedAt());
					if (before.get().receivedAt().isAfter(submission.receivedAt())) {
						supersededBy = earlier;
					}
					else {
						replaces = earlier;
					}
				}
				accepted.add(new CityImportResult.Accepted(submission.cityName(), submission.late(), outcome.dueAt(),
						replaces, supersededBy));
			}
			List<String> refusedCities = new ArrayList<>();
			outcome.refused().forEach((city, reasons) -> {
				refusedCities.add(city.name());
				this.submissions.insertRefusal(importId, sha256, city.code(), city.name(), fileName,
						outcome.reportingDate(), received, reasons);
			});
			return new CityImportResult(fileName, importedAt, received, outcome.reportingDate(), false, cities,
					outcome.errors(), warnings, accepted, refusedCities);
		});
	}

	/**
	 * @param refused the cities whose row (or the whole file) was refused, with the
	 * reasons that concern them
	 * @param dueAt the due time of the reporting date when it is a weekly due date, else
	 * null
	 */
	private record Outcome(LocalDate reportingDate, Instant dueAt, List<CitySubmission> accepted, List<String> errors,
			Map<City, List<String>> refused) {
	}

	private Outcome check(Path file, String fileName, LocalDate requestedDate, Instant receivedAt) {
		CampaignCalendar calendar = this.campaigns.current();
		Optional<City> named = cityNamedIn(fileName);
		CityWorkbookReader.ReadWorkbook read;
		String unreadable = null;
		try (Workbook workbook = WorkbookOpener.open(file, fileName, this.properties.maxFileSize().toBytes())) {
			read = this.reader.read(workbook, fileName, calendar.year());
		}
		catch (UnreadableWorkbookException ex) {
			read = null;
			unreadable = ex.getMessage();
		}
		catch (Exception | StackOverflowError ex) {
			logger.warn("Cannot read city workbook {}", fileName, ex);
			read = null;
			unreadable = fileName + ": "
					+ (WorkbookOpener.isZipBomb(ex) ? "文件解压后异常庞大（疑似压缩炸弹），已拒绝" : "文件内容有误，无法读取，请重新保存后提交");
		}
		LocalDate sheetDate = (read != null) ? read.sheetDate() : null;
		LocalDate reportingDate = reportingDate(requestedDate, sheetDate, calendar, receivedAt);
		calendar = calendarFor(reportingDate, calendar);
		// lateness is measured against the due time of the weekly due date a file reports
		// on (SPEC §3.1); a phase or final summary file's date has none, and is not late
		Instant dueAt = calendar.weeklyDueDates().contains(reportingDate) ? calendar.dueAt(reportingDate).toInstant()
				: null;
		List<String> fileErrors = new ArrayList<>();
		if (unreadable != null) {
			fileErrors.add(unreadable);
		}
		else {
			fileErrors.addAll(read.errors());
		}
		if (!calendar.inWindow(reportingDate)) {
			String source = (requestedDate != null) ? "导入时指定的报送日期" : (sheetDate != null) ? "表中填报日期对应的报送日期" : "报送日期";
			fileErrors.add(fileName + ": " + source + " " + reportingDate + " 不在" + calendar.name() + "期间（"
					+ calendar.windowStart() + "至" + calendar.windowEnd() + "）内，不予接收，请核对填报日期");
		}
		List<String> errors = new ArrayList<>(fileErrors);
		List<CitySubmission> accepted = new ArrayList<>();
		Map<City, List<String>> refused = new LinkedHashMap<>();
		if (read != null) {
			CityWorkbookReader.Messages messages = new CityWorkbookReader.Messages(fileName, read.sheetName());
			Optional<PhaseProgress> progress = (read.rows().size() == 1) ? read.phaseProgress() : Optional.empty();
			for (CityWorkbookReader.CityRow row : read.rows()) {
				if (!fileErrors.isEmpty() || !row.errors().isEmpty()) {
					errors.addAll(row.errors());
					List<String> reasons = new ArrayList<>(fileErrors);
					reasons.addAll(row.errors());
					refused.put(row.city(), oneLine(reasons));
					continue;
				}
				List<String> warnings = new ArrayList<>(row.warnings());
				warnings.addAll(CityRowChecks.check(row, messages));
				this.submissions.latestOnOrBefore(row.city().code(), reportingDate.minusDays(1))
					.ifPresent(
							(previous) -> warnings.addAll(CityRowChecks.checkAgainstPrevious(row, messages, previous)));
				warnings.addAll(read.warnings());
				boolean late = dueAt != null && receivedAt.isAfter(dueAt);
				accepted.add(new CitySubmission(0, row.city().code(), row.city().name(), reportingDate, receivedAt,
						late, fileName, row.figures(), row.countiesActive(), row.countiesInactive(), oneLine(warnings),
						progress));
			}
			errors.addAll(read.rowErrors());
		}
		// a refusal the rows do not place goes to the city the file is named after, so
		// that the city hears of it
		List<String> unplaced = new ArrayList<>();
		if (read == null || read.rows().isEmpty()) {
			unplaced.addAll(fileErrors);
		}
		if (read != null) {
			unplaced.addAll(read.rowErrors());
		}
		if (!unplaced.isEmpty() && named.isPresent() && !refused.containsKey(named.get())
				&& accepted.stream().noneMatch((submission) -> submission.cityCode().equals(named.get().code()))) {
			refused.put(named.get(), oneLine(unplaced));
		}
		return new Outcome(reportingDate, dueAt, accepted, oneLine(errors), refused);
	}

	/** The one city whose name (or name without 市) the file name contains, if any. */
	private Optional<City> cityNamedIn(String fileName) {
		String name = Divisions.normalize(fileName);
		List<City> full = this.divisions.cities().stream().filter((city) -> name.contains(city.name())).toList();
		if (full.size() == 1) {
			return Optional.of(full.get(0));
		}
		List<City> shortNames = this.divisions.cities()
			.stream()
			.filter((city) -> name.contains(city.shortName()))
			.toList();
		return (full.isEmpty() && shortNames.size() == 1) ? Optional.of(shortNames.get(0)) : Optional.empty();
	}

	/**
	 * The date asked for; else the sheet's 填报日期: before the first weekly due date (the
	 * phase reports' time) as it is, later counted for the first weekly due date on or
	 * after it; else the latest weekly due date up to the day the file was received.
	 */
	private LocalDate reportingDate(LocalDate requested, LocalDate sheetDate, CampaignCalendar calendar,
			Instant receivedAt) {
		if (requested != null) {
			return requested;
		}
		if (sheetDate != null) {
			List<LocalDate> dueDates = calendarFor(sheetDate, calendar).weeklyDueDates();
			if (dueDates.isEmpty() || sheetDate.isBefore(dueDates.get(0))) {
				return sheetDate;
			}
			return dueDates.stream().filter((due) -> !due.isBefore(sheetDate)).findFirst().orElse(sheetDate);
		}
		LocalDate day = LocalDate.ofInstant(receivedAt, calendar.zone());
		return calendar.latestWeeklyDueDate(day).orElse(day);
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
