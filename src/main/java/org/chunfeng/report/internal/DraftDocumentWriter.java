package org.chunfeng.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHeight;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHeightRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes a {@link DraftDocument} as .docx in the form of the department's documents (GB/T
 * 9704): title in 小标宋, headings in 黑体 and 楷体, body in 仿宋 三号 on a fixed line pitch, page
 * numbers in the footer, the appendix on landscape pages. The file appears under its name
 * only when complete.
 */
final class DraftDocumentWriter {

	static final String TITLE_FONT = "方正小标宋简体";

	static final String HEADING_FONT = "黑体";

	static final String ITEM_FONT = "楷体_GB2312";

	static final String BODY_FONT = "仿宋_GB2312";

	/** 三号. */
	static final int BODY_SIZE = 16;

	/** 二号. */
	static final int TITLE_SIZE = 22;

	/** 五号: tables in the body. */
	static final double TABLE_SIZE = 10.5;

	/** The appendix table: 20 columns across a landscape page. */
	static final double APPENDIX_TABLE_SIZE = 8;

	// A4 in twentieths of a point, margins of GB/T 9704 (37, 35, 28, 26 mm)
	private static final long A4_SHORT = 11906;

	private static final long A4_LONG = 16838;

	private static final long MARGIN_TOP = 2098;

	private static final long MARGIN_BOTTOM = 1984;

	private static final long MARGIN_LEFT = 1587;

	private static final long MARGIN_RIGHT = 1474;

	/** The appendix' narrower margins, so that its 20 columns fit. */
	private static final long APPENDIX_MARGIN = 850;

	/**
	 * The appendix table's cell margins left and right (1 mm; Word's default is 1.9 mm):
	 * 20 columns need the room.
	 */
	private static final long APPENDIX_CELL_MARGIN = 57;

	/** Two characters of 三号 text. */
	private static final int FIRST_LINE_INDENT = 640;

	/** 28 pt: the fixed line pitch of a 22-line page. */
	private static final int LINE_PITCH = 28;

	private DraftDocumentWriter() {
	}

	static void write(DraftDocument draft, Path target) {
		Path temp = target.resolveSibling(target.getFileName() + ".part");
		try (XWPFDocument document = new XWPFDocument()) {
			body(document, draft);
			try (OutputStream out = Files.newOutputStream(temp)) {
				document.write(out);
			}
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write draft " + target + ": " + ex.getMessage(), ex);
		}
		finally {
			try {
				Files.deleteIfExists(temp);
			}
			catch (IOException ex) {
				// the complete file is in place or the error above is reported
			}
		}
	}

	private static void body(XWPFDocument document, DraftDocument draft) {
		XWPFParagraph title = document.createParagraph();
		title.setAlignment(ParagraphAlignment.CENTER);
		title.setSpacingAfter(LINE_PITCH * 20);
		run(title, draft.title(), TITLE_FONT, TITLE_SIZE, false);
		XWPFParagraph addressee = paragraph(document, 0);
		run(addressee, draft.addressee() + "：", BODY_FONT, BODY_SIZE, false);
		for (String text : draft.opening()) {
			run(paragraph(document, FIRST_LINE_INDENT), text, BODY_FONT, BODY_SIZE, false);
		}
		for (DraftDocument.Part part : draft.parts()) {
			part(document, part, 1);
		}
		if (draft.appendix() != null) {
			run(paragraph(document, FIRST_LINE_INDENT), "附件：" + draft.appendix().title(), BODY_FONT, BODY_SIZE, false);
		}
		for (String line : draft.contact()) {
			run(paragraph(document, FIRST_LINE_INDENT), line, BODY_FONT, BODY_SIZE, false);
		}
		XWPFParagraph issuer = paragraph(document, 0);
		issuer.setSpacingBefore(LINE_PITCH * 20);
		issuer.setAlignment(ParagraphAlignment.RIGHT);
		run(issuer, draft.issuer(), BODY_FONT, BODY_SIZE, false);
		XWPFParagraph date = paragraph(document, 0);
		date.setAlignment(ParagraphAlignment.RIGHT);
		run(date, draft.date(), BODY_FONT, BODY_SIZE, false);

		XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph pageNumber = footer.createParagraph();
		pageNumber.setAlignment(ParagraphAlignment.CENTER);
		run(pageNumber, "— ", BODY_FONT, 14, false);
		pageNumber.getCTP().addNewFldSimple().setInstr("PAGE");
		run(pageNumber, " —", BODY_FONT, 14, false);
		String footerId = document.getRelationId(footer);

		CTSectPr last = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
				: document.getDocument().getBody().addNewSectPr();
		if (draft.appendix() == null) {
			page(last, false, MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT);
			return;
		}
		// the portrait section ends with this paragraph; the appendix is the last,
		// landscape
		// section, and each section needs its own reference to the footer
		CTSectPr portrait = document.createParagraph().getCTP().addNewPPr().addNewSectPr();
		page(portrait, false, MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT);
		CTHdrFtrRef reference = portrait.addNewFooterReference();
		reference.setType(STHdrFtr.DEFAULT);
		reference.setId(footerId);
		appendix(document, draft.appendix());
		page(last, true, APPENDIX_MARGIN, APPENDIX_MARGIN, APPENDIX_MARGIN, APPENDIX_MARGIN);
	}

	private static void part(XWPFDocument document, DraftDocument.Part part, int level) {
		XWPFParagraph heading = paragraph(document, FIRST_LINE_INDENT);
		run(heading, part.heading(), (level == 1) ? HEADING_FONT : ITEM_FONT, BODY_SIZE, false);
		for (String text : part.paragraphs()) {
			run(paragraph(document, FIRST_LINE_INDENT), text, BODY_FONT, BODY_SIZE, false);
		}
		if (part.table() != null) {
			table(document, part.table(), TABLE_SIZE, A4_SHORT - MARGIN_LEFT - MARGIN_RIGHT);
		}
		for (DraftDocument.Quote quote : part.quotes()) {
			List<String> lines = quote.text().strip().lines().map(String::strip).filter((l) -> !l.isEmpty()).toList();
			XWPFParagraph first = paragraph(document, FIRST_LINE_INDENT);
			run(first, quote.city() + "：", BODY_FONT, BODY_SIZE, true);
			run(first, lines.isEmpty() ? "" : lines.get(0), BODY_FONT, BODY_SIZE, false);
			for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
				run(paragraph(document, FIRST_LINE_INDENT), line, BODY_FONT, BODY_SIZE, false);
			}
		}
		if (part.silent() != null) {
			run(paragraph(document, FIRST_LINE_INDENT), part.silent(), BODY_FONT, BODY_SIZE, false);
		}
		for (DraftDocument.Part item : part.parts()) {
			part(document, item, level + 1);
		}
	}

	private static void appendix(XWPFDocument document, DraftDocument.Appendix appendix) {
		XWPFParagraph label = document.createParagraph();
		run(label, "附件", HEADING_FONT, BODY_SIZE, false);
		XWPFParagraph title = document.createParagraph();
		title.setAlignment(ParagraphAlignment.CENTER);
		run(title, appendix.title(), TITLE_FONT, 18, false);
		if (appendix.subtitle() != null) {
			XWPFParagraph subtitle = document.createParagraph();
			subtitle.setAlignment(ParagraphAlignment.CENTER);
			run(subtitle, appendix.subtitle(), ITEM_FONT, 12, false);
		}
		XWPFTable table = table(document, appendix.table(), APPENDIX_TABLE_SIZE, A4_LONG - 2 * APPENDIX_MARGIN);
		CTTblCellMar margins = table.getCTTbl().getTblPr().isSetTblCellMar()
				? table.getCTTbl().getTblPr().getTblCellMar() : table.getCTTbl().getTblPr().addNewTblCellMar();
		margins.addNewLeft().setW(BigInteger.valueOf(APPENDIX_CELL_MARGIN));
		margins.getLeft().setType(STTblWidth.DXA);
		margins.addNewRight().setW(BigInteger.valueOf(APPENDIX_CELL_MARGIN));
		margins.getRight().setType(STTblWidth.DXA);
		for (String note : appendix.notes()) {
			run(document.createParagraph(), note, BODY_FONT, 10.5, false);
		}
	}

	private static XWPFTable table(XWPFDocument document, DraftDocument.Table content, double size, long width) {
		int headerRows = content.header().size();
		XWPFTable table = document.createTable(headerRows + content.rows().size(), content.columns());
		table.setWidth(String.valueOf(width));
		table.setTableAlignment(TableRowAlign.CENTER);
		List<Integer> weights = content.widths().isEmpty() ? Collections.nCopies(content.columns(), 1)
				: content.widths();
		int sum = weights.stream().mapToInt(Integer::intValue).sum();
		for (XWPFTableRow row : table.getRows()) {
			for (int c = 0; c < content.columns(); c++) {
				row.getCell(c).setWidth(String.valueOf(width * weights.get(c) / sum));
			}
		}
		// the grid is what a spanning cell and LibreOffice go by
		CTTblGrid grid = (table.getCTTbl().getTblGrid() != null) ? table.getCTTbl().getTblGrid()
				: table.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int c = 0; c < content.columns(); c++) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width * weights.get(c) / sum));
		}
		for (int r = 0; r < headerRows; r++) {
			XWPFTableRow row = table.getRow(r);
			row.setRepeatHeader(true);
			List<String> texts = content.header().get(r);
			for (int c = 0; c < texts.size(); c++) {
				cell(row.getCell(c), texts.get(c), size, true, ParagraphAlignment.CENTER);
			}
		}
		mergeHeader(table, content.header());
		headerHeights(table, content, weights, sum, width, size);
		for (int r = 0; r < content.rows().size(); r++) {
			XWPFTableRow row = table.getRow(headerRows + r);
			row.setCantSplitRow(true);
			List<String> texts = content.rows().get(r);
			for (int c = 0; c < texts.size(); c++) {
				boolean spans = c == texts.size() - 1 && texts.size() < content.columns();
				cell(row.getCell(c), texts.get(c), size, false,
						spans ? ParagraphAlignment.CENTER : alignment(texts.get(c), c >= content.numericFrom()));
			}
			if (texts.size() < content.columns()) {
				spanRest(row, texts.size() - 1, content.columns());
			}
		}
		return table;
	}

	/**
	 * The header rows at least as tall as their texts need, a merged-down text counted in
	 * the last header row: a repeated header on the next page is laid out from these
	 * heights, and would clip a tall merged cell otherwise.
	 */
	private static void headerHeights(XWPFTable table, DraftDocument.Table content, List<Integer> weights, int sum,
			long width, double size) {
		int rows = content.header().size();
		double[] heights = new double[rows];
		for (int c = 0; c < content.columns(); c++) {
			for (int r = 0; r < rows; r++) {
				String text = content.header().get(r).get(c);
				// a text merged across takes the width of its columns together
				long columnWidth = 0;
				for (int k = c; k < content.columns() && content.header().get(r).get(k).equals(text); k++) {
					columnWidth += width * weights.get(k) / sum;
				}
				boolean mergedDown = rows == 2 && r == 0 && text.equals(content.header().get(1).get(c));
				boolean mergedAcross = c > 0 && text.equals(content.header().get(r).get(c - 1));
				if (mergedAcross || (rows == 2 && r == 1 && text.equals(content.header().get(0).get(c)))) {
					continue;
				}
				double needed = lines(text, columnWidth, size) * size * 1.3 + 4;
				if (mergedDown) {
					heights[1] = Math.max(heights[1], needed - heights[0]);
				}
				else {
					heights[r] = Math.max(heights[r], needed);
				}
			}
		}
		for (int r = 0; r < rows; r++) {
			CTTrPr properties = table.getRow(r).getCtRow().isSetTrPr() ? table.getRow(r).getCtRow().getTrPr()
					: table.getRow(r).getCtRow().addNewTrPr();
			CTHeight height = properties.addNewTrHeight();
			height.setVal(BigInteger.valueOf(Math.round(heights[r] * 20)));
			height.setHRule(STHeightRule.AT_LEAST);
		}
	}

	/** Lines a text takes in a cell this wide (twips), a Chinese character one em. */
	private static int lines(String text, long widthTwips, double size) {
		// the cell's margins take about a character
		double perLine = Math.max(1, (widthTwips - 200) / (size * 20));
		double units = 0;
		for (int i = 0; i < text.length(); i++) {
			units += (text.charAt(i) < 0x2E80) ? 0.55 : 1;
		}
		return Math.max(1, (int) Math.ceil(units / Math.floor(perLine)));
	}

	/**
	 * A body row shorter than the table: its last cell spans the remaining columns (a
	 * city that sent nothing is 未报送 across the row).
	 */
	private static void spanRest(XWPFTableRow row, int last, int columns) {
		XWPFTableCell cell = row.getCell(last);
		long width = 0;
		for (int c = last; c < columns; c++) {
			width += row.getCell(c).getCTTc().getTcPr().getTcW().getW() instanceof BigInteger value ? value.longValue()
					: 0;
		}
		for (int c = columns - 1; c > last; c--) {
			row.removeCell(c);
		}
		properties(cell).addNewGridSpan().setVal(BigInteger.valueOf(columns - last));
		cell.setWidth(String.valueOf(width));
	}

	/**
	 * Figures right, lists (county names) left, the rest centred: labels and words among
	 * figures (未报送, 未填, 沿用…).
	 */
	private static ParagraphAlignment alignment(String text, boolean figures) {
		if (text != null && text.matches("[-+]?[\\d,]+(\\.\\d+)?")) {
			return ParagraphAlignment.RIGHT;
		}
		return (figures && text != null && text.contains("、")) ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER;
	}

	/**
	 * Equal neighbours in a header row merge across; a first-row cell equal to the one
	 * below it merges down.
	 */
	private static void mergeHeader(XWPFTable table, List<List<String>> header) {
		for (int r = 0; r < header.size(); r++) {
			List<String> texts = header.get(r);
			for (int c = 1; c < texts.size(); c++) {
				if (texts.get(c).equals(texts.get(c - 1)) && !texts.get(c).isEmpty()) {
					CTTcPr first = properties(table.getRow(r).getCell(c - 1));
					if (!first.isSetHMerge()) {
						first.addNewHMerge().setVal(STMerge.RESTART);
					}
					properties(table.getRow(r).getCell(c)).addNewHMerge().setVal(STMerge.CONTINUE);
					clear(table.getRow(r).getCell(c));
				}
			}
		}
		if (header.size() == 2) {
			for (int c = 0; c < header.get(0).size(); c++) {
				if (header.get(0).get(c).equals(header.get(1).get(c))) {
					properties(table.getRow(0).getCell(c)).addNewVMerge().setVal(STMerge.RESTART);
					properties(table.getRow(1).getCell(c)).addNewVMerge().setVal(STMerge.CONTINUE);
					clear(table.getRow(1).getCell(c));
				}
			}
		}
	}

	private static CTTcPr properties(XWPFTableCell cell) {
		return (cell.getCTTc().getTcPr() != null) ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
	}

	/** A merged-away cell keeps one empty paragraph, as Word expects. */
	private static void clear(XWPFTableCell cell) {
		for (XWPFParagraph paragraph : cell.getParagraphs()) {
			while (!paragraph.getRuns().isEmpty()) {
				paragraph.removeRun(0);
			}
		}
	}

	/** A cell's text; a line break in it starts a new line in the cell. */
	private static void cell(XWPFTableCell cell, String text, double size, boolean bold, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		paragraph.setAlignment(alignment);
		paragraph.setSpacingAfter(0);
		String[] lines = ((text != null) ? text : "").split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			XWPFRun run = run(paragraph, lines[i], bold ? HEADING_FONT : BODY_FONT, size, false);
			if (i < lines.length - 1) {
				run.addBreak();
			}
		}
		cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
	}

	private static XWPFParagraph paragraph(XWPFDocument document, int firstLineIndent) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.BOTH);
		if (firstLineIndent > 0) {
			paragraph.setIndentationFirstLine(firstLineIndent);
		}
		paragraph.setSpacingBetween(LINE_PITCH, LineSpacingRule.EXACT);
		paragraph.setSpacingAfter(0);
		return paragraph;
	}

	private static XWPFRun run(XWPFParagraph paragraph, String text, String font, double size, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
		run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
		run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
		run.setFontSize(size);
		run.setBold(bold);
		return run;
	}

	private static void page(CTSectPr section, boolean landscape, long top, long bottom, long left, long right) {
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
		size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
		size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(top));
		margins.setBottom(BigInteger.valueOf(bottom));
		margins.setLeft(BigInteger.valueOf(left));
		margins.setRight(BigInteger.valueOf(right));
		margins.setFooter(BigInteger.valueOf(850));
		margins.setHeader(BigInteger.valueOf(850));
	}

}
