package org.chunfeng.report;

import java.nio.file.Path;
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
	 * A PNG chart of positions offered per city, online and offline, for the mail body.
	 * Chinese labels need a CJK font; without one the labels fall back to readable text,
	 * never boxes.
	 */
	byte[] positionsChartPng(Reconciliation reconciliation);

}
