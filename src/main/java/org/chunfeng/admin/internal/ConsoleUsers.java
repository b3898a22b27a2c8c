package org.chunfeng.admin.internal;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The console's users (config/security.yml, {@code chunfeng.security.users}) with bcrypt
 * password hashes. Names, hashes and roles are checked where the console's users are made
 * ({@link SecuritySetup}), and by {@link ExposureCheck} before {@code serve} starts.
 */
@ConfigurationProperties("chunfeng.security")
@Validated
record ConsoleUsers(@NotNull List<@Valid User> users) {

	/**
	 * @param roles ADMIN (may change things) and/or VIEWER (may only look)
	 */
	record User(String name, String passwordHash, @NotNull List<String> roles) {

	}

}
