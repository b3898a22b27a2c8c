package org.chunfeng.admin;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Failed logins throttled per user and per address (here 3 and 6 within 2 s): the next
 * attempt is refused, even with the right password, and logged; after the window the
 * right password works again.
 */
class LoginThrottleTests extends AdminContextTest {

	@Test
	void afterTooManyFailuresOfAUserTheNextLoginIsRefusedUntilTheWindowHasPassed() throws Exception {
		for (int i = 0; i < 3; i++) {
			login("viewer", "guess-" + i, "10.1.1.1").andExpect(redirectedUrl("/login?error"));
		}
		login("viewer", "chunfeng-viewer", "10.1.1.1").andExpect(redirectedUrl("/login?locked=1"));
		// the same user from elsewhere, and through the API
		login("viewer", "chunfeng-viewer", "10.1.1.9").andExpect(redirectedUrl("/login?locked=1"));
		this.mvc.perform(get("/api/deliverables").with(httpBasic("viewer", "chunfeng-viewer")).with(from("10.1.1.8")))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.detail").value("登录失败次数过多，已暂停登录，请约 1 分钟后再试"));
		this.mvc.perform(get("/login").param("locked", "1"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("登录失败次数过多")));
		this.mvc.perform(get("/login").param("locked", "请拨打 12345"))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("12345"))));
		assertThat(this.jdbc.queryForList("""
				select username || ' ' || outcome || ' ' || address from audit_log where action = 'LOGIN' order by id
				""", String.class)).containsExactly("viewer FAILED 10.1.1.1", "viewer FAILED 10.1.1.1",
				"viewer FAILED 10.1.1.1", "viewer THROTTLED 10.1.1.1", "viewer THROTTLED 10.1.1.9",
				"viewer THROTTLED 10.1.1.8");

		// the point: the 2 s throttle window passes (nothing to poll for; a login
		// attempt before then would be refused and counted)
		Thread.sleep(2100);

		login("viewer", "chunfeng-viewer", "10.1.1.1").andExpect(redirectedUrl("/"));
	}

	@Test
	void afterTooManyFailuresFromOneAddressItsNextLoginIsRefusedButOthersLogIn() throws Exception {
		for (int i = 0; i < 6; i++) {
			login("guess" + i, "secret", "10.2.2.2").andExpect(redirectedUrl("/login?error"));
		}
		login("admin", "chunfeng-admin", "10.2.2.2").andExpect(redirectedUrl("/login?locked=1"));
		login("admin", "chunfeng-admin", "10.3.3.3").andExpect(redirectedUrl("/"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_log where action = 'LOGIN' and outcome = 'FAILED' and address = '10.2.2.2'",
				Integer.class))
			.isEqualTo(6);
	}

	private ResultActions login(String user, String password, String address) throws Exception {
		return this.mvc.perform(
				post("/login").param("username", user).param("password", password).with(csrf()).with(from(address)));
	}

}
