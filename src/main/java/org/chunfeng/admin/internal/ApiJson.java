package org.chunfeng.admin.internal;

import java.time.Instant;
import java.time.ZonedDateTime;

import org.chunfeng.campaign.Campaigns;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One time zone everywhere: the API writes every time in the campaign's zone
 * (Asia/Shanghai) with its offset, {@code 2024-02-29T18:30:00+08:00}, as the console
 * shows it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiJson {

	@Bean
	JsonMapperBuilderCustomizer campaignTimeZone(Campaigns campaigns) {
		SimpleModule module = new SimpleModule("chunfeng-times");
		module.addSerializer(Instant.class, new StdSerializer<>(Instant.class) {
			@Override
			public void serialize(Instant value, JsonGenerator generator, SerializationContext context) {
				generator.writeString(value.atZone(campaigns.current().zone()).toOffsetDateTime().toString());
			}
		});
		module.addSerializer(ZonedDateTime.class, new StdSerializer<>(ZonedDateTime.class) {
			@Override
			public void serialize(ZonedDateTime value, JsonGenerator generator, SerializationContext context) {
				generator
					.writeString(value.withZoneSameInstant(campaigns.current().zone()).toOffsetDateTime().toString());
			}
		});
		return (builder) -> builder.addModule(module);
	}

}
