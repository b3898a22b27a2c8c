package org.chunfeng.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chunfeng.campaign.CampaignCalendar;
import org.chunfeng.campaign.CampaignCalendar.Holiday;
import org.chunfeng.deliverable.Deliverable;
import org.chunfeng.deliverable.Deliverable.Anchor;
import org.chunfeng.deliverable.Deliverable.AsOfRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FiringPlanTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static CampaignCalendar campaign2024() {
		return new CampaignCalendar(2024, "2024年春风行动", "山西省", SHANGHAI, LocalDate.of(2024, 1, 25),
				LocalDate.of(2024, 4, 8),
				Map.of("contacts", LocalDate.of(2024, 1, 25), "phase1", LocalDate.of(2024, 2, 2), "phase2",
						LocalDate.of(2024, 2, 22), "final", LocalDate.of(2024, 4, 10)),
				DayOfWeek.THURSDAY, LocalDate.of(2024, 2, 22), LocalDate.of(2024, 4, 8), LocalTime.of(18, 0),
				CampaignCalendar.HolidayShift.PREVIOUS,
				List.of(new Holiday("春节", LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 17)),
						new Holiday("清明节", LocalDate.of(2024, 4, 4), LocalDate.of(2024, 4, 6))),
				Set.of(LocalDate.of(2024, 2, 4), LocalDate.of(2024, 2, 18), LocalDate.of(2024, 4, 7)));
	}

	static Deliverable weekly() {
		return new Deliverable("weekly", "统计表", "s", AsOfRule.DUE_DATE, List.of(), List.of(), true,
				new Deliverable.Schedule(Anchor.WEEKLY_DUE_DATES, null, 0, List.of(LocalTime.of(18, 30)),
						LocalTime.of(23, 59), Duration.ofHours(1), Duration.ofHours(2)));
	}

	static Deliverable reminder() {
		return new Deliverable("reminder", "提醒", "s", AsOfRule.DUE_DATE, List.of(), List.of(), false,
				new Deliverable.Schedule(Anchor.WEEKLY_DUE_DATES, null, 0,
						List.of(LocalTime.of(16, 0), LocalTime.of(12, 0)), LocalTime.of(23, 59), Duration.ofHours(1),
						Duration.ofHours(2)));
	}

	static Deliverable deadline(String id, AsOfRule asOf) {
		return new Deliverable(id, id, "s", asOf, List.of(), List.of(), true, new Deliverable.Schedule(Anchor.DEADLINE,
				id, 1, List.of(LocalTime.of(15, 0)), LocalTime.of(9, 0), Duration.ofHours(1), Duration.ofHours(3)));
	}

	@Test
	void weeklyFiresAt1830OnEachHolidayAdjustedDueDate() {
		List<Firing> firings = FiringPlan.of(weekly(), campaign2024());
		assertThat(firings).extracting((firing) -> firing.at().toLocalDateTime().toString())
			.containsExactly("2024-02-22T18:30", "2024-02-29T18:30", "2024-03-07T18:30", "2024-03-14T18:30",
					"2024-03-21T18:30", "2024-03-28T18:30", "2024-04-03T18:30");
		Firing last = firings.get(6);
		assertThat(last.asOf()).isEqualTo(LocalDate.of(2024, 4, 3));
		assertThat(last.deadline().toLocalDateTime().toString()).isEqualTo("2024-04-03T23:59");
		assertThat(last.alertAt().toLocalDateTime().toString()).isEqualTo("2024-04-03T21:59");
		assertThat(last.at().getZone()).isEqualTo(SHANGHAI);
		assertThat(last.key()).isEqualTo("20240403-1830");
		assertThat(firings).noneMatch(Firing::repeat);
	}

	@Test
	void reminderFiresAtNoonAndAgainAt1600OnEachDueDate() {
		List<Firing> firings = FiringPlan.of(reminder(), campaign2024());
		assertThat(firings).hasSize(14);
		assertThat(firings.subList(0, 2)).extracting((firing) -> firing.at().toLocalDateTime().toString())
			.containsExactly("2024-02-22T12:00", "2024-02-22T16:00");
		assertThat(firings.subList(0, 2)).extracting(Firing::repeat).containsExactly(false, true);
		assertThat(firings).noneMatch((firing) -> firing.anchorDate().equals(LocalDate.of(2024, 4, 4)));
	}

	@Test
	void phaseReportsFireTheAfternoonBeforeTheirDeadlineAsOfThatDay() {
		CampaignCalendar campaign = campaign2024();
		Firing phase1 = FiringPlan.of(deadline("phase1", AsOfRule.DAY_BEFORE_DEADLINE), campaign).get(0);
		assertThat(phase1.at().toLocalDateTime().toString()).isEqualTo("2024-02-01T15:00");
		assertThat(phase1.asOf()).isEqualTo(LocalDate.of(2024, 2, 1));
		assertThat(phase1.deadline().toLocalDateTime().toString()).isEqualTo("2024-02-02T09:00");
		assertThat(phase1.alertAt().toLocalDateTime().toString()).isEqualTo("2024-02-02T06:00");
		Firing phase2 = FiringPlan.of(deadline("phase2", AsOfRule.DAY_BEFORE_DEADLINE), campaign).get(0);
		assertThat(phase2.at().toLocalDateTime().toString()).isEqualTo("2024-02-21T15:00");
	}

	@Test
	void finalSummaryIsAsOfTheCampaignsLastDay() {
		List<Firing> firings = FiringPlan.of(deadline("final", AsOfRule.CAMPAIGN_END), campaign2024());
		assertThat(firings).hasSize(1);
		assertThat(firings.get(0).at().toLocalDateTime().toString()).isEqualTo("2024-04-09T15:00");
		assertThat(firings.get(0).asOf()).isEqualTo(LocalDate.of(2024, 4, 8));
	}

	@Test
	void leadDayOnAHolidayMovesBackToTheLastWorkingDay() {
		CampaignCalendar campaign = campaign2024();
		// a deadline on Monday 2024-02-19: the day before is a Sunday, the last working
		// day before it is the make-up Sunday 02-18
		CampaignCalendar shifted = new CampaignCalendar(2024, "x", "y", SHANGHAI, campaign.windowStart(),
				campaign.windowEnd(), Map.of("phase1", LocalDate.of(2024, 2, 19)), DayOfWeek.THURSDAY,
				campaign.weeklyFirst(), campaign.weeklyLast(), LocalTime.of(18, 0), campaign.holidayShift(),
				campaign.holidays(), campaign.makeUpWorkingDays());
		assertThat(FiringPlan.of(deadline("phase1", AsOfRule.DAY_BEFORE_DEADLINE), shifted).get(0).at().toLocalDate())
			.isEqualTo(LocalDate.of(2024, 2, 18));
		CampaignCalendar inHoliday = new CampaignCalendar(2024, "x", "y", SHANGHAI, campaign.windowStart(),
				campaign.windowEnd(), Map.of("phase1", LocalDate.of(2024, 2, 18)), DayOfWeek.THURSDAY,
				campaign.weeklyFirst(), campaign.weeklyLast(), LocalTime.of(18, 0), campaign.holidayShift(),
				campaign.holidays(), campaign.makeUpWorkingDays());
		assertThat(FiringPlan.of(deadline("phase1", AsOfRule.DAY_BEFORE_DEADLINE), inHoliday).get(0).at().toLocalDate())
			.isEqualTo(LocalDate.of(2024, 2, 9));
	}

	@Test
	void allDeliverablesAreMergedInTimeOrder() {
		List<Firing> firings = FiringPlan
			.of(List.of(weekly(), reminder(), deadline("phase2", AsOfRule.DAY_BEFORE_DEADLINE)), campaign2024());
		assertThat(firings).hasSize(7 + 14 + 1);
		assertThat(firings.subList(0, 4))
			.extracting((firing) -> firing.deliverable() + "@" + firing.at().toLocalDateTime())
			.containsExactly("phase2@2024-02-21T15:00", "reminder@2024-02-22T12:00", "reminder@2024-02-22T16:00",
					"weekly@2024-02-22T18:30");
	}

}
