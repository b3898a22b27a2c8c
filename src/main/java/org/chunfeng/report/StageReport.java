package org.chunfeng.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A phase or final report's content as of its date (SPEC §5.5): its {@link DraftOutline}
 * filled in from a run's reconciliation. The draft document and the stage's email say the
 * same sentences, tables and quotes.
 *
 * @param title the document's title, placeholders filled in
 * @param opening the paragraphs before the first section: the outline's, then who
 * reported what, what the totals cover and what the platform comparison found
 * @param sections numbered sections, in the outline's order
 */
public record StageReport(String title, String addressee, String issuer, LocalDate asOf, List<String> opening,
		List<Section> sections) {

	public StageReport {
		opening = List.copyOf(opening);
		sections = List.copyOf(sections);
	}

	/**
	 * A numbered section or item.
	 *
	 * @param heading with its number, e.g. 一、活动开展情况 or （一）启动仪式情况
	 * @param sentences the province's figures as sentences, each with what it covers
	 * @param table the cities' figures, or null
	 * @param quotes the cities' own texts, or null
	 * @param items its items
	 */
	public record Section(String heading, List<String> sentences, Table table, Quotes quotes, List<Section> items) {

		public Section {
			sentences = List.copyOf(sentences);
			items = List.copyOf(items);
		}

	}

	/**
	 * One row per city in reference order and a 合计 row last; figures as shown (未报送, 未填,
	 * never 0 for what was not reported).
	 *
	 * @param numericFrom the first column holding figures
	 */
	public record Table(List<String> header, List<List<String>> rows, int numericFrom) {

		public Table {
			header = List.copyOf(header);
			rows = rows.stream().map(List::copyOf).toList();
		}

	}

	/**
	 * The cities' texts for one 阶段进展 item.
	 *
	 * @param label the item, e.g. 启动仪式情况
	 * @param quotes the cities that wrote it, in reference order
	 * @param silent the cities that did not (nothing sent, no 阶段进展, or left blank)
	 */
	public record Quotes(String label, List<Quote> quotes, List<String> silent) {

		public Quotes {
			quotes = List.copyOf(quotes);
			silent = List.copyOf(silent);
		}

		/** 未报送启动仪式情况的市：长治市、吕梁市。 or null when every city wrote it. */
		public String silentSentence() {
			return this.silent.isEmpty() ? null : "未报送" + this.label + "的市：" + String.join("、", this.silent) + "。";
		}

	}

	/**
	 * @param city e.g. 太原市
	 * @param note what the text is when it is not of the report's date, e.g. 沿用1月31日报送内容;
	 * null otherwise
	 */
	public record Quote(String city, String note, String text) {

	}

}
