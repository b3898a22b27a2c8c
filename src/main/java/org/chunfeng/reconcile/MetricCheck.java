package org.chunfeng.reconcile;

import java.math.BigDecimal;

import org.chunfeng.intake.city.Metric;

/**
 * One reconciled figure of one city.
 *
 * @param reported the city's figure as shown; null when it has none
 * @param platform the platform's figure as of the city's figures' reporting date (as of
 * the period when it has none)
 * @param difference reported − platform when compared; null otherwise
 */
public record MetricCheck(Metric metric, BigDecimal reported, long platform, BigDecimal difference,
		MetricStatus status) {

}
