package org.chunfeng.intake.city.internal;

/** The file is not a workbook we can read; the message is for the city clerk. */
class UnreadableWorkbookException extends Exception {

	UnreadableWorkbookException(String message) {
		super(message);
	}

}
