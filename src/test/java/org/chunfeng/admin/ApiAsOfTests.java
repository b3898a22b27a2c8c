package org.chunfeng.admin;

import java.time.LocalDate;

import org.chunfeng.campaign.Campaigns;
import org.chunfeng.schedule.ScheduleTestSupport;
import org.chunfeng.schedule.ScheduledContextTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API's dates (SPEC §4.1): outside the campaign a bad request naming the window; the
 * submissions with every city's status and the completeness matrix.
 */
class ApiAsOfTests extends ScheduledContextTest {

	private static final int YEAR = ScheduleTestSupport.YEAR;

	@Autowired
	WebApplicationContext context;

	@Autowired
	Campaigns campaigns;

	MockMvc mvc;

	@BeforeEach
	void mockMvc() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void aRunOutsideTheCampaignIsABadRequestNamingTheWindowAndRunsNothing() throws Exception {
		this.mvc
			.perform(post("/api/deliverables/weekly/runs").with(httpBasic("admin", "chunfeng-admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"asOf\": \"" + (YEAR - 1) + "-12-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("不在" + YEAR + "年春风行动期间")))
			.andExpect(content().string(containsString(YEAR + "-01-20 至 " + YEAR + "-04-07")));
		assertThat(this.runs.requests()).isEmpty();
	}

	@Test
	void discrepanciesAndSubmissionsOutsideTheCampaignAreBadRequests() throws Exception {
		this.mvc
			.perform(get("/api/discrepancies").param("asOf", (YEAR + 1) + "-01-01")
				.with(httpBasic("viewer", "chunfeng-viewer")))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(get("/api/submissions").param("date", (YEAR - 1) + "-02-26")
				.with(httpBasic("viewer", "chunfeng-viewer")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void submissionsGiveEveryCitysStatusForThePeriodAndEveryDueDateSoFar() throws Exception {
		LocalDate due = this.campaigns.current().weeklyDueDates().get(1);
		this.mvc
			.perform(get("/api/submissions").param("date", due.toString()).with(httpBasic("viewer", "chunfeng-viewer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.period").value(due.toString()))
			.andExpect(jsonPath("$.dueDates.length()").value(2))
			.andExpect(jsonPath("$.cities.length()").value(11))
			.andExpect(jsonPath("$.cities[0].cityName").value("太原市"))
			.andExpect(jsonPath("$.cities[0].status").value("NOT_SUBMITTED"))
			.andExpect(jsonPath("$.cities[0].statusText").value("未报送"))
			.andExpect(jsonPath("$.cities[0].completeness[1]").value("NOT_SUBMITTED"))
			.andExpect(jsonPath("$.summary").value(containsString("从未报送11市")));
		this.mvc
			.perform(get("/api/discrepancies").param("asOf", due.toString())
				.with(httpBasic("viewer", "chunfeng-viewer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.period").value(due.toString()))
			.andExpect(jsonPath("$.platform.fresh").value(false))
			.andExpect(jsonPath("$.cities[0].status").value("NOT_SUBMITTED"))
			.andExpect(jsonPath("$.cities[0].metrics[0].status").value("NOT_SUBMITTED"));
	}

}
