package org.chunfeng.cli;

/** The command line's exit codes (SPEC §7). */
final class ExitCodes {

	static final int OK = 0;

	static final int FAILURE = 1;

	static final int USAGE = 2;

	/** Some input was refused (a workbook, an export); the rest was processed. */
	static final int REJECTED = 3;

	private ExitCodes() {
	}

}
