package org.chunfeng.admin.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chunfeng.audit.AuditLog;
import org.chunfeng.audit.AuditOutcome;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may do what. ADMIN may run, upload, pause, resume and restart; VIEWER may only
 * look; only {@code /actuator/health} is anonymous.
 *
 * <p>
 * The console ({@code /**}) uses a login form, a session (cookie SameSite=Strict, see
 * config/security.yml) and CSRF tokens on every form. The API ({@code /api/**}) uses HTTP
 * Basic on each request and no session: a browser's console session cookie does not
 * authenticate it, so a cross-site form cannot use it, which is why CSRF tokens are not
 * asked of API clients. Its 401 carries no Basic challenge, so that a browser never
 * caches API credentials either.
 *
 * <p>
 * Both check passwords through {@link ThrottledAuthentication}: failed logins are
 * throttled per user and per address and written to the audit log, as are logouts and
 * denied requests. Every response carries a Content-Security-Policy (nothing but the
 * console's own files) and a same-origin Referrer-Policy.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecuritySetup {

	static final String ADMIN = "ADMIN";

	static final String VIEWER = "VIEWER";

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	/** The configured users, checked once at start-up. */
	static InMemoryUserDetailsManager consoleUserDetails(ConsoleUsers users) {
		List<UserDetails> details = new ArrayList<>();
		for (ConsoleUsers.User user : users.users()) {
			if (user.name() == null || user.name().isBlank() || user.passwordHash() == null
					|| !user.passwordHash().startsWith("$2")) {
				throw new IllegalStateException("chunfeng.security.users: user '" + user.name()
						+ "' needs a name and a bcrypt password-hash ($2a$...)");
			}
			for (String role : user.roles()) {
				if (!Set.of(ADMIN, VIEWER).contains(role)) {
					throw new IllegalStateException("chunfeng.security.users: user '" + user.name() + "' has role '"
							+ role + "' (known: ADMIN, VIEWER)");
				}
			}
			details.add(User.withUsername(user.name())
				.password(user.passwordHash())
				.roles(user.roles().toArray(String[]::new))
				.build());
		}
		return new InMemoryUserDetailsManager(details);
	}

	@Bean
	AuthenticationProvider throttledAuthentication(ConsoleUsers users, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, AuditLog audit) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(consoleUserDetails(users));
		passwords.setPasswordEncoder(passwordEncoder);
		return new ThrottledAuthentication(passwords, throttle, audit);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, AuditLog audit) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, "/api/**")
				.hasAnyRole(ADMIN, VIEWER)
				.anyRequest()
				.hasRole(ADMIN))
			.httpBasic((basic) -> basic.authenticationEntryPoint(SecuritySetup::apiUnauthorized))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(denied(audit)))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain consoleSecurity(HttpSecurity http, AuditLog audit) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**", "/login", "/css/**", "/js/**", "/favicon.ico",
					"/error")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/**")
			.hasAnyRole(ADMIN, VIEWER)
			.anyRequest()
			.hasRole(ADMIN))
			.formLogin((form) -> form.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureHandler(loginFailed())
				.permitAll())
			.logout((logout) -> logout.addLogoutHandler(loggedOut(audit)).logoutSuccessUrl("/login?logout").permitAll())
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(denied(audit)))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/**
	 * Back to the form: wrong password, or too many attempts (which says for how long).
	 */
	private static AuthenticationFailureHandler loginFailed() {
		return (request, response, ex) -> {
			String target = (ex instanceof ThrottledAuthentication.LoginThrottledException throttled)
					? "/login?locked=" + throttled.minutes() : "/login?error";
			response.sendRedirect(request.getContextPath() + target);
		};
	}

	private static LogoutHandler loggedOut(AuditLog audit) {
		return (request, response, authentication) -> {
			if (authentication != null) {
				audit.record(authentication.getName(), request.getRemoteAddr(), "LOGOUT", null, null, AuditOutcome.OK,
						null);
			}
		};
	}

	/** A denied request in the audit log, then the 403 page (or problem document). */
	private static AccessDeniedHandler denied(AuditLog audit) {
		AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
		return (request, response, ex) -> {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			String user = (authentication != null) ? authentication.getName() : "匿名";
			String why = (ex instanceof CsrfException) ? "CSRF 令牌缺失或无效（页面可能已过期）" : "没有权限";
			audit.record(user, request.getRemoteAddr(), "DENIED", request.getMethod() + " " + request.getRequestURI(),
					why, AuditOutcome.DENIED, null);
			forbidden.handle(request, response, ex);
		};
	}

	/** 401 without a Basic challenge, with a problem document saying why. */
	private static void apiUnauthorized(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException {
		boolean throttled = ex instanceof ThrottledAuthentication.LoginThrottledException;
		HttpStatus status = throttled ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNAUTHORIZED;
		String detail = throttled ? ex.getMessage() : "需要用户名和密码（HTTP Basic），或用户名、密码不正确";
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + ErrorPages.title(status.value()) + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + detail + "\"}");
	}

}
