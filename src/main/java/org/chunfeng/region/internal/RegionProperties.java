package org.chunfeng.region.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * {@code chunfeng.region} in {@code config/application.yml}.
 *
 * @param divisions the divisions file: each city and county with its official code
 * @param province the province they are in
 */
@ConfigurationProperties("chunfeng.region")
@Validated
record RegionProperties(@NotNull Resource divisions, @NotBlank String province) {

}
