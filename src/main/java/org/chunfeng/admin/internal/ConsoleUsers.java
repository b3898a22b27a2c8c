package org.chunfeng.admin.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The console's users (config/security.yml, {@code chunfeng.security.users}) with bcrypt
 * password hashes.
 */
@ConfigurationProperties("chunfeng.security")
record ConsoleUsers(@DefaultValue List<User> users) {

	/**
	 * @param roles ADMIN (may change things) and/or VIEWER (may only look)
	 */
	record User(String name, String passwordHash, @DefaultValue List<String> roles) {

	}

}
