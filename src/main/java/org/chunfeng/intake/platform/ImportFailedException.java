package org.chunfeng.intake.platform;

/**
 * An export that cannot be imported, and will not be by trying again: its import is
 * recorded as failed (nothing of it kept), so that a run can set the file aside and go on
 * with the others.
 */
public class ImportFailedException extends IllegalStateException {

	private final String file;

	public ImportFailedException(String file, String reason, Throwable cause) {
		super("平台导出文件 " + file + " 无法导入: " + reason, cause);
		this.file = file;
	}

	/** The file's name. */
	public String file() {
		return this.file;
	}

}
