package org.chunfeng.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.chunfeng.reconcile.Reconciliation;

/** Compiles the official report workbook (SPEC §5.1) and the chart image for the mail. */
public interface ReportCompiler {

	/**
	 * Writes the workbook to {@code file} (its folder is created) with the listed sheets
	 * (by their Chinese names: 统计表, 核对结果, 县区开展情况, 报送情况, 周环比, 阶段进展, 平台数据问题, 图表), in that
	 * order, showing exactly {@code reconciliation}.
	 * @param deliverable the deliverable id (weekly, phase1, ...)
	 * @param title the deliverable's title, for the sheets' title rows
	 * @param edition shown beside the as-of date, e.g. 更正版（第2版） or 预览（未发送）; null for a
	 * first version
	 */
	CompiledReport compile(String deliverable, String title, List<String> sheets, Reconciliation reconciliation,
			Path file, String edition);

	/**
	 * As {@link #compile(String, String, List, Reconciliation, Path, String)}, for a
	 * deliverable with a draft outline: its 阶段进展 sheet shows the cities' 阶段进展 as the
	 * draft does ({@link DraftOutline#progressSince()}).
	 * @param outline the deliverable's draft outline, or null
	 */
	default CompiledReport compile(String deliverable, String title, List<String> sheets, Reconciliation reconciliation,
			Path file, String edition, DraftOutline outline) {
		return compile(deliverable, title, sheets, reconciliation, file, edition);
	}

	/**
	 * Writes the draft report document (.docx) of a phase or final report (SPEC §5.5) to
	 * {@code file}: the outline's sections filled in from {@code reconciliation}, the 统计表
	 * as the appendix, the contact line, the issuer and {@code dated}.
	 * @param edition as for {@link #compile}
	 * @param contact the contact line(s) at the end
	 */
	default CompiledReport compileDraft(DraftOutline outline, Reconciliation reconciliation, Path file, String edition,
			List<String> contact, LocalDate dated) {
		throw new UnsupportedOperationException("this report compiler writes no draft documents");
	}

	/**
	 * A PNG chart of positions offered per city, online and offline, for the mail body.
	 * Chinese labels need a CJK font; without one the labels fall back to readable text,
	 * never boxes.
	 */
	byte[] positionsChartPng(Reconciliation reconciliation);

}
