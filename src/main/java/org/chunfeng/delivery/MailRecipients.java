package org.chunfeng.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Recipients and delivery settings from {@code config/recipients.yml}.
 *
 * @param from the sender address
 * @param groups recipient groups by name (leaders, staff, admins)
 * @param cities each city's addresses, by the city's official name (太原市)
 * @param retry retries of transient SMTP failures
 */
@ConfigurationProperties("chunfeng.mail")
public record MailRecipients(@DefaultValue("chunfeng@localhost") String from,
		@DefaultValue Map<String, List<String>> groups, @DefaultValue Map<String, List<String>> cities,
		@DefaultValue Retry retry) {

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
	public record Retry(@DefaultValue("4") int attempts, @DefaultValue("5s") Duration initialBackoff,
			@DefaultValue("3") double multiplier) {

	}

}
