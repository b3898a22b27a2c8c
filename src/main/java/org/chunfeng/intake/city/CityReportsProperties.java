package org.chunfeng.intake.city;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the city workbook intake ({@code config/city-reports.yml}).
 *
 * @param maxFileSize larger files are refused before they are opened (an upload before it
 * is kept)
 * @param headerSearchRows rows of each sheet searched for the table's header
 */
@ConfigurationProperties("chunfeng.city-reports")
@Validated
public record CityReportsProperties(@NotNull DataSize maxFileSize, @Positive int headerSearchRows) {

}
