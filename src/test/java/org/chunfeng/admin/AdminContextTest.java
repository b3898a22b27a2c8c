package org.chunfeng.admin;

import java.util.List;

import org.chunfeng.DatabaseCleaner;
import org.chunfeng.Workspace;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * One application context for the console and API tests that need the real pipeline: the
 * intakes and the runs as they are, login throttling set tight (3 failures per user, 6
 * per address, within 2 s) so that a test can wait the window out.
 */
@SpringBootTest(properties = { "spring.quartz.scheduler-name=chunfeng-admin-tests",
		"chunfeng.security.login-throttle.max-failures-per-user=3",
		"chunfeng.security.login-throttle.max-failures-per-address=6", "chunfeng.security.login-throttle.window=2s" })
public abstract class AdminContextTest {

	@Autowired
	protected WebApplicationContext context;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected Workspace workspace;

	protected MockMvc mvc;

	@BeforeEach
	void cleanDatabaseAndMockMvc() {
		DatabaseCleaner.clean(this.jdbc);
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	protected MockHttpSession login(String user, String password) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin().user(user).password(password))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession();
	}

	/** The audit log, oldest first: user, action, target and outcome. */
	protected List<String> audit() {
		return this.jdbc.queryForList("""
				select username || ' ' || action || ' ' || coalesce(target, '-') || ' ' || outcome
				from audit_log order by id
				""", String.class);
	}

	/** A request from another client address. */
	protected static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
