package org.chunfeng.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The root command: {@code java -jar chunfeng.jar [--home DIR] COMMAND ...}.
 *
 * <p>
 * <strong>Registering a command</strong>: write a {@link Subcommand} (a Spring bean with
 * picocli's {@code @Command}) and add its class to {@code subcommands} below. picocli
 * reads this list before Spring starts, to answer {@code --help}, {@code --version} and
 * bad usage without the application; {@code CommandRegistrationTests} fails when a
 * command is missing from it.
 */
@Command(name = "chunfeng", mixinStandardHelpOptions = true, versionProvider = Version.class,
		description = "春风行动报表系统：导入各市统计表和平台导出数据，核对、编制并发送报表。", footerHeading = "%n",
		footer = { "用 chunfeng 命令 --help 查看各命令的用法。", "退出码: 0 成功，1 失败，2 用法错误，3 有输入被拒收。" },
		subcommands = { DemoCommand.class, ImportCommand.class, RunCommand.class, RestartCommand.class,
				ApproveCommand.class, ScheduleCommand.class, StatusCommand.class, TemplateCommand.class,
				ServeCommand.class },
		subcommandsRepeatable = false)
class ChunfengCommand implements Runnable {

	/**
	 * Read before Spring starts ({@link Invocation}); declared here for parsing and help.
	 */
	@Option(names = "--home", paramLabel = "DIR", description = "工作文件夹：数据库、收件箱、报表、邮件和日志都在其中（默认：CHUNFENG_HOME 或当前文件夹）")
	String home;

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new picocli.CommandLine.ParameterException(this.spec.commandLine(),
				UsageErrors.missingCommand(this.spec));
	}

}
