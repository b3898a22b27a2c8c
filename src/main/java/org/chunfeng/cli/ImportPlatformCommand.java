package org.chunfeng.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

import org.springframework.stereotype.Component;

/** {@code import platform FILE…}. */
@Component
@Command(name = "platform", description = "导入平台活动导出数据 (import platform activity exports)",
		mixinStandardHelpOptions = true)
class ImportPlatformCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		throw new UnsupportedOperationException("import platform is not built yet");
	}

}
