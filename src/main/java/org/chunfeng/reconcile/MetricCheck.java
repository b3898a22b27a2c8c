package org.chunfeng.reconcile;

import java.math.BigDecimal;

import org.chunfeng.intake.city.Metric;

/**
 * One reconciled figure of one city.
 *
 * @param reported the city's figure; null when not submitted
 * @param platform the platform's figure
 * @param difference reported − platform; null when not submitted
 */
public record MetricCheck(Metric metric, BigDecimal reported, long platform, BigDecimal difference,
		MetricStatus status) {

}
