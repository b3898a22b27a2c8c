package org.chunfeng.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.chunfeng.campaign.CampaignCalendar;
import org.chunfeng.intake.city.Metric;
import org.chunfeng.intake.city.PhaseProgress;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.reconcile.ReconciliationText;
import org.chunfeng.reconcile.SubmissionStatus;
import org.chunfeng.report.DraftOutline;
import org.chunfeng.report.StageReport;

/**
 * Fills a {@link DraftOutline} in from a reconciliation (SPEC §4.1, §5.5): the statistics
 * figures as the report shows them (carried-forward ones labelled, a city without figures
 * named, never a 0), and the cities' 阶段进展 items — a count left blank is 未填 and counts
 * nowhere, a city without 阶段进展 is named.
 */
public final class StageBuilder {

	static final String NOT_REPORTED = "未报送";

	static final String BLANK = "未填";

	private static final String[] NUMBERS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二" };

	private final DraftOutline outline;

	private final Reconciliation reconciliation;

	private final CampaignCalendar campaign;

	private final LocalDate progressFrom;

	private StageBuilder(DraftOutline outline, Reconciliation reconciliation, CampaignCalendar campaign,
			String progressSince) {
		this.outline = outline;
		this.reconciliation = reconciliation;
		this.campaign = campaign;
		this.progressFrom = (progressSince != null && !progressSince.isBlank()) ? campaign.deadline(progressSince)
				: null;
	}

	public static StageReport build(DraftOutline outline, Reconciliation reconciliation, CampaignCalendar campaign) {
		return new StageBuilder(outline, reconciliation, campaign, outline.progressSince()).build();
	}

	/**
	 * The cities' 阶段进展 as a stage sees it, for the workbook's 阶段进展 sheet.
	 * @param outline the deliverable's draft outline, or null: every city's 阶段进展 counts
	 */
	static StageBuilder progress(Reconciliation reconciliation, CampaignCalendar campaign, DraftOutline outline) {
		return new StageBuilder(outline, reconciliation, campaign, (outline != null) ? outline.progressSince() : null);
	}

	private StageReport build() {
		List<String> opening = new ArrayList<>();
		this.outline.opening().stream().map(this::fill).forEach(opening::add);
		opening.addAll(coverage());
		List<StageReport.Section> sections = new ArrayList<>();
		for (int i = 0; i < this.outline.sections().size(); i++) {
			sections.add(section(this.outline.sections().get(i), 1, i, true));
		}
		return new StageReport(fill(this.outline.title()), this.outline.addressee(), fill(this.outline.issuer()),
				this.reconciliation.asOf(), opening, sections);
	}

	String fill(String text) {
		if (text == null) {
			return null;
		}
		return text.replace("{campaign}", this.campaign.name())
			.replace("{province}", this.campaign.province())
			.replace("{asOf}", ReconciliationText.date(this.reconciliation.asOf()));
	}

	// ---- the cities' 阶段进展

	/** What a city reported for this stage. */
	enum Reported {

		/** no figures at all: not submitted, or its files refused */
		NONE,
		/** figures, but no 阶段进展 for this stage */
		NO_PROGRESS,
		/** a 阶段进展 sheet */
		PROGRESS

	}

	Reported reported(CityReconciliation city) {
		if (!city.hasFigures()) {
			return Reported.NONE;
		}
		return progress(city).isPresent() ? Reported.PROGRESS : Reported.NO_PROGRESS;
	}

	/**
	 * The city's 阶段进展: that of the submission shown, when it is for this stage (on or
	 * after {@code progressSince}).
	 */
	Optional<PhaseProgress> progress(CityReconciliation city) {
		return city.submission()
			.filter((shown) -> this.progressFrom == null || !shown.reportingDate().isBefore(this.progressFrom))
			.flatMap((shown) -> shown.phaseProgress());
	}

	static Long count(PhaseProgress progress, String key) {
		return switch (key) {
			case "returned-home" -> progress.returnedHome();
			case "stayed-at-post" -> progress.stayedAtPost();
			case "returned-to-post" -> progress.returnedToPost();
			case "migrant-workers" -> progress.migrantWorkers();
			default -> throw new IllegalArgumentException("not a 阶段进展 count: " + key);
		};
	}

	static String countLabel(String key) {
		return switch (key) {
			case "returned-home" -> "返乡人数";
			case "stayed-at-post" -> "留岗人数";
			case "returned-to-post" -> "返岗人数";
			case "migrant-workers" -> "外出务工人数";
			default -> throw new IllegalArgumentException("not a 阶段进展 count: " + key);
		};
	}

	static String text(PhaseProgress progress, String key) {
		return switch (key) {
			case "launch-ceremony" -> progress.launchCeremony();
			case "activity-plan" -> progress.activityPlan();
			case "measures" -> progress.measures();
			case "problems" -> progress.problems();
			default -> throw new IllegalArgumentException("not a 阶段进展 text: " + key);
		};
	}

	static String textLabel(String key) {
		return switch (key) {
			case "launch-ceremony" -> "启动仪式情况";
			case "activity-plan" -> "活动计划安排";
			case "measures" -> "主要措施";
			case "problems" -> "困难问题和意见建议";
			default -> throw new IllegalArgumentException("not a 阶段进展 text: " + key);
		};
	}

	/**
	 * The outline's name for the cities' 阶段进展; else 阶段进展情况, or 本阶段进展情况 when earlier ones
	 * do not count.
	 */
	String progressName() {
		if (this.outline != null && this.outline.progressName() != null && !this.outline.progressName().isBlank()) {
			return this.outline.progressName();
		}
		return (this.progressFrom != null) ? "本阶段进展情况" : "阶段进展情况";
	}

	// ---- the opening

	/** Who reported what, what the totals cover, what the platform comparison found. */
	private List<String> coverage() {
		List<CityReconciliation> cities = this.reconciliation.cities();
		int all = cities.size();
		List<CityReconciliation> withFigures = this.reconciliation.withFigures();
		List<String> withProgress = names(cities, (city) -> reported(city) == Reported.PROGRESS);
		List<String> noProgress = names(cities, (city) -> reported(city) == Reported.NO_PROGRESS);
		StringBuilder first = new StringBuilder();
		if (withFigures.isEmpty()) {
			first.append("各市均未报送统计表和").append(progressName()).append("。");
			return List.of(first.toString(), ReconciliationText.comparison(this.reconciliation));
		}
		first.append((withFigures.size() == all) ? "全省" + all + "个市均报送了统计表"
				: "全省" + all + "个市中，" + withFigures.size() + "个市报送了统计表");
		if (withProgress.size() == withFigures.size()) {
			first.append("和").append(progressName());
		}
		else if (withProgress.isEmpty()) {
			first.append("，均未报送").append(progressName());
		}
		else {
			first.append("，其中").append(withProgress.size()).append("个市报送了").append(progressName());
			first.append("（").append(String.join("、", noProgress)).append("未报送）");
		}
		List<String> none = names(cities, (city) -> !city.hasFigures());
		if (!none.isEmpty()) {
			first.append("；").append(String.join("、", none)).append("未报送");
		}
		first.append("。");
		String second = "统计表各项数据为自活动开始的累计数，" + ReconciliationText.coverage(this.reconciliation);
		return List.of(first.toString(), second, ReconciliationText.comparison(this.reconciliation));
	}

	// ---- sections

	/**
	 * A section with its number: 一、 for a section, （一） for an item when there are two or
	 * more (a lone （一） numbers nothing).
	 */
	private StageReport.Section section(DraftOutline.Section section, int level, int index, boolean numbered) {
		String number = (index < NUMBERS.length) ? NUMBERS[index] : String.valueOf(index + 1);
		String heading = (level == 1) ? number + "、" + fill(section.heading())
				: numbered ? "（" + number + "）" + fill(section.heading()) : fill(section.heading());
		List<String> sentences = sentences(section.figures());
		StageReport.Table table = section.table().isEmpty() ? null : table(section.table());
		StageReport.Quotes quotes = (section.quote() != null) ? quotes(section.quote()) : null;
		List<StageReport.Section> items = new ArrayList<>();
		for (int i = 0; i < section.items().size(); i++) {
			items.add(section(section.items().get(i), level + 1, i, section.items().size() > 1));
		}
		return new StageReport.Section(heading, sentences, table, quotes, items);
	}

	/** Consecutive 阶段进展 counts make one sentence; each statistics figure its own. */
	private List<String> sentences(List<String> figures) {
		List<String> sentences = new ArrayList<>();
		List<String> counts = new ArrayList<>();
		for (String figure : figures) {
			if (DraftOutline.PHASE_COUNTS.contains(figure)) {
				counts.add(figure);
				continue;
			}
			if (!counts.isEmpty()) {
				sentences.addAll(countSentences(counts));
				counts = new ArrayList<>();
			}
			sentences.add(statisticsSentence(figure));
		}
		if (!counts.isEmpty()) {
			sentences.addAll(countSentences(counts));
		}
		return sentences;
	}

	/**
	 * 全省返乡人数12.35万人、留岗人数3.40万人。 when every city filled them in; else whose sums they are,
	 * e.g. 已填报的9市合计返乡人数12.35万人、留岗人数3.40万人。 and who is left out:
	 * 阳泉市未填；朔州市未报送本阶段进展情况；吕梁市未报送。
	 */
	List<String> countSentences(List<String> keys) {
		List<CityReconciliation> cities = this.reconciliation.cities();
		List<Long> sums = new ArrayList<>();
		List<Set<String>> covered = new ArrayList<>();
		List<String> empty = new ArrayList<>();
		List<Integer> filled = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			String key = keys.get(i);
			long sum = 0;
			Set<String> names = new LinkedHashSet<>();
			for (CityReconciliation city : cities) {
				Long value = progress(city).map((progress) -> count(progress, key)).orElse(null);
				if (value != null) {
					sum += value;
					names.add(city.city().name());
				}
			}
			sums.add(sum);
			covered.add(names);
			if (names.isEmpty()) {
				empty.add(countLabel(key));
			}
			else {
				filled.add(i);
			}
		}
		List<String> sentences = new ArrayList<>();
		List<String> parts = new ArrayList<>();
		boolean same = filled.stream().map(covered::get).distinct().count() <= 1;
		if (same && !filled.isEmpty()) {
			Set<String> names = covered.get(filled.get(0));
			String who = (names.size() == cities.size()) ? "全省" : "已填报的" + names.size() + "市合计";
			sentences.add(who + String.join("、",
					filled.stream().map((i) -> countLabel(keys.get(i)) + persons(sums.get(i))).toList()) + "。");
			List<String> blank = blankCities(keys.get(filled.get(0)));
			if (!blank.isEmpty()) {
				parts.add(String.join("、", blank) + BLANK);
			}
		}
		else if (!filled.isEmpty()) {
			List<String> each = new ArrayList<>();
			for (int i : filled) {
				List<String> blank = blankCities(keys.get(i));
				each.add(countLabel(keys.get(i)) + persons(sums.get(i)) + "（" + covered.get(i).size() + "市"
						+ (blank.isEmpty() ? "" : "，" + String.join("、", blank) + BLANK) + "）");
			}
			sentences.add("已填报的市合计" + String.join("、", each) + "。");
		}
		if (!empty.isEmpty()) {
			parts.add(0, "各市均未填报" + String.join("、", empty));
		}
		List<String> noProgress = names(cities, (city) -> reported(city) == Reported.NO_PROGRESS);
		if (!noProgress.isEmpty()) {
			parts.add(String.join("、", noProgress) + "未报送" + progressName());
		}
		List<String> none = names(cities, (city) -> reported(city) == Reported.NONE);
		if (!none.isEmpty()) {
			parts.add(String.join("、", none) + NOT_REPORTED);
		}
		List<String> carried = names(cities, (city) -> reported(city) == Reported.PROGRESS && city.carriedForward()
				&& keys.stream().anyMatch((key) -> count(progress(city).orElseThrow(), key) != null));
		if (!carried.isEmpty()) {
			parts.add(carriedNote(carried));
		}
		if (!parts.isEmpty()) {
			sentences.add(String.join("；", parts) + "。");
		}
		return sentences;
	}

	/** 大同市沿用1月31日数据, grouped by date. */
	private String carriedNote(List<String> names) {
		Map<LocalDate, List<String>> byDate = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
		for (CityReconciliation city : this.reconciliation.cities()) {
			if (names.contains(city.city().name())) {
				byDate.computeIfAbsent(city.figuresAsOf().orElseThrow(), (date) -> new ArrayList<>())
					.add(city.city().name());
			}
		}
		List<String> notes = new ArrayList<>();
		byDate.forEach((date, cities) -> notes
			.add(String.join("、", cities) + "沿用" + ReconciliationText.shortDate(date) + "数据"));
		return String.join("，", notes);
	}

	/** The cities with this stage's 阶段进展 that left the count blank. */
	private List<String> blankCities(String key) {
		return names(this.reconciliation.cities(),
				(city) -> progress(city).map((progress) -> count(progress, key) == null).orElse(false));
	}

	/**
	 * A sentence of the statistics table's totals, as the report shows them: 全省 only when
	 * every city's figures are in them, else 已报送的10市合计…; money as the cities sent it.
	 */
	String statisticsSentence(String figure) {
		Map<Metric, BigDecimal> totals = this.reconciliation.totals();
		if (totals.isEmpty()) {
			return "各市均未报送统计表，暂无" + figureName(figure) + "数据。";
		}
		boolean everyCity = this.reconciliation.withFigures().size() == this.reconciliation.cities().size();
		// 全省累计举办… or 已报送的10市合计举办…
		String who = ReconciliationText.totalsScope(this.reconciliation);
		String summed = everyCity ? "全省累计" : who;
		Function<Metric, String> n = (metric) -> plain(totals.get(metric));
		Function<Metric, String> wan = (metric) -> money(totals.get(metric));
		return switch (figure) {
			case "recruitment" -> summed + "举办线上招聘会" + n.apply(Metric.ONLINE_FAIRS) + "场、提供岗位"
					+ n.apply(Metric.ONLINE_POSITIONS) + "个，线下招聘会" + n.apply(Metric.OFFLINE_FAIRS) + "场、提供岗位"
					+ n.apply(Metric.OFFLINE_POSITIONS) + "个，签订就业协议（意向）" + n.apply(Metric.AGREEMENTS) + "人次。";
			case "positions" -> (everyCity ? "全省各类招聘活动累计" : who + "各类招聘活动") + "提供就业岗位"
					+ plain(totals.get(Metric.ONLINE_POSITIONS).add(totals.get(Metric.OFFLINE_POSITIONS))) + "个，其中线上招聘会"
					+ n.apply(Metric.ONLINE_POSITIONS) + "个、线下招聘会" + n.apply(Metric.OFFLINE_POSITIONS) + "个。";
			case "fairs" ->
				summed + "举办招聘会" + plain(totals.get(Metric.ONLINE_FAIRS).add(totals.get(Metric.OFFLINE_FAIRS)))
						+ "场，其中线上" + n.apply(Metric.ONLINE_FAIRS) + "场、线下" + n.apply(Metric.OFFLINE_FAIRS) + "场。";
			case "agreements" -> summed + "签订就业协议（意向）" + n.apply(Metric.AGREEMENTS) + "人次。";
			case "entrepreneurship" -> summed + "推介返乡创业项目" + n.apply(Metric.PROJECTS_PROMOTED) + "个，组织创业导师指导"
					+ n.apply(Metric.MENTOR_SESSIONS) + "人次，提供创业场地资源" + n.apply(Metric.VENUES_PROVIDED) + "个。";
			case "funds" -> who + "用于开展各类招聘活动资金" + wan.apply(Metric.RECRUITMENT_FUNDS_WAN) + "万元，发放各类就业补贴"
					+ wan.apply(Metric.SUBSIDIES_WAN) + "万元。";
			case "transport" -> (everyCity ? "全省" : "已报送的" + this.reconciliation.withFigures().size() + "市")
					+ "通过包车、专列（包车厢）、包机合计运送" + n.apply(Metric.TRANSPORT_TOTAL) + "人次，其中专车" + n.apply(Metric.BUS_COUNT)
					+ "辆、运送" + n.apply(Metric.BUS_PASSENGERS) + "人次，专列（含包车厢）" + n.apply(Metric.TRAIN_COUNT) + "列（节）、运送"
					+ n.apply(Metric.TRAIN_PASSENGERS) + "人次，包机" + n.apply(Metric.FLIGHT_COUNT) + "架次、运送"
					+ n.apply(Metric.FLIGHT_PASSENGERS) + "人次。";
			default -> throw new IllegalArgumentException("unknown figure " + figure);
		};
	}

	private static String figureName(String figure) {
		return switch (figure) {
			case "recruitment", "fairs" -> "招聘活动";
			case "positions" -> "岗位";
			case "agreements" -> "签订就业协议";
			case "entrepreneurship" -> "返乡创业";
			case "funds" -> "资金补贴";
			case "transport" -> "包车、专列（包车厢）、包机运送";
			default -> figure;
		};
	}

	// ---- the city table

	/** Short column headers for tables in the text. */
	static String columnHeader(String key) {
		if (DraftOutline.PHASE_COUNTS.contains(key)) {
			return countLabel(key) + "（人）";
		}
		return switch (key) {
			case "online_fairs" -> "线上招聘会（场）";
			case "online_positions" -> "线上招聘会提供岗位（个）";
			case "offline_fairs" -> "线下招聘会（场）";
			case "offline_positions" -> "线下招聘会提供岗位（个）";
			case "agreements" -> "签订就业协议（意向）（人次）";
			case "transport_total" -> "合计运送（人次）";
			case "bus_count" -> "专车（辆）";
			case "bus_passengers" -> "专车运送（人次）";
			case "train_count" -> "专列（含包车厢）（列/节）";
			case "train_passengers" -> "专列运送（人次）";
			case "flight_count" -> "包机（架次）";
			case "flight_passengers" -> "包机运送（人次）";
			case "projects_promoted" -> "推介创业项目（个）";
			case "mentor_sessions" -> "创业导师指导（人次）";
			case "venues_provided" -> "提供创业场地资源（个）";
			case "recruitment_funds_wan" -> "招聘活动资金（万元）";
			case "subsidies_wan" -> "发放就业补贴（万元）";
			default -> key;
		};
	}

	StageReport.Table table(List<String> columns) {
		List<CityReconciliation> cities = this.reconciliation.cities();
		boolean notes = cities.stream().anyMatch((city) -> !note(city).isEmpty());
		List<String> header = new ArrayList<>();
		header.add(Metric.CITY_HEADER);
		columns.stream().map(StageBuilder::columnHeader).forEach(header::add);
		if (notes) {
			header.add("备注");
		}
		List<List<String>> rows = new ArrayList<>();
		for (CityReconciliation city : cities) {
			List<String> row = new ArrayList<>();
			row.add(city.city().name());
			for (String column : columns) {
				row.add(cell(city, column));
			}
			if (notes) {
				row.add(note(city));
			}
			rows.add(row);
		}
		List<String> total = new ArrayList<>();
		total.add(StatisticsSheet.TOTAL);
		for (String column : columns) {
			total.add(totalCell(column));
		}
		if (notes) {
			total.add("");
		}
		rows.add(total);
		return new StageReport.Table(header, rows, 1);
	}

	private String cell(CityReconciliation city, String column) {
		if (DraftOutline.PHASE_COUNTS.contains(column)) {
			return switch (reported(city)) {
				case NONE, NO_PROGRESS -> NOT_REPORTED;
				case PROGRESS -> {
					Long value = count(progress(city).orElseThrow(), column);
					yield (value != null) ? String.valueOf(value) : BLANK;
				}
			};
		}
		Metric metric = metric(column);
		return city.figure(metric).map((value) -> metric.money() ? money(value) : plain(value)).orElse(NOT_REPORTED);
	}

	private String totalCell(String column) {
		if (DraftOutline.PHASE_COUNTS.contains(column)) {
			long sum = 0;
			boolean any = false;
			for (CityReconciliation city : this.reconciliation.cities()) {
				Long value = progress(city).map((progress) -> count(progress, column)).orElse(null);
				if (value != null) {
					sum += value;
					any = true;
				}
			}
			return any ? String.valueOf(sum) : "—";
		}
		Metric metric = metric(column);
		BigDecimal sum = this.reconciliation.totals().get(metric);
		return (sum == null) ? "—" : metric.money() ? money(sum) : plain(sum);
	}

	/**
	 * 沿用1月31日数据 (退回，沿用…) for figures of an earlier date, 所报文件被退回 for a refused city
	 * without figures.
	 */
	private String note(CityReconciliation city) {
		if (!city.hasFigures()) {
			return (city.status() == SubmissionStatus.REFUSED) ? "所报文件被退回" : "";
		}
		if (city.carriedForward()) {
			return ReconciliationText.status(city);
		}
		return "";
	}

	static Metric metric(String key) {
		for (Metric metric : Metric.values()) {
			if (metric.key().equals(key)) {
				return metric;
			}
		}
		throw new IllegalArgumentException("unknown metric " + key);
	}

	// ---- quotes

	StageReport.Quotes quotes(String key) {
		List<StageReport.Quote> quotes = new ArrayList<>();
		List<String> silent = new ArrayList<>();
		for (CityReconciliation city : this.reconciliation.cities()) {
			String text = progress(city).map((progress) -> text(progress, key)).map(String::strip).orElse("");
			if (text.isEmpty()) {
				silent.add(city.city().name());
			}
			else {
				String note = city.carriedForward()
						? "沿用" + ReconciliationText.shortDate(city.figuresAsOf().orElseThrow()) + "报送内容" : null;
				quotes.add(new StageReport.Quote(city.city().name(), note, text));
			}
		}
		return new StageReport.Quotes(textLabel(key), quotes, silent);
	}

	// ---- numbers

	/** 12.35万人 from ten thousand up, else 8765人. */
	static String persons(long count) {
		if (count >= 10_000) {
			return BigDecimal.valueOf(count).divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP).toPlainString()
					+ "万人";
		}
		return count + "人";
	}

	static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return ((stripped.scale() < 0) ? stripped.setScale(0) : stripped).toPlainString();
	}

	/**
	 * 万元 as the cities sent it (up to 4 decimals), and totals exactly their sum: one
	 * precision in every text, so that the figures shown add up to the total shown.
	 */
	static String money(BigDecimal value) {
		return plain(value);
	}

	private static List<String> names(List<CityReconciliation> cities,
			java.util.function.Predicate<CityReconciliation> which) {
		return cities.stream().filter(which).map((city) -> city.city().name()).toList();
	}

}
