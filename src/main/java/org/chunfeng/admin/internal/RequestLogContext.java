package org.chunfeng.admin.internal;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.chunfeng.logging.LogContext;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts a short id of each console or API request and its signed-in user in the logging
 * context, so that the lines a request causes (and a run it starts in the background) can
 * be found together. Ordered after the security filters (a filter's default order), which
 * have found the user by then.
 */
@ConditionalOnWebApplication
@Component
class RequestLogContext extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try (LogContext.Scope scope = LogContext.open()
			.put(LogContext.REQUEST, UUID.randomUUID().toString().substring(0, 8))
			.put(LogContext.USER, user())) {
			chain.doFilter(request, response);
		}
	}

	private static String user() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return authentication.getName();
	}

}
