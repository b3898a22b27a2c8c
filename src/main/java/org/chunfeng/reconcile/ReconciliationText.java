package org.chunfeng.reconcile;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentences every output uses to say what a reconciliation covers (the workbook's
 * notes, the mail, the console), so that they say the same true thing.
 */
public final class ReconciliationText {

	/** A phase or final report's figures: no due time applies to them. */
	private static final String SUBMITTED = "已报送";

	private ReconciliationText() {
	}

	/** 2024年2月29日. */
	public static String date(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	/** 2月29日. */
	public static String shortDate(LocalDate date) {
		return date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	/**
	 * What the figures shown for a city are: 按时, 逾期, 沿用2月22日数据, 退回，沿用2月22日数据, 退回，无可用数据 or
	 * 未报送; 已报送 for figures of a phase or final report's date, which is not a weekly due
	 * date: no due time applies to them, so they are neither 按时 nor 逾期.
	 */
	public static String status(CityReconciliation city) {
		return switch (city.status()) {
			case ON_TIME -> dueTimeApplies(city) ? city.status().label() : SUBMITTED;
			case LATE, NOT_SUBMITTED -> city.status().label();
			case CARRIED_FORWARD -> carried(city);
			case REFUSED -> "退回，" + (city.hasFigures() ? carried(city) : "无可用数据");
		};
	}

	/**
	 * The city's figures are of a weekly due date (the completeness matrix has a column
	 * for every weekly due date up to the as-of date), so that they have a due time.
	 */
	private static boolean dueTimeApplies(CityReconciliation city) {
		return city.figuresAsOf().map((date) -> city.completeness().containsKey(date)).orElse(false);
	}

	/** The period is a weekly due date, with a due time to be on time by. */
	public static boolean periodHasDueTime(Reconciliation reconciliation) {
		return reconciliation.dueDates().contains(reconciliation.period());
	}

	/**
	 * Who the totals are of, to start a sentence on them: 全省 when every city's figures
	 * are in them, else 已报送的10市合计 (a partial sum is not the province's).
	 */
	public static String totalsScope(Reconciliation reconciliation) {
		int shown = reconciliation.withFigures().size();
		return (shown == reconciliation.cities().size()) ? "全省" : "已报送的" + shown + "市合计";
	}

	/**
	 * How recent the platform data is: 平台数据更新至3月25日 (its newest record's 更新时间); "" when
	 * no record has one.
	 */
	public static String platformUpdatedTo(Reconciliation reconciliation) {
		LocalDateTime newest = reconciliation.platform().newestUpdate();
		return (newest != null) ? "平台数据更新至" + shortDate(newest.toLocalDate()) : "";
	}

	/** 沿用2月22日数据 for a city whose figures are of an earlier date, else "". */
	public static String carried(CityReconciliation city) {
		return city.carriedForward() ? "沿用" + shortDate(city.figuresAsOf().orElseThrow()) + "数据" : "";
	}

	/**
	 * What the totals cover (SPEC §4.1), e.g. 合计为已报送10市之和，吕梁市未报送，未计入合计；大同市沿用2月22日数据。
	 */
	public static String coverage(Reconciliation reconciliation) {
		List<CityReconciliation> shown = reconciliation.withFigures();
		int all = reconciliation.cities().size();
		if (shown.isEmpty()) {
			return "各市均无已报送的数据，没有合计。";
		}
		StringBuilder text = new StringBuilder(
				(shown.size() == all) ? "合计为全省" + all + "市之和" : "合计为已报送数据的" + shown.size() + "市之和");
		List<String> notSubmitted = names(reconciliation.withStatus(SubmissionStatus.NOT_SUBMITTED));
		List<String> refusedWithout = reconciliation.missing()
			.stream()
			.filter((city) -> city.status() == SubmissionStatus.REFUSED)
			.map((city) -> city.city().name())
			.toList();
		List<String> left = new ArrayList<>();
		if (!notSubmitted.isEmpty()) {
			left.add(String.join("、", notSubmitted) + "未报送");
		}
		if (!refusedWithout.isEmpty()) {
			left.add(String.join("、", refusedWithout) + "所报文件被退回、无可用数据");
		}
		if (!left.isEmpty()) {
			text.append("，").append(String.join("，", left)).append("，未计入合计");
		}
		Map<LocalDate, List<String>> carried = new LinkedHashMap<>();
		List<String> refused = new ArrayList<>();
		for (CityReconciliation city : reconciliation.carriedForward()) {
			if (city.status() == SubmissionStatus.REFUSED) {
				refused.add(city.city().name() + "本期所报文件被退回，沿用" + shortDate(city.figuresAsOf().orElseThrow()) + "数据");
			}
			else {
				carried.computeIfAbsent(city.figuresAsOf().orElseThrow(), (date) -> new ArrayList<>())
					.add(city.city().name());
			}
		}
		List<String> notes = new ArrayList<>();
		carried.entrySet()
			.stream()
			.sorted(Map.Entry.<LocalDate, List<String>>comparingByKey().reversed())
			.forEach(
					(entry) -> notes.add(String.join("、", entry.getValue()) + "沿用" + shortDate(entry.getKey()) + "数据"));
		notes.addAll(refused);
		if (!notes.isEmpty()) {
			text.append("；").append(String.join("；", notes));
		}
		return text.append("。").toString();
	}

	/**
	 * How the cities submitted for the period, e.g.
	 * 本期（2月29日）报送情况：按时7市，逾期1市（临汾市），沿用以前数据1市（大同市），退回1市（长治市），未报送1市（吕梁市）。
	 */
	public static String submissions(Reconciliation reconciliation) {
		int all = reconciliation.cities().size();
		String period = "本期（" + date(reconciliation.period()) + "）";
		boolean dueTime = periodHasDueTime(reconciliation);
		if (reconciliation.withStatus(SubmissionStatus.ON_TIME).size() == all) {
			return period + all + (dueTime ? "市均已按时报送。" : "市均已报送。");
		}
		List<String> parts = new ArrayList<>();
		for (SubmissionStatus status : SubmissionStatus.values()) {
			List<CityReconciliation> cities = reconciliation.withStatus(status);
			if (cities.isEmpty()) {
				continue;
			}
			String label = switch (status) {
				case ON_TIME -> dueTime ? "按时报送" : SUBMITTED;
				case LATE -> "逾期报送";
				case CARRIED_FORWARD -> "未报送新数据、沿用以前数据";
				case REFUSED -> "所报文件被退回";
				case NOT_SUBMITTED -> "从未报送";
			};
			parts.add(label + cities.size() + "市"
					+ ((status == SubmissionStatus.ON_TIME) ? "" : "（" + String.join("、", names(cities)) + "）"));
		}
		return period + "报送情况：" + String.join("，", parts) + "。";
	}

	/**
	 * What the comparison with the platform found; "一致" only when every city was compared
	 * and none disagrees.
	 */
	public static String comparison(Reconciliation reconciliation) {
		if (!reconciliation.platform().fresh()) {
			return "平台数据未更新（" + reconciliation.platform().reason() + "），本期未与平台数据核对，不作一致或差异的判断。";
		}
		int all = reconciliation.cities().size();
		String updated = platformUpdatedTo(reconciliation);
		if (reconciliation.allAgree()) {
			return "各市数据与平台数据一致（" + all + "市均已核对" + (updated.isEmpty() ? "" : "；" + updated) + "）。";
		}
		List<CityReconciliation> compared = reconciliation.compared();
		List<CityReconciliation> disagree = reconciliation.withDiscrepancies();
		StringBuilder text = new StringBuilder("与平台数据核对" + (updated.isEmpty() ? "" : "（" + updated + "）") + "：核对")
			.append(compared.size())
			.append("市");
		if (!compared.isEmpty()) {
			text.append("，其中")
				.append(compared.size() - disagree.size())
				.append("市一致、")
				.append(disagree.size())
				.append("市有差异");
			if (!disagree.isEmpty()) {
				text.append("（").append(String.join("、", names(disagree))).append("）");
			}
		}
		List<CityReconciliation> notCompared = reconciliation.cities()
			.stream()
			.filter((city) -> !city.compared())
			.toList();
		if (!notCompared.isEmpty()) {
			text.append("；")
				.append(notCompared.size())
				.append("市无数据、未核对（")
				.append(String.join("、", names(notCompared)))
				.append("）");
		}
		if (!reconciliation.carriedForward().isEmpty()) {
			text.append("；沿用以前数据的城市按其报送日期与平台核对");
		}
		return text.append("。").toString();
	}

	private static List<String> names(List<CityReconciliation> cities) {
		return cities.stream().map((city) -> city.city().name()).toList();
	}

}
