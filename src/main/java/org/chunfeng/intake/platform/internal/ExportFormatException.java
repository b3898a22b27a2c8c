package org.chunfeng.intake.platform.internal;

/**
 * The file is not a readable platform export (no header, broken CSV quoting, an .xls): it
 * is refused as a whole, with this one-line reason in Chinese.
 */
class ExportFormatException extends RuntimeException {

	ExportFormatException(String message) {
		super(message);
	}

	ExportFormatException(String message, Throwable cause) {
		super(message, cause);
	}

}
