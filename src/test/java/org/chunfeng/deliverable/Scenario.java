package org.chunfeng.deliverable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.chunfeng.delivery.MailParts;
import org.chunfeng.intake.city.CityImportResult;
import org.chunfeng.intake.city.CityReportIntake;
import org.chunfeng.intake.city.CityWorkbookFixtures;
import org.chunfeng.intake.platform.PlatformImportResult;
import org.chunfeng.intake.platform.PlatformIntake;

/**
 * Two weeks of a campaign built in code (SPEC §4.1), with every submission status as of
 * 2024-02-29:
 * <ul>
 * <li>太原: 02-22 on time; 02-29 a file with a wrong figure at 10:00, then its correction
 * at 16:30 whose file time is older — ON_TIME, the correction's figures;</li>
 * <li>大同: 02-22 only — CARRIED_FORWARD, and its figures agree with the platform as of
 * 02-22 though not as of 02-29;</li>
 * <li>长治: a refused file for 02-29 and nothing earlier — REFUSED, no figures;</li>
 * <li>晋城: 02-29 at 19:00 — LATE;</li>
 * <li>运城: 02-22 only, with 盐湖区 (8 platform activities) in neither county list —
 * CARRIED_FORWARD with a discrepancy;</li>
 * <li>the six others nothing — NOT_SUBMITTED.</li>
 * </ul>
 * Compared each at its own date, only 运城 disagrees with the platform.
 */
final class Scenario {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final LocalDate FEB_22 = LocalDate.of(2024, 2, 22);

	static final LocalDate FEB_29 = LocalDate.of(2024, 2, 29);

	static final LocalDate MAR_07 = LocalDate.of(2024, 3, 7);

	static final String TAIYUAN_OTHERS = "杏花岭区、尖草坪区、万柏林区、晋源区、清徐县、阳曲县、娄烦县、古交市";

	static final String DATONG_OTHERS = "新荣区、平城区、云冈区、阳高县、天镇县、广灵县、灵丘县、浑源县、左云县";

	static final String YUNCHENG_BUT_YANHU = "临猗县、万荣县、闻喜县、稷山县、新绛县、绛县、垣曲县、夏县、平陆县、芮城县、永济市";

	static final String JINCHENG_OTHERS = "沁水县、阳城县、陵川县、泽州县、高平市";

	private final Path folder;

	private final CityReportIntake cities;

	private final PlatformIntake platform;

	Scenario(CityReportIntake cities, PlatformIntake platform) {
		this.cities = cities;
		this.platform = platform;
		try {
			this.folder = Files.createTempDirectory("scenario");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The platform's activities: some before 02-22, some between 02-22 and 02-29; the
	 * newest record updated on 6 March, so that the export is recent enough for the
	 * periods of 29 February and 7 March.
	 */
	PlatformImportResult importPlatform() {
		StringBuilder csv = new StringBuilder(
				"活动编号,活动名称,活动形式,区划代码,所属地市,所属县区,开始日期,结束日期,参会单位数,提供岗位数,达成就业意向人数,专项活动名称,活动状态,更新时间\n");
		csv.append("T1,网络招聘会,线上,140105,太原市,小店区,2024-02-05,2024-02-05,10,100,10,2024年春风行动,已结束,2024-03-06 10:00\n");
		csv.append("T2,现场招聘会,线下,140106,太原市,迎泽区,2024-02-25,2024-02-25,10,200,20,2024年春风行动,已结束,2024-02-26 10:00\n");
		csv.append("D1,网络招聘会,线上,140215,大同市,云州区,2024-02-10,2024-02-10,10,50,5,2024年春风行动,已结束,2024-02-11 10:00\n");
		csv.append("D2,现场招聘会,线下,140215,大同市,云州区,2024-02-26,2024-02-26,10,70,7,2024年春风行动,已结束,2024-02-27 10:00\n");
		csv.append("J1,网络招聘会,线上,140502,晋城市,城区,2024-02-20,2024-02-20,10,30,3,2024年春风行动,已结束,2024-02-21 10:00\n");
		for (int i = 1; i <= 8; i++) {
			csv.append(
					"Y" + i + ",现场招聘会,线下,140802,运城市,盐湖区,2024-02-10,2024-02-10,5,10,1,2024年春风行动,已结束,2024-02-11 10:00\n");
		}
		try {
			return this.platform.importFile(Files.writeString(this.folder.resolve("platform.csv"), csv));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every city file of both weeks, in the order they arrived. */
	List<CityImportResult> importCities() {
		List<CityImportResult> results = new ArrayList<>();
		results.add(importCity("太原0222.xlsx", FEB_22, "2024-02-22T10:00", "2024-02-22T09:50",
				row("太原市", "小店区", "迎泽区、" + TAIYUAN_OTHERS, 1, 100, 0, 0, 10)));
		results.add(importCity("大同0222.xlsx", FEB_22, "2024-02-22T11:00", "2024-02-22T10:50",
				row("大同市", "云州区", DATONG_OTHERS, 1, 50, 0, 0, 5)));
		results.add(importCity("运城0222.xlsx", FEB_22, "2024-02-22T12:00", "2024-02-22T11:50",
				row("运城市", "无", YUNCHENG_BUT_YANHU, 0, 0, 8, 80, 8)));
		results.add(importCity("太原0229.xlsx", FEB_29, "2024-02-29T10:00", "2024-02-29T09:50",
				row("太原市", "小店区、迎泽区", TAIYUAN_OTHERS, 6, 100, 1, 200, 30)));
		results.add(importCity("长治0229.xlsx", FEB_29, "2024-02-29T11:00", "2024-02-29T10:50",
				CityWorkbookFixtures.workbook().row("长治市", "潞州区", "online_fairs", "十二场")));
		results.add(importCity("太原0229更正.xlsx", FEB_29, "2024-02-29T16:30", "2024-02-28T09:00",
				row("太原市", "小店区、迎泽区", TAIYUAN_OTHERS, 1, 100, 1, 200, 30)));
		results.add(importCity("晋城0229.xlsx", FEB_29, "2024-02-29T19:00", "2024-02-29T18:50",
				row("晋城市", "城区", JINCHENG_OTHERS, 1, 30, 0, 0, 3)));
		return results;
	}

	/** A file arriving later, by its stated receipt time. */
	CityImportResult importCity(String name, LocalDate reportingDate, String receivedAt, String fileTime,
			CityWorkbookFixtures workbook) {
		Path file = workbook.writeTo(this.folder, name);
		try {
			Files.setLastModifiedTime(file, FileTime.from(shanghai(fileTime)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this.cities.importFile(file, name, reportingDate, shanghai(receivedAt));
	}

	/** A consistent row with the five reconciled figures and both county lists. */
	static CityWorkbookFixtures row(String city, String active, String inactive, int onlineFairs, int onlinePositions,
			int offlineFairs, int offlinePositions, int agreements) {
		return CityWorkbookFixtures.workbook()
			.row(city, active, "online_fairs", onlineFairs, "online_positions", onlinePositions, "offline_fairs",
					offlineFairs, "offline_positions", offlinePositions, "agreements", agreements, "inactive",
					inactive);
	}

	static Instant shanghai(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
	}

	static String html(MimeMessage message) {
		try {
			return MailParts.part(message, "text/html").getContent().toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String text(MimeMessage message) {
		try {
			return MailParts.part(message, "text/plain").getContent().toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String to(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
