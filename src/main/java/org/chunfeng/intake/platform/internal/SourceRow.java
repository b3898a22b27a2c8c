package org.chunfeng.intake.platform.internal;

import java.util.List;

/** One row of an export as read: its line (CSV) or row number (XLSX) and its cells. */
record SourceRow(long line, List<String> cells) {

	boolean isBlank() {
		for (String cell : this.cells) {
			if (cell != null && !cell.isBlank()) {
				return false;
			}
		}
		return true;
	}

}
