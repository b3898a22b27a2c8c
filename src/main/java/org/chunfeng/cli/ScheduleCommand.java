package org.chunfeng.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import org.chunfeng.campaign.CampaignCalendar;
import org.chunfeng.campaign.Campaigns;
import org.chunfeng.deliverable.Deliverable;
import org.chunfeng.deliverable.Deliverables;
import org.chunfeng.schedule.Firing;
import org.chunfeng.schedule.FiringPlan;

import org.springframework.stereotype.Component;

/** {@code schedule [--campaign YEAR]}: every firing of the campaign, past ones marked. */
@Component
@Command(name = "schedule", description = "列出活动期内各报表任务的定时触发时间，已过的标注“已过”", mixinStandardHelpOptions = true)
class ScheduleCommand implements Subcommand {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final Campaigns campaigns;

	private final Deliverables deliverables;

	private final Clock clock;

	@Spec
	CommandSpec spec;

	@Option(names = "--campaign", paramLabel = "YEAR", description = "活动年度（默认：配置的当前活动）")
	Integer year;

	ScheduleCommand(Campaigns campaigns, Deliverables deliverables, Clock clock) {
		this.campaigns = campaigns;
		this.deliverables = deliverables;
		this.clock = clock;
	}

	@Override
	public Integer call() {
		CampaignCalendar campaign;
		try {
			campaign = (this.year != null) ? this.campaigns.forYear(this.year) : this.campaigns.current();
		}
		catch (RuntimeException ex) {
			throw new ParameterException(this.spec.commandLine(), "没有配置 " + this.year + " 年的活动（找不到 campaign-"
					+ this.year + ".yml；已配置: " + this.campaigns.years() + "）");
		}
		print(campaign, this.spec.commandLine().getOut());
		return ExitCodes.OK;
	}

	void print(CampaignCalendar campaign, PrintWriter out) {
		ZonedDateTime now = ZonedDateTime.now(this.clock).withZoneSameInstant(campaign.zone());
		out.printf("%s（%s）定时任务，时区 %s，现在 %s%n", campaign.name(), campaign.province(), campaign.zone(),
				DATE_TIME.format(now));
		int past = 0;
		int total = 0;
		for (Deliverable deliverable : this.deliverables.all()) {
			List<Firing> firings = FiringPlan.of(deliverable, campaign);
			Deliverable.Schedule schedule = deliverable.schedule();
			out.printf("%n%s  %s  （失败每%s重试至截止时间；截止前%s仍未发送则告警管理员）%n", deliverable.id(), deliverable.title(),
					duration(schedule.retryEvery()), duration(schedule.alertMargin()));
			for (Firing firing : firings) {
				boolean done = !firing.at().isAfter(now);
				past += done ? 1 : 0;
				total++;
				out.printf("  %s %s  截至 %s  截止 %s  告警 %s  %s%n", DATE_TIME.format(firing.at()),
						firing.at().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.CHINA), firing.asOf(),
						DATE_TIME.format(firing.deadline()), TIME.format(firing.alertAt()), done ? "已过" : "待触发");
			}
		}
		out.printf("%n共 %d 次触发，已过 %d 次，待触发 %d 次%n", total, past, total - past);
		out.flush();
	}

	private static String duration(Duration duration) {
		if (duration.toMinutesPart() == 0) {
			return duration.toHours() + "小时";
		}
		return duration.toMinutes() + "分钟";
	}

}
