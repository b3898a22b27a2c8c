package org.chunfeng.schedule.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who gets the scheduler's alerts (config/security.yml, {@code chunfeng.alerts}).
 *
 * @param recipients the admins' addresses
 * @param from the sender address
 */
@ConfigurationProperties("chunfeng.alerts")
record AlertSettings(@DefaultValue List<String> recipients, @DefaultValue("chunfeng@localhost") String from) {

}
