package org.chunfeng.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Recipients and delivery settings from {@code config/recipients.yml}.
 *
 * @param from the sender address
 * @param groups recipient groups by name (leaders, staff, admins)
 * @param cities each city's addresses, by the city's official name (太原市)
 * @param retry retries of transient SMTP failures
 */
@ConfigurationProperties("chunfeng.mail")
@Validated
public record MailRecipients(@NotBlank String from, @NotNull Map<String, List<String>> groups,
		@NotNull Map<String, List<String>> cities, @NotNull @Valid Retry retry) {

	/** The addresses of a group; empty when the group is not configured. */
	public List<String> group(String name) {
		return this.groups.getOrDefault(name, List.of());
	}

	/** The addresses of a city; empty when it has none configured. */
	public List<String> city(String cityName) {
		return this.cities.getOrDefault(cityName, List.of());
	}

	/**
	 * @param attempts tries per message, the first included
	 * @param initialBackoff wait before the second try
	 * @param multiplier each further wait is this much longer
	 */
	public record Retry(@Positive int attempts, @NotNull Duration initialBackoff, @DecimalMin("1") double multiplier) {

	}

}
