package org.chunfeng.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

/** {@code import city-reports …} and {@code import platform …}. */
@Component
@Command(name = "import", description = "导入各市统计表（city-reports）或平台导出数据（platform）", mixinStandardHelpOptions = true,
		subcommands = { ImportCityReportsCommand.class, ImportPlatformCommand.class })
class ImportCommand implements Subcommand {

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		throw new ParameterException(this.spec.commandLine(), UsageErrors.missingCommand(this.spec));
	}

}
