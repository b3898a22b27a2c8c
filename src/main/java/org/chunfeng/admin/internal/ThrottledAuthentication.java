package org.chunfeng.admin.internal;

import java.time.Duration;

import org.chunfeng.audit.AuditLog;
import org.chunfeng.audit.AuditOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password check of the console's form and the API's Basic authentication, behind the
 * {@link LoginThrottle}: a throttled attempt is refused before its password is looked at;
 * every failure and every refusal is logged and written to the audit log.
 */
class ThrottledAuthentication implements AuthenticationProvider {

	private static final Logger logger = LoggerFactory.getLogger(ThrottledAuthentication.class);

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final AuditLog audit;

	ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle, AuditLog audit) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.audit = audit;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String user = authentication.getName();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		Duration wait = this.throttle.blocked(user, address);
		if (wait != null) {
			long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
			logger.warn("login of '{}' from {} refused: too many failed logins, {} min left", user, address, minutes);
			this.audit.record(user, address, "LOGIN", null, "失败次数过多，登录已暂停，约 " + minutes + " 分钟后可再试",
					AuditOutcome.THROTTLED, null);
			throw new LoginThrottledException(minutes);
		}
		try {
			Authentication authenticated = this.passwords.authenticate(authentication);
			this.throttle.succeeded(user);
			return authenticated;
		}
		catch (AuthenticationException ex) {
			this.throttle.failed(user, address);
			logger.warn("failed login of '{}' from {}", user, address);
			this.audit.record(user, address, "LOGIN", null, "用户名或密码不正确", AuditOutcome.FAILED, null);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** Too many failed logins: refused without checking the password. */
	static class LoginThrottledException extends AuthenticationException {

		private final long minutes;

		LoginThrottledException(long minutes) {
			super("登录失败次数过多，已暂停登录，请约 " + minutes + " 分钟后再试");
			this.minutes = minutes;
		}

		long minutes() {
			return this.minutes;
		}

	}

}
