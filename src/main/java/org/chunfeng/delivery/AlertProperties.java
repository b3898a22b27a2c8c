package org.chunfeng.delivery;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Who gets the alerts ({@code config/alerts.yml}): the scheduler's (a deliverable still
 * unsent close to its deadline, or missed), a run's about stale platform data, and the
 * outbox's about a recipient rejected for good.
 *
 * @param group the recipient group of {@code config/recipients.yml}
 * ({@code chunfeng.mail.groups})
 */
@ConfigurationProperties("chunfeng.alerts")
@Validated
public record AlertProperties(@NotBlank String group) {

}
