package org.chunfeng.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chunfeng.deliverable.DeliverableRuns;
import org.chunfeng.deliverable.Deliverables;
import org.chunfeng.deliverable.RunConflictException;
import org.chunfeng.deliverable.RunRecord;
import org.chunfeng.deliverable.RunRequest;
import org.chunfeng.delivery.OutboxEntry;
import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.intake.city.Metric;
import org.chunfeng.intake.platform.PlatformActivities;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.CountyCheck;
import org.chunfeng.reconcile.MetricCheck;
import org.chunfeng.reconcile.Reconciler;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.region.County;
import org.chunfeng.region.Divisions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** {@code run <deliverable> --as-of D [--force] [--no-mail] [--json]}. */
@Component
@Command(name = "run", description = "导入收件箱中的新文件，核对、编制并发送报表", mixinStandardHelpOptions = true)
class RunCommand implements Subcommand {

	// explicit defaults: picocli would otherwise take a previous execution's values, as
	// this command is a singleton bean

	@Parameters(index = "0", paramLabel = "DELIVERABLE", description = "报表：weekly、reminder、phase1、phase2 或 final")
	String deliverable;

	@Option(names = "--as-of", required = true, paramLabel = "D", description = "截至日期，例如 2024-02-29")
	LocalDate asOf;

	@Option(names = "--force", defaultValue = "false", description = "即使该日期已完成，也重新编制并发送（新版本）")
	boolean force;

	@Option(names = "--no-mail", defaultValue = "false", description = "只编制，不发送邮件（预览）")
	boolean noMail;

	@Option(names = "--json", defaultValue = "false", description = "在标准输出打印一个 JSON 文档（运行摘要）")
	boolean json;

	@Spec
	CommandSpec spec;

	private final DeliverableRuns runs;

	private final Deliverables deliverables;

	private final ObjectProvider<Reconciler> reconciler;

	private final ObjectProvider<PlatformActivities> platform;

	private final Divisions divisions;

	RunCommand(DeliverableRuns runs, Deliverables deliverables, ObjectProvider<Reconciler> reconciler,
			ObjectProvider<PlatformActivities> platform, Divisions divisions) {
		this.runs = runs;
		this.deliverables = deliverables;
		this.reconciler = reconciler;
		this.platform = platform;
		this.divisions = divisions;
	}

	@Override
	public Integer call() {
		if (this.deliverables.find(this.deliverable).isEmpty()) {
			throw new ParameterException(this.spec.commandLine(), "未知的报表 '" + this.deliverable + "'（可用: "
					+ String.join("、", this.deliverables.all().stream().map((d) -> d.id()).toList()) + "）");
		}
		LocalDate date = this.asOf;
		RunRecord run;
		try {
			run = this.runs.run(new RunRequest(this.deliverable, date, this.force, !this.noMail, "cli"));
		}
		catch (RunConflictException ex) {
			// the same report runs in a live instance: one sentence, no stack of causes
			this.spec.commandLine().getErr().println(ex.getMessage());
			this.spec.commandLine().getErr().flush();
			return ExitCodes.FAILURE;
		}
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		List<OutboxEntry> mail = this.runs.deliveries(run.id());
		if (this.json) {
			out.println(json(run, mail));
		}
		else {
			printSummary(out, run, mail);
		}
		out.flush();
		if (!"COMPLETED".equals(run.status())) {
			err.println(RunOutcomes.failureLine(run));
			err.flush();
			return ExitCodes.FAILURE;
		}
		boolean refused = run.steps()
			.stream()
			.anyMatch((step) -> step.name().startsWith("ingest") && step.exitMessage() != null
					&& !step.exitMessage().isBlank());
		if (refused) {
			run.steps()
				.stream()
				.filter((step) -> step.name().startsWith("ingest") && step.exitMessage() != null
						&& !step.exitMessage().isBlank())
				.forEach((step) -> err.println("已拒收: " + oneLine(step.exitMessage())));
			err.flush();
			return ExitCodes.REJECTED;
		}
		return ExitCodes.OK;
	}

	private void printSummary(PrintWriter out, RunRecord run, List<OutboxEntry> mail) {
		out.println("运行 " + run.id() + ": " + run.deliverable() + " 截至 " + run.asOf() + " — " + run.status());
		for (RunRecord.Step step : run.steps()) {
			out.printf("  %-22s %-10s 读 %d 写 %d 拒 %d%n", step.name(), step.status(), step.readCount(),
					step.writeCount(), step.skipCount());
		}
		if (run.reportFile() != null) {
			out.println("报表: " + run.reportFile());
		}
		for (OutboxEntry message : mail) {
			out.println("邮件: " + String.join(",", message.to()) + " " + message.state()
					+ ((message.lastError() != null) ? " (" + message.lastError() + ")" : ""));
		}
	}

	/** The document of SPEC §5.3. */
	String json(RunRecord run, List<OutboxEntry> mail) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("deliverable", run.deliverable());
		document.put("asOf", run.asOf().toString());
		Reconciler reconciler = this.reconciler.getIfAvailable();
		Reconciliation reconciliation = (reconciler != null) ? reconciler.reconcile(run.asOf()) : null;
		List<Object> cities = new ArrayList<>();
		Map<String, Object> totals = new LinkedHashMap<>();
		Map<Metric, BigDecimal> sums = new LinkedHashMap<>();
		for (Metric metric : Metric.values()) {
			sums.put(metric, BigDecimal.ZERO);
		}
		if (reconciliation != null) {
			for (CityReconciliation city : reconciliation.cities()) {
				cities.add(city(city));
				city.submission()
					.ifPresent((submission) -> sums.replaceAll((metric, sum) -> sum.add(submission.figure(metric))));
			}
		}
		sums.forEach((metric, sum) -> totals.put(metric.key(), number(sum)));
		document.put("cities", cities);
		document.put("totals", totals);
		PlatformActivities activities = this.platform.getIfAvailable();
		Map<String, Object> platformCounts = new LinkedHashMap<>();
		platformCounts.put("activities", (activities != null) ? activities.activityCount() : 0);
		platformCounts.put("rejected_rows", (activities != null) ? activities.rejectedRowCount() : 0);
		document.put("platform", platformCounts);
		document.put("report", run.reportFile());
		List<Object> messages = new ArrayList<>();
		for (OutboxEntry message : mail) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("to", message.to());
			entry.put("subject", message.subject());
			entry.put("status", message.state());
			messages.add(entry);
		}
		document.put("mail", messages);
		return JsonMapper.builder().disable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(document);
	}

	private Map<String, Object> city(CityReconciliation city) {
		Map<String, Object> entry = new LinkedHashMap<>();
		Optional<CitySubmission> submission = city.submission();
		entry.put("city", city.city().name());
		entry.put("submitted", city.submitted());
		entry.put("late", submission.map(CitySubmission::late).orElse(false));
		Map<String, Object> reported = null;
		if (submission.isPresent()) {
			reported = new LinkedHashMap<>();
			for (Metric metric : Metric.values()) {
				reported.put(metric.key(), number(submission.get().figure(metric)));
			}
		}
		entry.put("reported", reported);
		entry.put("counties_active", countyNames(submission.map(CitySubmission::countiesActive).orElse(List.of())));
		entry.put("counties_inactive", countyNames(submission.map(CitySubmission::countiesInactive).orElse(List.of())));
		Map<String, Object> checks = new LinkedHashMap<>();
		for (MetricCheck check : city.metrics()) {
			Map<String, Object> value = new LinkedHashMap<>();
			value.put("reported", (check.reported() != null) ? number(check.reported()) : null);
			value.put("platform", check.platform());
			value.put("status", check.status().name());
			checks.put(check.metric().key(), value);
		}
		entry.put("reconciliation", checks);
		List<Object> counties = new ArrayList<>();
		for (CountyCheck county : city.counties()) {
			Map<String, Object> value = new LinkedHashMap<>();
			value.put("code", county.countyCode());
			value.put("name", county.countyName());
			value.put("status", county.status().name());
			counties.add(value);
		}
		entry.put("counties", counties);
		entry.put("warnings", submission.map(CitySubmission::warnings).orElse(List.of()));
		return entry;
	}

	private List<String> countyNames(List<String> codes) {
		return codes.stream().map((code) -> this.divisions.countyByCode(code).map(County::name).orElse(code)).toList();
	}

	/** Whole numbers as integers, money as plain decimals (never 1E+1). */
	static Number number(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		if (stripped.scale() <= 0) {
			return stripped.longValueExact();
		}
		return stripped;
	}

	private static String oneLine(String text) {
		return (text != null) ? text.replaceAll("\\s*\\R\\s*", " ") : "";
	}

}
