package org.chunfeng.admin.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

/**
 * Failed logins counted per user name and per client address within a window, in memory:
 * past the limit of either, further attempts are refused without checking the password
 * until the oldest failure leaves the window. A success clears the user's count (not the
 * address's, which one good account must not reset).
 */
@ConditionalOnWebApplication
@Component
class LoginThrottle {

	/** Beyond this many counted keys, expired ones are swept (many guessed names). */
	private static final int SWEEP_ABOVE = 10_000;

	private final Settings settings;

	private final Clock clock;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	LoginThrottle(Settings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/** How long until an attempt is allowed again; null when it is now. */
	Duration blocked(String user, String address) {
		Instant now = this.clock.instant();
		Duration byUser = wait(userKey(user), this.settings.maxFailuresPerUser(), now);
		Duration byAddress = wait(addressKey(address), this.settings.maxFailuresPerAddress(), now);
		if (byUser == null) {
			return byAddress;
		}
		return (byAddress == null || byUser.compareTo(byAddress) > 0) ? byUser : byAddress;
	}

	void failed(String user, String address) {
		Instant now = this.clock.instant();
		if (this.failures.size() > SWEEP_ABOVE) {
			this.failures.values().removeIf((times) -> {
				synchronized (times) {
					prune(times, now);
					return times.isEmpty();
				}
			});
		}
		for (String key : new String[] { userKey(user), addressKey(address) }) {
			Deque<Instant> times = this.failures.computeIfAbsent(key, (k) -> new ArrayDeque<>());
			synchronized (times) {
				prune(times, now);
				times.addLast(now);
			}
		}
	}

	void succeeded(String user) {
		this.failures.remove(userKey(user));
	}

	Duration window() {
		return this.settings.window();
	}

	private Duration wait(String key, int max, Instant now) {
		Deque<Instant> times = this.failures.get(key);
		if (times == null) {
			return null;
		}
		synchronized (times) {
			prune(times, now);
			if (times.size() < max) {
				return null;
			}
			// the attempt is allowed once enough failures have left the window
			Instant oldestCounted = times.stream().skip(times.size() - max).findFirst().orElse(now);
			return Duration.between(now, oldestCounted.plus(this.settings.window()));
		}
	}

	private void prune(Deque<Instant> times, Instant now) {
		Instant start = now.minus(this.settings.window());
		while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
			times.removeFirst();
		}
	}

	private static String userKey(String user) {
		return "user:" + ((user != null) ? user.strip().toLowerCase(java.util.Locale.ROOT) : "");
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

	/**
	 * {@code chunfeng.security.login-throttle} in {@code config/security.yml}.
	 *
	 * @param maxFailuresPerUser failed logins of one user name within the window before
	 * further attempts are refused
	 * @param maxFailuresPerAddress the same for one client address (higher: a proxy may
	 * stand for many people)
	 * @param window how long a failure counts
	 */
	@ConfigurationProperties("chunfeng.security.login-throttle")
	@Validated
	record Settings(@Positive int maxFailuresPerUser, @Positive int maxFailuresPerAddress,
			@NotNull @DurationMin(millis = 1) Duration window) {

	}

}
