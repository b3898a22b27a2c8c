package org.chunfeng.admin;

import java.time.LocalDate;

import org.chunfeng.deliverable.RunRequest;
import org.chunfeng.schedule.ScheduleTestSupport;
import org.chunfeng.schedule.ScheduledContextTest;
import org.chunfeng.schedule.Schedules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Users and roles from config/security.yml: admin/chunfeng-admin, viewer/chunfeng-viewer.
 */
class ConsoleSecurityTests extends ScheduledContextTest {

	/** A date of the test campaign: other dates are refused before any run. */
	private static final LocalDate AS_OF = ScheduleTestSupport.date(2, 26);

	@Autowired
	WebApplicationContext context;

	@Autowired
	Schedules schedules;

	MockMvc mvc;

	@BeforeEach
	void mockMvc() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void anonymousRequestsAreRefusedButHealth() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/runs")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/deliverables")).andExpect(status().isUnauthorized());
		this.mvc.perform(post("/api/deliverables/weekly/pause")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("春风行动管理控制台")));
	}

	@Test
	void formLoginChecksTheBcryptHashFromConfiguration() throws Exception {
		this.mvc.perform(formLogin().user("admin").password("chunfeng-admin")).andExpect(redirectedUrl("/"));
		this.mvc.perform(formLogin().user("admin").password("wrong")).andExpect(redirectedUrl("/login?error"));
		assertThat(this.jdbc.queryForList(
				"select outcome || ' ' || address from audit_log where action = 'LOGIN' and username = 'admin' order by id",
				String.class))
			.containsExactly("OK 127.0.0.1", "FAILED 127.0.0.1");
	}

	@Test
	void logoutIsAuditedAndResponsesCarryTheirSecurityHeaders() throws Exception {
		this.mvc.perform(post("/logout").session(login("viewer", "chunfeng-viewer")).with(csrf()))
			.andExpect(redirectedUrl("/login?logout"));
		assertThat(this.jdbc.queryForList(
				"select username || ' ' || action || ' ' || outcome from audit_log order by id", String.class))
			.containsExactly("viewer LOGIN OK", "viewer LOGOUT OK");
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.startsWith("default-src 'self'; script-src 'self'; style-src 'self';")))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
		this.mvc.perform(get("/api/deliverables").with(httpBasic("viewer", "chunfeng-viewer")))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("frame-ancestors 'none'")));
	}

	@Test
	void viewerMayLookButNotChangeAnything() throws Exception {
		MockHttpSession session = login("viewer", "chunfeng-viewer");
		for (String page : new String[] { "/", "/schedule", "/runs", "/submissions", "/discrepancies", "/rejections",
				"/audit" }) {
			this.mvc.perform(get(page).session(session)).andExpect(status().isOk());
		}
		this.mvc.perform(get("/").with(httpBasic("viewer", "chunfeng-viewer"))).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/deliverables").with(httpBasic("viewer", "chunfeng-viewer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value("weekly"));
		this.mvc.perform(post("/deliverables/weekly/pause").session(session).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/deliverables/weekly/pause").with(httpBasic("viewer", "chunfeng-viewer")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/deliverables/weekly/runs").with(httpBasic("viewer", "chunfeng-viewer"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"asOf\": \"2024-02-29\"}"))
			.andExpect(status().isForbidden());
		assertThat(this.schedules.isPaused("weekly")).isFalse();
		assertThat(this.runs.requests()).isEmpty();
	}

	@Test
	void consoleFormsNeedTheCsrfToken() throws Exception {
		MockHttpSession session = login("admin", "chunfeng-admin");
		this.mvc.perform(post("/deliverables/weekly/pause").session(session)).andExpect(status().isForbidden());
		assertThat(this.schedules.isPaused("weekly")).isFalse();
		this.mvc.perform(post("/deliverables/weekly/pause").session(session).with(csrf()))
			.andExpect(redirectedUrl("/"));
		assertThat(this.schedules.isPaused("weekly")).isTrue();
		this.mvc.perform(post("/deliverables/weekly/resume").session(session).with(csrf()))
			.andExpect(redirectedUrl("/"));
		assertThat(this.schedules.isPaused("weekly")).isFalse();
		assertThat(this.jdbc.queryForList(
				"select username || ' ' || action || ' ' || target || ' ' || outcome from audit_log where action <> 'LOGIN' order by id",
				String.class))
			.containsExactly("admin DENIED POST /deliverables/weekly/pause DENIED", "admin PAUSE weekly OK",
					"admin RESUME weekly OK");
	}

	@Test
	void theApiIgnoresTheConsoleSessionAndWantsBasicCredentials() throws Exception {
		MockHttpSession session = login("admin", "chunfeng-admin");
		this.mvc.perform(get("/api/deliverables").session(session)).andExpect(status().isUnauthorized());
		this.mvc.perform(post("/api/deliverables/weekly/pause").session(session).with(csrf()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void adminRunsADeliverableThroughTheApiAndItIsAudited() throws Exception {
		this.mvc
			.perform(post("/api/deliverables/weekly/runs").with(httpBasic("admin", "chunfeng-admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"asOf\": \"" + AS_OF + "\", \"force\": true, \"sendMail\": false}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.deliverable").value("weekly"))
			.andExpect(jsonPath("$.asOf").value(AS_OF.toString()))
			.andExpect(jsonPath("$.status").value("COMPLETED"));
		assertThat(this.runs.requests()).containsExactly(new RunRequest("weekly", AS_OF, true, false, "admin"));
		this.mvc
			.perform(post("/api/deliverables/nope/runs").with(httpBasic("admin", "chunfeng-admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"asOf\": \"" + AS_OF + "\"}"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("没有报表任务 nope（可用: weekly、")));
		// the run's own line is written when it ends (RunAuditTests); here the refusal
		this.mvc.perform(get("/api/audit").with(httpBasic("viewer", "chunfeng-viewer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].user").value("admin"))
			.andExpect(jsonPath("$[0].action").value("RUN"))
			.andExpect(jsonPath("$[0].target").value("nope"))
			.andExpect(jsonPath("$[0].outcome").value("REFUSED"))
			.andExpect(jsonPath("$[0].detail").value(org.hamcrest.Matchers.startsWith("截至 " + AS_OF + "：没有报表任务 nope")));
		this.mvc.perform(get("/audit").session(login("viewer", "chunfeng-viewer")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("截至 " + AS_OF + "：没有报表任务 nope")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("运行报表")));
	}

	@Test
	void scheduleIsListedForTheCampaign() throws Exception {
		this.mvc.perform(get("/api/schedule").with(httpBasic("viewer", "chunfeng-viewer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].deliverable").value("phase1"))
			.andExpect(jsonPath("$[0].asOf").value(ScheduleTestSupport.date(1, 28).toString()));
	}

	@Test
	void eachReportTaskOffersItsOwnNextAsOfDateToRunNow() throws Exception {
		String phase1 = ScheduleTestSupport.date(1, 28).toString();
		this.mvc.perform(get("/api/deliverables").with(httpBasic("viewer", "chunfeng-viewer")))
			.andExpect(jsonPath("$[?(@.id == 'phase1')].defaultAsOf").value(phase1))
			.andExpect(jsonPath("$[?(@.id == 'weekly')].defaultAsOf")
				.value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(phase1))));
		String dashboard = this.mvc.perform(get("/").session(login("admin", "chunfeng-admin")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String card = dashboard.substring(dashboard.indexOf("id=\"deliverable-phase1\""));
		assertThat(card.substring(0, card.indexOf("</section>"))).contains("name=\"asOf\" value=\"" + phase1 + "\"");
	}

	@Test
	void onlyAdminsSeeTheForms() throws Exception {
		this.mvc.perform(get("/").session(login("viewer", "chunfeng-viewer")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("立即运行"))));
		this.mvc.perform(get("/").session(login("admin", "chunfeng-admin")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("立即运行")));
	}

	@Test
	void uploadThroughTheApiIsRefusedForViewersAndAuditedForAdmins() throws Exception {
		MockMultipartFile junk = new MockMultipartFile("file", "太原市.xlsx", "application/octet-stream",
				"not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		this.mvc.perform(multipart("/api/uploads/city").file(junk).with(httpBasic("viewer", "chunfeng-viewer")))
			.andExpect(status().isForbidden());
		this.mvc.perform(multipart("/api/uploads/city").file(junk).with(httpBasic("admin", "chunfeng-admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.file").value("太原市.xlsx"))
			.andExpect(jsonPath("$.errors[0]").value(org.hamcrest.Matchers.containsString("太原市.xlsx")));
		assertThat(this.jdbc.queryForList(
				"select username || ' ' || action || ' ' || target || ' ' || outcome from audit_log order by id",
				String.class))
			.containsExactly("viewer DENIED POST /api/uploads/city DENIED", "admin UPLOAD_CITY 太原市.xlsx REFUSED");
	}

	private MockHttpSession login(String user, String password) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin().user(user).password(password))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession();
	}

}
