package org.chunfeng.deliverable.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code chunfeng.contact} in {@code config/recipients.yml}: the province's contact
 * person, named at the end of every message to a city. Each may be empty ("").
 */
@ConfigurationProperties("chunfeng.contact")
@Validated
record ProvinceContact(@NotNull String name, @NotNull String phone, @NotNull String email) {

	/** 联系人：…，电话 …，邮箱 …。 Empty when none is configured. */
	String line() {
		List<String> parts = new ArrayList<>();
		if (!this.name.isBlank()) {
			parts.add(this.name.strip());
		}
		if (!this.phone.isBlank()) {
			parts.add("电话 " + this.phone.strip());
		}
		if (!this.email.isBlank()) {
			parts.add("邮箱 " + this.email.strip());
		}
		return parts.isEmpty() ? "" : "联系人：" + String.join("，", parts) + "。";
	}

}
