package org.chunfeng.campaign;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.chunfeng.ModuleBeans;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 2024 calendar as the notice and the State Council's holiday arrangement give it,
 * read from config/campaign-2024.yml by the campaign module started alone (it depends on
 * no other).
 */
@ApplicationModuleTest
@TestPropertySource(properties = "spring.quartz.scheduler-name=chunfeng-campaign-module-tests")
class CampaignCalendarTests {

	@Autowired
	Campaigns campaigns;

	@Autowired
	ConfigurableApplicationContext context;

	@Test
	void startsWithTheCampaignModuleAlone() {
		assertThat(ModuleBeans.modulesWithBeans(this.context)).containsExactly("campaign");
	}

	@Test
	void weeklyDueDatesSkipTheSpringFestivalAndMoveQingmingToWednesday() {
		assertThat(this.campaigns.current().weeklyDueDates()).containsExactly(LocalDate.of(2024, 2, 22),
				LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 7), LocalDate.of(2024, 3, 14),
				LocalDate.of(2024, 3, 21), LocalDate.of(2024, 3, 28), LocalDate.of(2024, 4, 3));
	}

	@Test
	void makeUpWorkingDaysAreWorkingDaysAndHolidaysAreNot() {
		CampaignCalendar campaign = this.campaigns.current();
		assertThat(campaign.isWorkingDay(LocalDate.of(2024, 2, 4))).isTrue();
		assertThat(campaign.isWorkingDay(LocalDate.of(2024, 2, 18))).isTrue();
		assertThat(campaign.isWorkingDay(LocalDate.of(2024, 4, 7))).isTrue();
		assertThat(campaign.isWorkingDay(LocalDate.of(2024, 2, 15))).isFalse();
		assertThat(campaign.isWorkingDay(LocalDate.of(2024, 4, 4))).isFalse();
		assertThat(campaign.isWorkingDay(LocalDate.of(2024, 3, 2))).isFalse();
		assertThat(campaign.holidayOn(LocalDate.of(2024, 2, 12)))
			.hasValueSatisfying((holiday) -> assertThat(holiday.name()).isEqualTo("春节"));
	}

	@Test
	void windowAndDeadlinesComeFromTheNotice() {
		CampaignCalendar campaign = this.campaigns.current();
		assertThat(campaign.windowStart()).isEqualTo(LocalDate.of(2024, 1, 25));
		assertThat(campaign.windowEnd()).isEqualTo(LocalDate.of(2024, 4, 8));
		assertThat(campaign.deadline("phase1")).isEqualTo(LocalDate.of(2024, 2, 2));
		assertThat(campaign.deadline("phase2")).isEqualTo(LocalDate.of(2024, 2, 22));
		assertThat(campaign.deadline("final")).isEqualTo(LocalDate.of(2024, 4, 10));
	}

	@Test
	void submissionsAreDueAtSixPmShanghaiTime() {
		ZonedDateTime due = this.campaigns.current().dueAt(LocalDate.of(2024, 2, 29));
		assertThat(due.toInstant().toString()).isEqualTo("2024-02-29T10:00:00Z");
	}

	@Test
	void latestAndPreviousWeeklyDueDates() {
		CampaignCalendar campaign = this.campaigns.current();
		assertThat(campaign.latestWeeklyDueDate(LocalDate.of(2024, 3, 1))).contains(LocalDate.of(2024, 2, 29));
		assertThat(campaign.latestWeeklyDueDate(LocalDate.of(2024, 2, 21))).isEmpty();
		assertThat(campaign.latestWeeklyDueDate(LocalDate.of(2026, 11, 29))).contains(LocalDate.of(2024, 4, 3));
		assertThat(campaign.previousWeeklyDueDate(LocalDate.of(2024, 2, 29))).contains(LocalDate.of(2024, 2, 22));
		assertThat(campaign.previousWeeklyDueDate(LocalDate.of(2024, 2, 22))).isEmpty();
	}

	@Test
	void aDueDateOnAHolidayCanMoveToTheNextWorkingDayInstead() {
		CampaignCalendar base = this.campaigns.current();
		CampaignCalendar next = new CampaignCalendar(base.year(), base.name(), base.province(), base.zone(),
				base.windowStart(), base.windowEnd(), base.deadlines(), base.weeklyDay(), base.weeklyFirst(),
				base.weeklyLast(), base.weeklyDueTime(), CampaignCalendar.HolidayShift.NEXT, base.holidays(),
				base.makeUpWorkingDays());
		// 04-04 to 04-06 are 清明, and Sunday 04-07 is a make-up working day
		assertThat(next.weeklyDueDates()).contains(LocalDate.of(2024, 4, 7)).doesNotContain(LocalDate.of(2024, 4, 3));
	}

}
