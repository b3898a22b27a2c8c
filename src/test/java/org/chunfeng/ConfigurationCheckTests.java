package org.chunfeng;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.WebApplicationType;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A broken configuration file stops the start with the file and the problem named. */
class ConfigurationCheckTests {

	@TempDir
	Path config;

	@Test
	void refusesDivisionsFileWithWrongHeader() throws IOException {
		Path file = Files.writeString(this.config.resolve("divisions.csv"), "code,name\n1401,太原市\n");
		assertStartFails("--chunfeng.region.divisions=file:" + file, "divisions file",
				"first line must be 'city_code,city_name,county_code,county_name'");
	}

	@Test
	void refusesDivisionsFileWithCountyOfAnotherCity() throws IOException {
		Path file = Files.writeString(this.config.resolve("divisions.csv"),
				"city_code,city_name,county_code,county_name\n1401,太原市,140105,小店区\n1402,大同市,140106,迎泽区\n");
		assertStartFails("--chunfeng.region.divisions=file:" + file, "line 3",
				"county code 140106 does not belong to city code 1402");
	}

	@Test
	void refusesCampaignFileWithBadDate() throws IOException {
		Files.writeString(this.config.resolve("campaign-2024.yml"), """
				year: 2024
				window: { start: 2024-01-25, end: 2024-13-08 }
				""");
		assertStartFails("--chunfeng.campaign.location=file:" + this.config + "/", "campaign-2024.yml", "window.end");
	}

	@Test
	void refusesCampaignFileWithoutDeadlines() throws IOException {
		Files.writeString(this.config.resolve("campaign-2024.yml"), """
				year: 2024
				window: { start: 2024-01-25, end: 2024-04-08 }
				weekly: { first: 2024-02-22, last: 2024-04-08 }
				""");
		assertStartFails("--chunfeng.campaign.location=file:" + this.config + "/", "campaign-2024.yml",
				"deadlines phase1, phase2 and final are required");
	}

	@Test
	void refusesMissingCampaignYear() {
		assertStartFails("--chunfeng.campaign.year=2031", "campaign-2031.yml", "does not exist");
	}

	@Test
	void refusesJobFileWithUnknownDeadline() throws IOException {
		Files.writeString(this.config.resolve("weekly.yml"), """
				id: weekly
				title: 统计表
				as-of: due-date
				schedule:
				  anchor: deadline
				  deadline: phase9
				  times: ["18:30"]
				""");
		assertStartFails("--chunfeng.deliverables.location=file:" + this.config + "/", "weekly.yml",
				"schedule.deadline 'phase9' is not a deadline of the campaign");
	}

	@Test
	void refusesJobFileWhoseDraftNamesAnUnknownFigure() throws IOException {
		Files.writeString(this.config.resolve("phase1.yml"), """
				id: phase1
				title: 春节前阶段性活动进展
				as-of: day-before-deadline
				sheets: [统计表]
				sign-off: true
				draft:
				  title: 关于春节前阶段性活动进展情况的报告
				  sections:
				    - heading: 农民工返乡情况
				      figures: [returned-home, returned-by-bus]
				schedule:
				  anchor: deadline
				  deadline: phase1
				  times: ["15:00"]
				""");
		assertStartFails("--chunfeng.deliverables.location=file:" + this.config + "/", "phase1.yml",
				"draft.sections[0].figures: unknown 'returned-by-bus'");
	}

	private void assertStartFails(String argument, String... fragments) {
		SpringApplicationBuilder builder = new SpringApplicationBuilder(ChunfengApplication.class)
			.web(WebApplicationType.NONE);
		assertThatThrownBy(() -> builder.run(argument).close()).satisfies((ex) -> {
			String messages = messages(ex);
			for (String fragment : fragments) {
				org.assertj.core.api.Assertions.assertThat(messages).contains(fragment);
			}
		});
	}

	private static String messages(Throwable ex) {
		StringBuilder all = new StringBuilder();
		for (Throwable current = ex; current != null; current = current.getCause()) {
			all.append(current.getMessage()).append('\n');
		}
		return all.toString();
	}

}
