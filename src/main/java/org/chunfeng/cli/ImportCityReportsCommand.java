package org.chunfeng.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

import org.springframework.stereotype.Component;

/** {@code import city-reports PATH… [--reporting-date D]}. */
@Component
@Command(name = "city-reports", description = "导入各市统计表 (import city statistics workbooks)",
		mixinStandardHelpOptions = true)
class ImportCityReportsCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		throw new UnsupportedOperationException("import city-reports is not built yet");
	}

}
