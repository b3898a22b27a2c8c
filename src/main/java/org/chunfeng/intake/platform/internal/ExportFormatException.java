package org.chunfeng.intake.platform.internal;

/**
 * The file is not a readable platform export (no header, broken CSV quoting, an .xls, too
 * many bad rows): it is refused as a whole, with this one-line reason in Chinese, and the
 * rows read and found bad before it was.
 */
class ExportFormatException extends RuntimeException {

	private final long rowsRead;

	private final long rowsRejected;

	ExportFormatException(String message) {
		this(message, 0, 0);
	}

	ExportFormatException(String message, long rowsRead, long rowsRejected) {
		super(message);
		this.rowsRead = rowsRead;
		this.rowsRejected = rowsRejected;
	}

	ExportFormatException(String message, Throwable cause) {
		super(message, cause);
		this.rowsRead = 0;
		this.rowsRejected = 0;
	}

	long rowsRead() {
		return this.rowsRead;
	}

	long rowsRejected() {
		return this.rowsRejected;
	}

}
