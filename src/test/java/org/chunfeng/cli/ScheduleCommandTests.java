package org.chunfeng.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import picocli.CommandLine;

import org.chunfeng.campaign.Campaigns;
import org.chunfeng.deliverable.Deliverables;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class ScheduleCommandTests {

	@Autowired
	Campaigns campaigns;

	@Autowired
	Deliverables deliverables;

	@Autowired
	ScheduleCommand command;

	@Test
	void listsThe2024CampaignsFiringsFromJobsAllPast() {
		StringWriter out = new StringWriter();
		CommandLine commandLine = new CommandLine(this.command);
		commandLine.setOut(new PrintWriter(out));
		int exit = commandLine.execute("--campaign", "2024");
		assertThat(exit).isEqualTo(0);
		String text = out.toString();
		assertThat(text).contains("2024-02-22 18:30 周四  截至 2024-02-22  截止 2024-02-22 23:59  告警 21:59  已过")
			.contains("2024-04-03 18:30 周三  截至 2024-04-03")
			.contains("2024-02-22 12:00 周四")
			.contains("2024-02-22 16:00 周四")
			.contains("2024-02-01 15:00 周四  截至 2024-02-01  截止 2024-02-02 09:00  告警 06:00  已过")
			.contains("2024-02-21 15:00 周三  截至 2024-02-21  截止 2024-02-22 09:00")
			.contains("2024-04-09 15:00 周二  截至 2024-04-08  截止 2024-04-10 09:00")
			.doesNotContain("2024-02-15 18:30")
			.doesNotContain("2024-04-04 18:30")
			.contains("共 24 次触发，已过 24 次，待触发 0 次");
	}

	@Test
	void marksOnlyTheFiringsBeforeNowAsPast() {
		Clock clock = Clock.fixed(Instant.parse("2024-03-14T10:00:00Z"), ZoneOffset.UTC);
		ScheduleCommand command = new ScheduleCommand(this.campaigns, this.deliverables, clock);
		StringWriter out = new StringWriter();
		command.print(this.campaigns.forYear(2024), new PrintWriter(out));
		String text = out.toString();
		assertThat(text).contains("现在 2024-03-14 18:00")
			.contains("2024-03-07 18:30 周四  截至 2024-03-07  截止 2024-03-07 23:59  告警 21:59  已过")
			.contains("2024-03-14 18:30 周四  截至 2024-03-14  截止 2024-03-14 23:59  告警 21:59  待触发")
			.contains("2024-03-14 16:00 周四  截至 2024-03-14  截止 2024-03-14 23:59  告警 21:59  已过");
	}

	@Test
	void refusesAnUnknownCampaignYear() {
		StringWriter err = new StringWriter();
		CommandLine commandLine = new CommandLine(this.command);
		commandLine.setErr(new PrintWriter(err));
		assertThat(commandLine.execute("--campaign", "2031")).isEqualTo(2);
		assertThat(err.toString()).contains("没有配置 2031 年的活动（找不到 campaign-2031.yml；已配置: [2024]）");
	}

}
