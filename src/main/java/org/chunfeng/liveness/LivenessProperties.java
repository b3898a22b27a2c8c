package org.chunfeng.liveness;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How runs show they are alive ({@code chunfeng.liveness} in
 * {@code config/application.yml}).
 *
 * @param beatEvery how often a JVM renews the heartbeat of each run it is running
 * @param deadAfter a run whose heartbeat is older than this is dead (its JVM stopped)
 * @param checkEvery how often {@code serve} looks for dead runs to take over
 * @param host the host name in this JVM's instance id (default: the machine's)
 * @param healthTimeout the database health check answers DOWN after this long
 */
@ConfigurationProperties("chunfeng.liveness")
@Validated
public record LivenessProperties(@NotNull @DurationMin(millis = 1) Duration beatEvery,
		@NotNull @DurationMin(millis = 1) Duration deadAfter, @NotNull @DurationMin(millis = 1) Duration checkEvery,
		String host, @NotNull @DurationMin(millis = 1) Duration healthTimeout) {

}
