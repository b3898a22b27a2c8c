package org.chunfeng.intake.platform;

import java.util.List;

/**
 * What became of one platform export.
 *
 * @param file file name
 * @param outcome LOADED (possibly with rejected rows), REFUSED (nothing stored) or
 * DUPLICATE (same bytes as an earlier import: nothing done)
 * @param reason why the file was refused, one line, Chinese; null otherwise
 */
public record PlatformImportResult(String file, Outcome outcome, long rowsRead, long rowsLoaded, long rowsRejected,
		String reason, List<PlatformRejection> rejections) {

	public PlatformImportResult {
		rejections = List.copyOf(rejections);
	}

	public enum Outcome {

		LOADED, REFUSED, DUPLICATE

	}

}
