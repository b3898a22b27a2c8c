package org.chunfeng.deliverable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;

import org.chunfeng.intake.city.Metric;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.Reconciliation;

/** The province's headline figures: the first sentence of every report mail. */
public final class Headlines {

	private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private Headlines() {
	}

	/**
	 * 截至2024年2月29日，全省累计举办线上招聘会…场、提供岗位…个，线下招聘会…场、提供岗位…个，签订就业协议（意向）…人次。
	 */
	public static String sentence(Reconciliation reconciliation) {
		Map<Metric, BigDecimal> totals = totals(reconciliation);
		return "截至" + chineseDate(reconciliation.asOf()) + "，全省累计举办线上招聘会" + plain(totals.get(Metric.ONLINE_FAIRS))
				+ "场、提供岗位" + plain(totals.get(Metric.ONLINE_POSITIONS)) + "个，线下招聘会"
				+ plain(totals.get(Metric.OFFLINE_FAIRS)) + "场、提供岗位" + plain(totals.get(Metric.OFFLINE_POSITIONS))
				+ "个，签订就业协议（意向）" + plain(totals.get(Metric.AGREEMENTS)) + "人次。";
	}

	/** The sum of the submitted cities' reported figures, every metric. */
	public static Map<Metric, BigDecimal> totals(Reconciliation reconciliation) {
		Map<Metric, BigDecimal> totals = new EnumMap<>(Metric.class);
		for (Metric metric : Metric.values()) {
			totals.put(metric, BigDecimal.ZERO);
		}
		for (CityReconciliation city : reconciliation.cities()) {
			city.submission().ifPresent((submission) -> {
				for (Metric metric : Metric.values()) {
					totals.merge(metric, submission.figure(metric), BigDecimal::add);
				}
			});
		}
		return totals;
	}

	/** 2024年2月29日. */
	public static String chineseDate(LocalDate date) {
		return date.format(CHINESE_DATE);
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
