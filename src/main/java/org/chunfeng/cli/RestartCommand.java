package org.chunfeng.cli;

import java.io.PrintWriter;

import org.chunfeng.deliverable.DeliverableRuns;
import org.chunfeng.deliverable.RunConflictException;
import org.chunfeng.deliverable.RunRecord;
import org.chunfeng.deliverable.RunStatus;
import org.chunfeng.deliverable.RunWording;
import org.chunfeng.delivery.OutboxEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import org.springframework.stereotype.Component;

/**
 * {@code restart <run>}: restarts a failed run, or one whose process died, from its
 * failed step — the same rules as the console and the API. 0 when it completes, 1
 * otherwise (a live run of the same report, a completed run, a recipient rejected, a
 * failure), 2 for a run that does not exist.
 */
@Component
@Command(name = "restart", description = "从失败的步骤重跑一次失败或中断的运行", mixinStandardHelpOptions = true)
class RestartCommand implements Subcommand {

	/** Read before Spring starts: a run number that is not one is bad usage at once. */
	@Parameters(index = "0", paramLabel = "RUN", description = "运行编号（见 status），如 12 或 #12", converter = RunNumber.class)
	Long run;

	@Spec
	CommandSpec spec;

	private final DeliverableRuns runs;

	RestartCommand(DeliverableRuns runs) {
		this.runs = runs;
	}

	@Override
	public Integer call() {
		long id = this.run;
		if (this.runs.find(id).isEmpty()) {
			throw new ParameterException(this.spec.commandLine(), "没有运行 #" + id + "（见 status）");
		}
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		RunRecord restarted;
		try {
			restarted = this.runs.restart(id);
		}
		catch (RunConflictException ex) {
			err.println(ex.getMessage());
			err.flush();
			return ExitCodes.FAILURE;
		}
		out.println("运行 " + restarted.id() + "（重跑 #" + id + "）: " + restarted.deliverable() + " 截至 " + restarted.asOf()
				+ " — " + RunWording.status(restarted.status()));
		for (RunRecord.Step step : restarted.steps()) {
			out.println("  " + RunWording.stepLine(step));
		}
		for (OutboxEntry message : this.runs.deliveries(restarted.id())) {
			out.println("邮件: " + String.join(",", message.to()) + " " + RunWording.status(message.state())
					+ (message.possibleDuplicate() ? "（可能重复）" : "")
					+ ((message.lastError() != null) ? " (" + message.lastError() + ")" : ""));
		}
		if (restarted.status() == RunStatus.AWAITING_APPROVAL) {
			out.println(RunOutcomes.awaitingLine(restarted));
		}
		out.flush();
		if (RunOutcomes.succeeded(restarted)) {
			return ExitCodes.OK;
		}
		err.println(RunOutcomes.failureLine(restarted));
		err.flush();
		return ExitCodes.FAILURE;
	}

	/** {@code 12} or {@code #12}. */
	static class RunNumber implements ITypeConverter<Long> {

		@Override
		public Long convert(String text) {
			try {
				return Long.valueOf(text.strip().replaceFirst("^#", ""));
			}
			catch (NumberFormatException ex) {
				throw new TypeConversionException(text + " 不是运行编号，应为数字（见 status）");
			}
		}

	}

}
