package org.chunfeng.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import org.chunfeng.intake.platform.PlatformImportResult;
import org.chunfeng.intake.platform.PlatformImportResult.Outcome;
import org.chunfeng.intake.platform.PlatformIntake;
import org.chunfeng.intake.platform.PlatformRejection;

import org.springframework.stereotype.Component;

/**
 * {@code import platform FILE…}: 0 when every file was loaded (rejected rows are listed),
 * 3 when a file was refused, 1 when an import failed.
 */
@Component
@Command(name = "platform", description = "导入平台活动导出数据（CSV 或 XLSX）", mixinStandardHelpOptions = true)
class ImportPlatformCommand implements Callable<Integer> {

	/** Beyond this many, rejected rows are counted, not listed. */
	private static final int LISTED_REJECTIONS = 50;

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "平台导出文件 (.csv 或 .xlsx)")
	List<Path> files;

	private final PlatformIntake intake;

	ImportPlatformCommand(PlatformIntake intake) {
		this.intake = intake;
	}

	@Override
	public Integer call() {
		for (Path file : this.files) {
			if (!Files.isRegularFile(file)) {
				throw new ParameterException(this.spec.commandLine(), "文件不存在: " + file);
			}
		}
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		int exitCode = ExitCodes.OK;
		for (Path file : this.files) {
			PlatformImportResult result;
			try {
				result = this.intake.importFile(file);
			}
			catch (RuntimeException ex) {
				err.println("错误: " + file + ": " + CommandLineLauncher.oneLine(ex));
				err.flush();
				exitCode = ExitCodes.FAILURE;
				continue;
			}
			print(out, err, result);
			if (result.outcome() == Outcome.REFUSED && exitCode == ExitCodes.OK) {
				exitCode = ExitCodes.REJECTED;
			}
		}
		out.flush();
		err.flush();
		return exitCode;
	}

	private static void print(PrintWriter out, PrintWriter err, PlatformImportResult result) {
		switch (result.outcome()) {
			case LOADED -> {
				out.printf("%s: 已导入 %d 行（读取 %d 行，拒绝 %d 行）%n", result.file(), result.rowsLoaded(), result.rowsRead(),
						result.rowsRejected());
				List<PlatformRejection> rejections = result.rejections();
				for (int i = 0; i < Math.min(LISTED_REJECTIONS, rejections.size()); i++) {
					PlatformRejection rejection = rejections.get(i);
					out.printf("  第 %d 行%s: %s%n", rejection.line(),
							(rejection.activityId() != null) ? "（活动编号 " + rejection.activityId() + "）" : "",
							rejection.reason());
				}
				if (rejections.size() > LISTED_REJECTIONS) {
					out.printf("  …另有 %d 行被拒绝%n", rejections.size() - LISTED_REJECTIONS);
				}
			}
			case DUPLICATE -> out.printf("%s: 未导入，%s%n", result.file(), result.reason());
			case REFUSED -> err.printf("拒绝导入 %s: %s%n", result.file(), result.reason());
		}
	}

}
