package org.chunfeng.admin.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chunfeng.logging.LogContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A console or API request logs with a short request id and its signed-in user, and the
 * logging context is as before once it is answered.
 */
class RequestLogContextTests {

	private final List<Map<String, String>> seen = new ArrayList<>();

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
		MDC.clear();
	}

	@Test
	void requestOfASignedInUserLogsWithItsIdAndUser() throws Exception {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
					AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
		MDC.put("outside", "kept");

		filter();
		filter();

		assertThat(this.seen).hasSize(2).allSatisfy((context) -> {
			assertThat(context).containsEntry(LogContext.USER, "admin").containsEntry("outside", "kept");
			assertThat(context.get(LogContext.REQUEST)).matches("[0-9a-f]{8}");
		});
		assertThat(this.seen.get(0).get(LogContext.REQUEST)).isNotEqualTo(this.seen.get(1).get(LogContext.REQUEST));
		assertThat(MDC.getCopyOfContextMap()).isEqualTo(Map.of("outside", "kept"));
	}

	@Test
	void anonymousRequestLogsWithItsIdOnly() throws Exception {
		SecurityContextHolder.getContext()
			.setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

		filter();

		assertThat(this.seen).singleElement().satisfies((context) -> {
			assertThat(context).containsOnlyKeys(LogContext.REQUEST);
		});
		assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
	}

	private void filter() throws Exception {
		new RequestLogContext().doFilter(new MockHttpServletRequest("GET", "/api/runs"), new MockHttpServletResponse(),
				new MockFilterChain(new jakarta.servlet.http.HttpServlet() {

					@Override
					protected void service(jakarta.servlet.http.HttpServletRequest request,
							jakarta.servlet.http.HttpServletResponse response) {
						RequestLogContextTests.this.seen.add(Map.copyOf(MDC.getCopyOfContextMap()));
					}

				}));
	}

}
