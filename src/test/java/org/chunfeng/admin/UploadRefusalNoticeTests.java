package org.chunfeng.admin;

import java.time.LocalDate;
import java.util.List;

import org.chunfeng.campaign.Campaigns;
import org.chunfeng.delivery.MailKind;
import org.chunfeng.delivery.MailState;
import org.chunfeng.delivery.Outbox;
import org.chunfeng.delivery.OutboxEntry;
import org.chunfeng.intake.city.CityWorkbookFixtures;
import org.chunfeng.schedule.ScheduledContextTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A refused upload is told to its city at once (SPEC §4.1), with the reasons, and only
 * once for the same file.
 */
class UploadRefusalNoticeTests extends ScheduledContextTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Outbox outbox;

	@Autowired
	Campaigns campaigns;

	MockMvc mvc;

	@BeforeEach
	void mockMvc() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void aRefusedUploadSendsTheCityARefusalNoticeAtOnceAndOnlyOnce() throws Exception {
		LocalDate due = this.campaigns.current().weeklyDueDates().get(0);
		byte[] workbook = CityWorkbookFixtures.workbook().row("大同市", "云州区", "online_fairs", "十二场").bytes();
		MockMultipartFile file = new MockMultipartFile("file", "datong.xlsx", "application/octet-stream", workbook);

		for (int i = 0; i < 2; i++) {
			this.mvc
				.perform(multipart("/api/uploads/city").file(file)
					.param("reportingDate", due.toString())
					.with(httpBasic("admin", "chunfeng-admin")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.refusedCities[0]").value("大同市"));
		}

		List<OutboxEntry> refusals = this.outbox.recent(20)
			.stream()
			.filter((entry) -> entry.kind() == MailKind.REFUSAL)
			.toList();
		assertThat(refusals).singleElement().satisfies((entry) -> {
			assertThat(entry.to()).containsExactly("dt@rst.shanxi.example");
			assertThat(entry.state()).isEqualTo(MailState.SENT);
			assertThat(entry.subject()).startsWith("【春风行动】退回通知：大同市报送的统计表未通过校验");
		});
		assertThat(this.jdbc.queryForObject("select count(*) from city_refusal where notice_key is not null",
				Integer.class))
			.isEqualTo(1);
	}

}
