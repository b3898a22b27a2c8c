package org.chunfeng.intake.city.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the city workbook intake ({@code config/city-reports.yml}).
 *
 * @param maxFileSize larger files are refused before they are opened
 * @param headerSearchRows rows of each sheet searched for the table's header
 */
@ConfigurationProperties("chunfeng.city-reports")
record CityReportsProperties(@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("60") int headerSearchRows) {

}
