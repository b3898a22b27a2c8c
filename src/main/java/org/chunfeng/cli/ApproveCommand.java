package org.chunfeng.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.NoSuchElementException;

import org.chunfeng.deliverable.DeliverableRuns;
import org.chunfeng.deliverable.RunConflictException;
import org.chunfeng.deliverable.RunMail;
import org.chunfeng.deliverable.RunRecord;
import org.chunfeng.deliverable.RunStatus;
import org.chunfeng.deliverable.RunWording;
import org.chunfeng.delivery.MailKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * {@code approve <run> [--docx FILE]}: approves a phase or final report's draft and sends
 * the report to its recipients with the approved document (SPEC §5.5) — the same rules as
 * the console's button and {@code POST /api/runs/{id}/approve}. 0 when the report went
 * out, 1 when it could not be approved or sent, 2 for a run that does not exist or a file
 * that is not a readable .docx.
 */
@Component
// picocli sets the fields: a fresh instance per command line
@Scope("prototype")
@Command(name = "approve", description = "审核通过阶段性进展或整体总结的报告稿，并发送给领导（可上传修改后的报告稿）", mixinStandardHelpOptions = true)
class ApproveCommand implements Subcommand {

	@Parameters(index = "0", paramLabel = "RUN", description = "待审核的运行编号（见 status），如 12 或 #12",
			converter = RestartCommand.RunNumber.class)
	Long run;

	/**
	 * Read before Spring starts: a missing file or one that is not .docx is bad usage at
	 * once.
	 */
	@Option(names = "--docx", paramLabel = "FILE", description = "修改后的报告稿（.docx）：发给领导的是这份文件，而不是系统生成的报告稿",
			converter = DocxFile.class)
	Path docx;

	@Spec
	CommandSpec spec;

	private final DeliverableRuns runs;

	ApproveCommand(DeliverableRuns runs) {
		this.runs = runs;
	}

	/** An existing .docx file. */
	static class DocxFile implements ITypeConverter<Path> {

		@Override
		public Path convert(String text) {
			Path file = Path.of(text.strip()).toAbsolutePath();
			if (!text.strip().toLowerCase(Locale.ROOT).endsWith(".docx")) {
				throw new TypeConversionException(text + " 不是 Word 文档（.docx）");
			}
			if (!Files.isRegularFile(file)) {
				throw new TypeConversionException("找不到文件 " + text);
			}
			return file;
		}

	}

	@Override
	public Integer call() {
		long id = this.run;
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		RunRecord sent;
		try {
			this.runs.checkApprovable(id);
			sent = this.runs.approve(id, this.docx, "cli");
		}
		catch (NoSuchElementException ex) {
			throw new ParameterException(this.spec.commandLine(), ex.getMessage() + "（见 status）");
		}
		catch (IllegalArgumentException ex) {
			throw new ParameterException(this.spec.commandLine(), "--docx: " + ex.getMessage());
		}
		catch (RunConflictException ex) {
			err.println(ex.getMessage());
			err.flush();
			return ExitCodes.FAILURE;
		}
		out.println("运行 #" + id + " 的报告稿已审核通过"
				+ ((this.docx != null) ? "（发送修改后的报告稿 " + this.docx.getFileName() + "）" : "") + "；发送运行 " + sent.id()
				+ ": " + sent.deliverable() + " 截至 " + sent.asOf() + " — " + RunWording.status(sent.status()));
		// the draft was listed when it went to the reviewers
		for (RunMail message : this.runs.mail(sent.id())) {
			if (message.kind() == MailKind.DRAFT) {
				continue;
			}
			out.println("邮件: " + RunWording.mailKind(message.kind())
					+ ((message.city() != null) ? " " + message.city() : "") + " → " + String.join(",", message.to())
					+ " " + RunWording.status(message.status())
					+ ((message.lastError() != null) ? " (" + message.lastError() + ")" : ""));
		}
		out.flush();
		if (sent.status() == RunStatus.COMPLETED) {
			return ExitCodes.OK;
		}
		err.println(RunOutcomes.failureLine(sent));
		err.flush();
		return ExitCodes.FAILURE;
	}

}
