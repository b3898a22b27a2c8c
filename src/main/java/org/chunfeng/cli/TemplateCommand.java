package org.chunfeng.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.chunfeng.intake.city.CityTemplates;

import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/** {@code template DIR}: one blank statistics workbook per city. */
@Component
// picocli sets the fields: a fresh instance per command line
@Scope("prototype")
@Command(name = "template", description = "生成各市空白统计表（每市一份，已填好市名和县区）", mixinStandardHelpOptions = true)
class TemplateCommand implements Subcommand {

	private final CityTemplates templates;

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "DIR", description = "输出文件夹（不存在则创建）")
	Path folder;

	TemplateCommand(CityTemplates templates) {
		this.templates = templates;
	}

	@Override
	public Integer call() {
		List<Path> files = this.templates.writeAll(this.folder);
		PrintWriter out = this.spec.commandLine().getOut();
		for (Path file : files) {
			out.println("已生成 " + file);
		}
		out.flush();
		return ExitCodes.OK;
	}

}
