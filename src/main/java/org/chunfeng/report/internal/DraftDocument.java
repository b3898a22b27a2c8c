package org.chunfeng.report.internal;

import java.util.List;

/**
 * The content of a draft report document (.docx) in the department's usual form, free of
 * how it is laid out: a leader edits it, not writes it (SPEC §5.5).
 *
 * @param title 关于…的报告
 * @param addressee the addressee line without its colon, e.g. 厅领导
 * @param opening the paragraphs before the first section
 * @param parts the notice's sections in order
 * @param appendix the statistics table as an appendix, or null
 * @param contact the contact line(s) at the end
 * @param issuer the issuing department, printed above the date
 * @param date the date line, e.g. 2024年2月1日
 */
record DraftDocument(String title, String addressee, List<String> opening, List<Part> parts, Appendix appendix,
		List<String> contact, String issuer, String date) {

	DraftDocument {
		opening = List.copyOf(opening);
		parts = List.copyOf(parts);
		contact = List.copyOf(contact);
	}

	/**
	 * A section (一、…) or one of its items (（一）…).
	 *
	 * @param heading e.g. 一、活动开展情况
	 * @param paragraphs the province's sentences
	 * @param table a table of the cities' figures, or null
	 * @param quotes the cities' own texts, attributed
	 * @param silent the sentence naming the cities that sent nothing, or null
	 * @param parts its items
	 */
	record Part(String heading, List<String> paragraphs, Table table, List<Quote> quotes, String silent,
			List<Part> parts) {

		Part {
			paragraphs = List.copyOf(paragraphs);
			quotes = List.copyOf(quotes);
			parts = List.copyOf(parts);
		}

	}

	/** A city's own text, quoted under the item it answers (太原市：…). */
	record Quote(String city, String text) {

	}

	/**
	 * A table. Adjacent header cells with the same text are merged: across a header row,
	 * and down from the first header row to the second (as in the notice's two-row
	 * header).
	 *
	 * @param header one or two header rows
	 * @param rows the body rows, each as wide as the header
	 * @param numericFrom the first column whose body cells are figures (right-aligned)
	 * @param widths the columns' relative widths, or empty for equal widths
	 */
	record Table(List<List<String>> header, List<List<String>> rows, int numericFrom, List<Integer> widths) {

		Table {
			header = header.stream().map(List::copyOf).toList();
			rows = rows.stream().map(List::copyOf).toList();
			widths = List.copyOf(widths);
		}

		Table(List<List<String>> header, List<List<String>> rows, int numericFrom) {
			this(header, rows, numericFrom, List.of());
		}

		int columns() {
			return this.header.get(0).size();
		}

	}

	/**
	 * 附件: printed on landscape pages of its own.
	 *
	 * @param title the table's title
	 * @param subtitle e.g. 截至2024年2月1日
	 * @param table the table
	 * @param notes lines under the table
	 */
	record Appendix(String title, String subtitle, Table table, List<String> notes) {

		Appendix {
			notes = List.copyOf(notes);
		}

	}

}
