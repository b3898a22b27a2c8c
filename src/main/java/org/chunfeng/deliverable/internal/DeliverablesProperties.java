package org.chunfeng.deliverable.internal;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code chunfeng.deliverables} in {@code config/application.yml}.
 *
 * @param location the folder of the deliverable files, one {@code *.yml} each
 */
@ConfigurationProperties("chunfeng.deliverables")
@Validated
record DeliverablesProperties(@NotBlank String location) {

}
