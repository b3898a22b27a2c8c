package org.chunfeng.deliverable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chunfeng.intake.city.Metric;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.reconcile.ReconciliationText;
import org.chunfeng.reconcile.SubmissionStatus;

/**
 * The province's headline figures: the first sentences of every report mail. The totals
 * are the sums of the figures shown (SPEC §4.1); what they cover is said right after
 * them.
 */
public final class Headlines {

	private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private Headlines() {
	}

	/**
	 * 截至2024年2月29日，全省累计举办线上招聘会…场、提供岗位…个，线下招聘会…场、提供岗位…个，签订就业协议（意向）…人次。 全省 only when every
	 * city's figures are in the sums, else 已报送的10市合计举办…. When no city sent anything for
	 * the period, the sentence says so first and whose figures of which dates are summed:
	 * 本期（2024年3月7日）各市均未报送新数据，以下为10市最近一次报送（2月29日、2月22日）的数据之和：累计举办…. When no city has
	 * figures: 截至…，各市均未报送数据。
	 */
	public static String sentence(Reconciliation reconciliation) {
		Map<Metric, BigDecimal> totals = reconciliation.totals();
		String date = "截至" + chineseDate(reconciliation.asOf());
		if (totals.isEmpty()) {
			return date + "，各市均未报送数据。";
		}
		String figures = "线上招聘会" + plain(totals.get(Metric.ONLINE_FAIRS)) + "场、提供岗位"
				+ plain(totals.get(Metric.ONLINE_POSITIONS)) + "个，线下招聘会" + plain(totals.get(Metric.OFFLINE_FAIRS))
				+ "场、提供岗位" + plain(totals.get(Metric.OFFLINE_POSITIONS)) + "个，签订就业协议（意向）"
				+ plain(totals.get(Metric.AGREEMENTS)) + "人次。";
		List<CityReconciliation> shown = reconciliation.withFigures();
		boolean everyCity = shown.size() == reconciliation.cities().size();
		if (reconciliation.cities().stream().noneMatch(CityReconciliation::submitted)) {
			String dates = shown.stream()
				.map((city) -> city.figuresAsOf().orElseThrow())
				.distinct()
				.sorted(Comparator.reverseOrder())
				.map(ReconciliationText::shortDate)
				.collect(Collectors.joining("、"));
			List<String> refused = reconciliation.withStatus(SubmissionStatus.REFUSED)
				.stream()
				.map((city) -> city.city().name())
				.toList();
			String none = refused.isEmpty() ? "各市均未报送新数据"
					: "没有城市报送新的有效数据（" + String.join("、", refused) + "所报文件未通过校验，已退回）";
			return "本期（" + chineseDate(reconciliation.period()) + "）" + none + "，以下为"
					+ (everyCity ? "各市" : shown.size() + "市") + "最近一次报送（" + dates + "）的数据之和："
					+ (everyCity ? "全省累计举办" : "累计举办") + figures;
		}
		return date + "，" + (everyCity ? "全省累计举办" : ReconciliationText.totalsScope(reconciliation) + "举办") + figures;
	}

	/**
	 * 包车、专列（包车厢）、包机合计运送…人次；用于开展招聘活动资金…万元，发放就业补贴…万元。 Empty when no city has figures.
	 */
	public static String transportAndFunds(Reconciliation reconciliation) {
		Map<Metric, BigDecimal> totals = reconciliation.totals();
		if (totals.isEmpty()) {
			return "";
		}
		return "包车、专列（包车厢）、包机合计运送" + plain(totals.get(Metric.TRANSPORT_TOTAL)) + "人次；用于开展各类招聘活动资金"
				+ plain(totals.get(Metric.RECRUITMENT_FUNDS_WAN)) + "万元，发放各类就业补贴"
				+ plain(totals.get(Metric.SUBSIDIES_WAN)) + "万元。";
	}

	/** What the totals cover: 合计为已报送10市之和，吕梁市未报送，未计入合计；大同市沿用2月22日数据。 */
	public static String coverage(Reconciliation reconciliation) {
		return ReconciliationText.coverage(reconciliation);
	}

	/** The sum of the figures shown, every metric; empty when no city has figures. */
	public static Map<Metric, BigDecimal> totals(Reconciliation reconciliation) {
		return reconciliation.totals();
	}

	/** 2024年2月29日. */
	public static String chineseDate(LocalDate date) {
		return date.format(CHINESE_DATE);
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
