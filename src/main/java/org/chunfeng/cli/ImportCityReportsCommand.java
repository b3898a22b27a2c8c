package org.chunfeng.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import org.chunfeng.campaign.Campaigns;
import org.chunfeng.intake.city.CityImportResult;
import org.chunfeng.intake.city.CityReportIntake;

import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/** {@code import city-reports PATH… [--reporting-date D]}. */
@Component
// picocli sets the fields: a fresh instance per command line
@Scope("prototype")
@Command(name = "city-reports", description = "导入各市统计表（.xlsx/.xls；文件夹则导入其中所有统计表）", mixinStandardHelpOptions = true)
class ImportCityReportsCommand implements Callable<Integer> {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final CityReportIntake intake;

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "统计表文件（.xlsx/.xls）或文件夹")
	List<Path> paths = new ArrayList<>();

	@Option(names = "--reporting-date", paramLabel = "D", description = "报送日期 yyyy-MM-dd（默认：表中的填报日期，否则今天之前最近的每周报送日）")
	LocalDate reportingDate;

	@Option(names = "--received-at", paramLabel = "T",
			description = "实际收到文件的时间（北京时间），例如 2024-03-07T17:40；默认为导入的时间。用于判断是否逾期、哪份为最新，文件的修改时间不作依据")
	LocalDateTime receivedAt;

	private final Campaigns campaigns;

	ImportCityReportsCommand(CityReportIntake intake, Campaigns campaigns) {
		this.intake = intake;
		this.campaigns = campaigns;
	}

	@Override
	public Integer call() {
		LocalDate date = this.reportingDate;
		Instant received = (this.receivedAt != null)
				? this.receivedAt.atZone(this.campaigns.current().zone()).toInstant() : null;
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		List<Path> files = files(out);
		if (files.isEmpty()) {
			err.println("没有找到 .xlsx 或 .xls 文件: " + this.paths);
		}
		int exit = ExitCodes.OK;
		for (Path file : files) {
			String name = file.getFileName().toString();
			try {
				CityImportResult result = this.intake.importFile(file, name, date, received);
				print(result, out, err, this.campaigns.current().zone());
				if (result.refused() && exit == ExitCodes.OK) {
					exit = ExitCodes.REJECTED;
				}
			}
			catch (RuntimeException ex) {
				out.flush();
				err.println(name + ": 导入失败: " + CommandLineLauncher.oneLine(ex));
				exit = ExitCodes.FAILURE;
			}
		}
		out.flush();
		err.flush();
		return exit;
	}

	private static void print(CityImportResult result, PrintWriter out, PrintWriter err, ZoneId zone) {
		String file = result.file();
		if (result.duplicate()) {
			out.println(file + ": 重复文件，与已导入的文件内容相同，未做改动");
			return;
		}
		String received = "收到时间 " + TIME.format(result.receivedAt().atZone(zone));
		for (CityImportResult.Accepted accepted : result.accepted()) {
			StringBuilder line = new StringBuilder(
					file + ": 已接收 " + accepted.city() + "（报送日期 " + result.reportingDate() + "，" + received);
			if (accepted.late()) {
				line.append("，逾期：截止时间为 ").append(TIME.format(accepted.dueAt().atZone(zone)));
			}
			else if (accepted.dueAt() == null) {
				line.append("，不是每周报送日，不判断是否逾期");
			}
			line.append("）");
			if (accepted.replaces() != null) {
				line.append("；替换 ")
					.append(TIME.format(accepted.replaces().receivedAt().atZone(zone)))
					.append(" 收到的 ")
					.append(accepted.replaces().fileName());
			}
			if (accepted.supersededBy() != null) {
				line.append("；早于已有的 ")
					.append(TIME.format(accepted.supersededBy().receivedAt().atZone(zone)))
					.append(" 收到的 ")
					.append(accepted.supersededBy().fileName())
					.append("，仅作历史记录，不替换");
			}
			out.println(line);
		}
		for (String warning : result.warnings()) {
			out.println("  警告: " + warning);
		}
		// a refusal and its reasons on one stream (stderr), right under the file's line
		// when both streams go to one terminal
		out.flush();
		if (result.refused()) {
			String notice = result.refusedCities().isEmpty() ? "无法判断是哪个市的文件，不发退回通知"
					: "下次周报或提醒运行时将向" + String.join("、", result.refusedCities()) + "发送退回通知";
			err.println(file
					+ (result.acceptedCities().isEmpty()
							? ": 已拒绝（报送日期 " + result.reportingDate() + "，" + received + "），" : ": 部分拒绝，")
					+ result.errors().size() + " 处错误" + (result.acceptedCities().isEmpty() ? "" : "，相关行未接收") + "；"
					+ notice);
			for (String error : result.errors()) {
				err.println("  错误: " + error);
			}
		}
		err.flush();
	}

	/**
	 * The workbooks named, and those of the folders named; what a folder holds besides is
	 * listed as skipped.
	 */
	private List<Path> files(PrintWriter out) {
		List<Path> files = new ArrayList<>();
		for (Path path : this.paths) {
			if (Files.isDirectory(path)) {
				List<Path> children;
				try (Stream<Path> listed = Files.list(path)) {
					children = listed.sorted().toList();
				}
				catch (IOException ex) {
					throw new ParameterException(this.spec.commandLine(), "无法读取文件夹 " + path + ": " + ex.getMessage());
				}
				for (Path child : children) {
					String skipped = skipReason(child);
					if (skipped == null) {
						files.add(child);
					}
					else {
						out.println(
								"跳过 " + child.getFileName() + (Files.isDirectory(child) ? "/" : "") + ": " + skipped);
					}
				}
			}
			else if (Files.isRegularFile(path)) {
				files.add(path);
			}
			else {
				throw new ParameterException(this.spec.commandLine(), "文件或文件夹不存在: " + path);
			}
		}
		return files;
	}

	/** Why a folder's entry is not imported; null for a workbook. */
	private static String skipReason(Path entry) {
		String name = entry.getFileName().toString();
		String lower = name.toLowerCase(Locale.ROOT);
		if (Files.isDirectory(entry)) {
			return "子文件夹不导入（只导入所给文件夹本身中的统计表）";
		}
		if (!Files.isRegularFile(entry)) {
			return "不是普通文件";
		}
		if (name.startsWith("~$")) {
			return "Excel 打开工作簿时留下的临时锁文件";
		}
		if (name.startsWith(".")) {
			return "隐藏文件";
		}
		if (!lower.endsWith(".xlsx") && !lower.endsWith(".xls")) {
			int dot = name.lastIndexOf('.');
			String type = (dot > 0) ? name.substring(dot) + " 文件" : "没有扩展名的文件";
			return type + "，不是 Excel 统计表（.xlsx 或 .xls）";
		}
		return null;
	}

}
