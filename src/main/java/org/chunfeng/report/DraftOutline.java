package org.chunfeng.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.chunfeng.intake.city.Metric;

/**
 * What a phase or final report says, section by section, as its {@code jobs/} file
 * describes it (SPEC §5.5): the notice's sections in order, each with the province's
 * figures as sentences, a city table and the cities' own texts. Next year's notice is an
 * edit of the file. Texts may hold {@code {campaign}} (2024年春风行动), {@code {province}} and
 * {@code {asOf}} (2024年2月1日).
 *
 * @param title the document's title, e.g. 关于{campaign}春节前阶段性活动进展情况的报告
 * @param addressee to whom, without the colon, e.g. 厅领导
 * @param issuer the department above the date
 * @param opening the paragraphs before the first section
 * @param progressSince a campaign deadline id (phase1, …): a city's 阶段进展 counts only from
 * a submission for a reporting date on or after it, so that the second report does not
 * quote the first one's texts; null for any
 * @param progressName what the cities' 阶段进展 sheets are called in the text, e.g. 工作总结;
 * null for 阶段进展情况 (本阶段进展情况 with {@code progressSince})
 * @param sections the notice's sections, in order; numbered 一、二、… and (一)(二)…
 */
public record DraftOutline(String title, String addressee, String issuer, List<String> opening, String progressSince,
		String progressName, List<Section> sections) {

	/** 阶段进展 counts a section may sum: 返乡人数, 留岗人数, 返岗人数, 外出务工人数. */
	public static final List<String> PHASE_COUNTS = List.of("returned-home", "stayed-at-post", "returned-to-post",
			"migrant-workers");

	/**
	 * Sentences of the statistics table's figures: 招聘活动, 岗位收集发布, 招聘服务活动, 签订就业协议, 返乡创业,
	 * 资金补贴, 包车专列包机运送.
	 */
	public static final List<String> STATISTICS_FIGURES = List.of("recruitment", "positions", "fairs", "agreements",
			"entrepreneurship", "funds", "transport");

	/** 阶段进展 texts a section may quote. */
	public static final List<String> QUOTES = List.of("launch-ceremony", "activity-plan", "measures", "problems");

	public DraftOutline {
		opening = (opening != null) ? List.copyOf(opening) : List.of();
		sections = (sections != null) ? List.copyOf(sections) : List.of();
	}

	/**
	 * A section (一、…) or one of its items (（一）…).
	 *
	 * @param heading without its number, e.g. 活动开展情况
	 * @param figures the province's figures said as sentences ({@link #PHASE_COUNTS},
	 * {@link #STATISTICS_FIGURES})
	 * @param table the columns of a city table ({@link #PHASE_COUNTS} or a metric key of
	 * SPEC §3.1 such as {@code online_fairs}); empty for none
	 * @param quote the 阶段进展 text quoted from every city ({@link #QUOTES}), or null
	 * @param items its items
	 */
	public record Section(String heading, List<String> figures, List<String> table, String quote, List<Section> items) {

		public Section {
			figures = (figures != null) ? List.copyOf(figures) : List.of();
			table = (table != null) ? List.copyOf(table) : List.of();
			items = (items != null) ? List.copyOf(items) : List.of();
		}

	}

	/** What is wrong with the outline, one line each; empty when nothing is. */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (this.title == null || this.title.isBlank()) {
			problems.add("draft.title is required");
		}
		if (this.sections.isEmpty()) {
			problems.add("draft.sections lists no section");
		}
		Set<String> metricKeys = new java.util.HashSet<>();
		for (Metric metric : Metric.values()) {
			metricKeys.add(metric.key());
		}
		check(this.sections, "draft.sections", metricKeys, problems);
		return problems;
	}

	private static void check(List<Section> sections, String path, Set<String> metricKeys, List<String> problems) {
		for (int i = 0; i < sections.size(); i++) {
			Section section = sections.get(i);
			String at = path + "[" + i + "]";
			if (section.heading() == null || section.heading().isBlank()) {
				problems.add(at + ".heading is required");
			}
			for (String figure : section.figures()) {
				if (!PHASE_COUNTS.contains(figure) && !STATISTICS_FIGURES.contains(figure)) {
					problems.add(at + ".figures: unknown '" + figure + "' (known: " + String.join(", ", PHASE_COUNTS)
							+ ", " + String.join(", ", STATISTICS_FIGURES) + ")");
				}
			}
			for (String column : section.table()) {
				if (!PHASE_COUNTS.contains(column) && !metricKeys.contains(column)) {
					problems.add(at + ".table: unknown column '" + column + "' (known: "
							+ String.join(", ", PHASE_COUNTS) + " and the metric keys such as online_fairs)");
				}
			}
			if (section.quote() != null && !QUOTES.contains(section.quote())) {
				problems
					.add(at + ".quote: unknown '" + section.quote() + "' (known: " + String.join(", ", QUOTES) + ")");
			}
			check(section.items(), at + ".items", metricKeys, problems);
		}
	}

}
