package org.chunfeng.schedule.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who gets the scheduler's alerts (config/security.yml, {@code chunfeng.alerts}).
 *
 * @param group the recipient group of config/recipients.yml
 * ({@code chunfeng.mail.groups})
 */
@ConfigurationProperties("chunfeng.alerts")
record AlertSettings(@DefaultValue("admins") String group) {

}
