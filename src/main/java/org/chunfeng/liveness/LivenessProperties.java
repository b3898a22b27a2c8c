package org.chunfeng.liveness;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How runs show they are alive ({@code chunfeng.liveness}).
 *
 * @param beatEvery how often a JVM renews the heartbeat of each run it is running
 * @param deadAfter a run whose heartbeat is older than this is dead (its JVM stopped)
 * @param checkEvery how often {@code serve} looks for dead runs to take over
 * @param host the host name in this JVM's instance id (default: the machine's)
 * @param healthTimeout the database health check answers DOWN after this long
 */
@ConfigurationProperties("chunfeng.liveness")
public record LivenessProperties(@DefaultValue("5s") Duration beatEvery, @DefaultValue("60s") Duration deadAfter,
		@DefaultValue("30s") Duration checkEvery, String host, @DefaultValue("1500ms") Duration healthTimeout) {

}
