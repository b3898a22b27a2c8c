package org.chunfeng.cli;

import java.io.PrintWriter;
import java.util.ListResourceBundle;

import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * The command line as both phases build it: before Spring starts ({@link Invocation},
 * which answers help, version and bad usage) and inside the application
 * ({@link CommandLineLauncher}, which runs the command). Help and errors in Chinese.
 */
final class CommandLines {

	private CommandLines() {
	}

	static CommandLine create(IFactory factory) {
		CommandLine root = new CommandLine(ChunfengCommand.class, factory);
		root.setResourceBundle(new ChineseHelp());
		Converters.register(root);
		// "--home demo demo": a work folder may be named like a command
		root.setAllowSubcommandsAsOptionParameters(true);
		root.setParameterExceptionHandler((ex, args) -> {
			PrintWriter err = ex.getCommandLine().getErr();
			err.println(UsageErrors.line(ex));
			err.flush();
			return UsageErrors.exitCode(ex.getCommandLine());
		});
		root.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
			PrintWriter err = commandLine.getErr();
			err.println("错误: " + CommandLineLauncher.oneLine(ex));
			err.flush();
			return ExitCodes.FAILURE;
		});
		return root;
	}

	/** picocli's headings and standard option descriptions in Chinese. */
	static final class ChineseHelp extends ListResourceBundle {

		@Override
		protected Object[][] getContents() {
			return new Object[][] { { "usage.synopsisHeading", "用法: " }, { "usage.descriptionHeading", "%n" },
					{ "usage.parameterListHeading", "%n参数:%n" }, { "usage.optionListHeading", "%n选项:%n" },
					{ "usage.commandListHeading", "%n命令:%n" }, { "usage.synopsisSubcommandLabel", "命令" },
					{ "mixinStandardHelpOptions.help", "显示帮助并退出" }, { "mixinStandardHelpOptions.version", "显示版本并退出" } };
		}

	}

}
