package org.chunfeng.intake.platform.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.chunfeng.DatabaseCleaner;
import org.chunfeng.campaign.CampaignCalendar;
import org.chunfeng.campaign.Campaigns;
import org.chunfeng.intake.platform.CountyActivity;
import org.chunfeng.intake.platform.PlatformActivities;
import org.chunfeng.intake.platform.PlatformCityCounts;
import org.chunfeng.intake.platform.PlatformImportResult.Outcome;
import org.chunfeng.intake.platform.PlatformIntake;
import org.chunfeng.region.City;
import org.chunfeng.region.Divisions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counting as of a date (SPEC §3.2), by the database: what counts (campaign, not
 * cancelled, in the window, started by the date, the newest version), per city, mode and
 * county.
 */
@SpringBootTest
class PlatformCountingTests {

	@Autowired
	PlatformIntake intake;

	@Autowired
	PlatformActivities activities;

	@Autowired
	Campaigns campaigns;

	@Autowired
	Divisions divisions;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path folder;

	@BeforeEach
	void load() {
		DatabaseCleaner.clean(this.jdbc);
		List<String> rows = List.of(
				// counted: 小店区 online twice, 迎泽区 offline, 阳泉 城区 offline
				activity("ON1", "线上", "140105", "2024-02-01", 100, 10, "2024年春风行动", "已结束"),
				activity("ON2", "网络招聘", "140105", "2024-01-25", 50, 5, "春风行动", ""),
				activity("OFF1", "现场招聘", "140106", "2024-02-29", 30, 3, "2024年 春风行动", "进行中"),
				activity("YQ1", "线下", "140302", "2024-02-10", 7, 1, "春风行动", "已结束"),
				// not counted: cancelled, other campaign, before the window, after the
				// date
				activity("CAN", "线上", "140105", "2024-02-01", 1000, 100, "春风行动", "已取消"),
				activity("OTHER", "线上", "140105", "2024-02-01", 1000, 100, "民营企业服务月", "已结束"),
				activity("EARLY", "线下", "140106", "2024-01-24", 1000, 100, "春风行动", "已结束"),
				activity("LATE", "线下", "140106", "2024-03-01", 1000, 100, "春风行动", "已结束"),
				activity("NOCAMPAIGN", "线下", "140106", "2024-02-01", 1000, 100, "", "已结束"));
		Path file = ExportFixtures.csv(this.folder, "season.csv", rows);
		assertThat(this.intake.importFile(file).outcome()).isEqualTo(Outcome.LOADED);
	}

	@Test
	void countsCampaignActivitiesPerCityAndMode() {
		Map<String, PlatformCityCounts> counts = this.activities.countAsOf(LocalDate.of(2024, 2, 29), campaign());

		assertThat(counts.get("1401")).isEqualTo(new PlatformCityCounts("1401", 2, 150, 1, 30, 18,
				Map.of("140105", new CountyActivity("140105", 2, 150), "140106", new CountyActivity("140106", 1, 30))));
		assertThat(counts.get("1403")).isEqualTo(
				new PlatformCityCounts("1403", 0, 0, 1, 7, 1, Map.of("140302", new CountyActivity("140302", 1, 7))));
	}

	@Test
	void listsEveryCityInReferenceOrderWithZerosWhereNothingCounts() {
		Map<String, PlatformCityCounts> counts = this.activities.countAsOf(LocalDate.of(2024, 2, 29), campaign());

		assertThat(counts.keySet())
			.containsExactlyElementsOf(this.divisions.cities().stream().map(City::code).toList());
		assertThat(counts.get("1411")).isEqualTo(new PlatformCityCounts("1411", 0, 0, 0, 0, 0, Map.of()));
	}

	@Test
	void countsOnlyActivitiesStartedOnOrBeforeTheDate() {
		Map<String, PlatformCityCounts> counts = this.activities.countAsOf(LocalDate.of(2024, 2, 1), campaign());

		assertThat(counts.get("1401").onlineFairs()).isEqualTo(2);
		assertThat(counts.get("1401").offlineFairs()).isZero();
		assertThat(counts.get("1403").offlineFairs()).isZero();
		assertThat(this.activities.countAsOf(LocalDate.of(2024, 1, 24), campaign()).get("1401").onlineFairs()).isZero();
	}

	@Test
	void stopsCountingAtTheEndOfTheCampaignWindow() {
		Map<String, PlatformCityCounts> counts = this.activities.countAsOf(LocalDate.of(2024, 12, 31), campaign());

		assertThat(counts.get("1401").offlineFairs()).isEqualTo(2);
		assertThat(this.activities.activityCount()).isEqualTo(9);
	}

	@Test
	void countsTheNewestVersionOfEachActivityWithExactFigures() {
		List<String> week2 = List.of(
				// cancelled now
				activity("ON1", "线上", "140105", "2024-02-01", 100, 10, "2024年春风行动", "已取消", "2024-03-02 10:00:00"),
				// online now, other figures
				activity("OFF1", "线上", "140106", "2024-02-29", 60, 6, "2024年春风行动", "进行中", "2024-03-02 10:00:00"),
				// moved after the date
				activity("YQ1", "线下", "140302", "2024-03-05", 7, 1, "春风行动", "已结束", "2024-03-02 10:00:00"),
				// moved into the window
				activity("EARLY", "线下", "140106", "2024-02-02", 1000, 100, "春风行动", "已结束", "2024-03-02 10:00:00"),
				// an older version: ignored
				activity("ON2", "线上", "140105", "2024-01-25", 9999, 999, "春风行动", "", "2024-02-01 10:00:00"),
				// cancelled in another spelling, and one starting after the window
				activity("CAN2", "线上", "140105", "2024-02-01", 1000, 100, "春风行动", "CANCELLED", "2024-03-02 10:00:00"),
				activity("AFTER", "线下", "140106", "2024-04-09", 1000, 100, "春风行动", "已结束", "2024-03-02 10:00:00"));
		assertThat(this.intake.importFile(ExportFixtures.csv(this.folder, "week2.csv", week2)).outcome())
			.isEqualTo(Outcome.LOADED);

		Map<String, PlatformCityCounts> counts = this.activities.countAsOf(LocalDate.of(2024, 2, 29), campaign());

		assertThat(counts.get("1401")).isEqualTo(new PlatformCityCounts("1401", 2, 110, 1, 1000, 111, Map.of("140105",
				new CountyActivity("140105", 1, 50), "140106", new CountyActivity("140106", 2, 1060))));
		assertThat(counts.get("1403")).isEqualTo(new PlatformCityCounts("1403", 0, 0, 0, 0, 0, Map.of()));
		Map<String, PlatformCityCounts> afterTheWindow = this.activities.countAsOf(LocalDate.of(2024, 12, 31),
				campaign());
		assertThat(afterTheWindow.get("1401")).isEqualTo(new PlatformCityCounts("1401", 2, 110, 2, 2000, 211, Map
			.of("140105", new CountyActivity("140105", 1, 50), "140106", new CountyActivity("140106", 3, 2060))));
		assertThat(afterTheWindow.get("1403")).isEqualTo(
				new PlatformCityCounts("1403", 0, 0, 1, 7, 1, Map.of("140302", new CountyActivity("140302", 1, 7))));
	}

	private CampaignCalendar campaign() {
		return this.campaigns.forYear(2024);
	}

	private static String activity(String id, String mode, String county, String start, long positions, long intents,
			String campaign, String status) {
		return activity(id, mode, county, start, positions, intents, campaign, status, "2024-03-01 10:00:00");
	}

	private static String activity(String id, String mode, String county, String start, long positions, long intents,
			String campaign, String status, String updatedAt) {
		return String.join(",", id, "招聘会", mode, county, "", "", start, "", "3", Long.toString(positions),
				Long.toString(intents), campaign, status, updatedAt);
	}

}
