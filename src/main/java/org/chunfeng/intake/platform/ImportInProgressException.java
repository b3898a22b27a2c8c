package org.chunfeng.intake.platform;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The same export is being imported by a live instance now; one Chinese sentence for the
 * command line and the console.
 */
public class ImportInProgressException extends IllegalStateException {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	public ImportInProgressException(long importId, LocalDateTime startedAt) {
		super("已有同一文件正在导入（导入 #" + importId + "，开始于 " + ((startedAt != null) ? SHOWN.format(startedAt) : "刚才")
				+ "），请稍后查看 `status`");
	}

}
