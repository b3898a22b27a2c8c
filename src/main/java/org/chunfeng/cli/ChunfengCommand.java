package org.chunfeng.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command: {@code java -jar chunfeng.jar [--home DIR] COMMAND ...}. */
@Command(name = "chunfeng", mixinStandardHelpOptions = true, version = "chunfeng 0.1",
		description = "春风行动 reporting pipeline: import the cities' workbooks and the platform's exports, "
				+ "reconcile, compile and email the report.",
		subcommandsRepeatable = false)
class ChunfengCommand implements Runnable {

	/** Read by the launcher before Spring starts; declared here for the help text. */
	@Option(names = "--home", paramLabel = "DIR",
			description = "work folder for the database, inboxes, reports and mail (default: CHUNFENG_HOME or .)")
	String home;

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new picocli.CommandLine.ParameterException(this.spec.commandLine(), "缺少命令 (missing command)");
	}

}
