package org.chunfeng.admin.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Who may do what. ADMIN may run, upload, pause, resume and restart; VIEWER may only
 * look; only {@code /actuator/health} is anonymous.
 *
 * <p>
 * The console ({@code /**}) uses a login form, a session and CSRF tokens on every form.
 * The API ({@code /api/**}) uses HTTP Basic on each request and no session: a browser's
 * console session cookie does not authenticate it, so a cross-site form cannot use it,
 * which is why CSRF tokens are not asked of API clients. Its 401 carries no Basic
 * challenge, so that a browser never caches API credentials either.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecuritySetup {

	static final String ADMIN = "ADMIN";

	static final String VIEWER = "VIEWER";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	UserDetailsService consoleUserDetails(ConsoleUsers users) {
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
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, "/api/**")
				.hasAnyRole(ADMIN, VIEWER)
				.anyRequest()
				.hasRole(ADMIN))
			.httpBasic((basic) -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain consoleSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**", "/login", "/css/**", "/js/**", "/favicon.ico",
					"/error")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/**")
			.hasAnyRole(ADMIN, VIEWER)
			.anyRequest()
			.hasRole(ADMIN))
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll());
		return http.build();
	}

}
