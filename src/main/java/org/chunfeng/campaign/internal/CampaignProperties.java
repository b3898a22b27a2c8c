package org.chunfeng.campaign.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code chunfeng.campaign} in {@code config/application.yml}: which campaign is current
 * and where the campaign files are.
 *
 * @param year selects {@code campaign-<year>.yml}
 * @param location the folder of the campaign files
 */
@ConfigurationProperties("chunfeng.campaign")
@Validated
record CampaignProperties(@Positive int year, @NotBlank String location) {

}
