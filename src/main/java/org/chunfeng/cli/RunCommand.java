package org.chunfeng.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chunfeng.campaign.Campaigns;
import org.chunfeng.deliverable.AsOfDates;
import org.chunfeng.deliverable.DeliverableRuns;
import org.chunfeng.deliverable.Deliverables;
import org.chunfeng.deliverable.RunConflictException;
import org.chunfeng.deliverable.RunDraft;
import org.chunfeng.deliverable.Headlines;
import org.chunfeng.deliverable.RunMail;
import org.chunfeng.deliverable.RunRecord;
import org.chunfeng.deliverable.RunStatus;
import org.chunfeng.deliverable.RunWording;
import org.chunfeng.deliverable.RunRequest;
import org.chunfeng.deliverable.RunVersion;
import org.chunfeng.intake.city.CityRefusal;
import org.chunfeng.intake.city.CitySubmission;
import org.chunfeng.intake.city.Metric;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.CountyCheck;
import org.chunfeng.reconcile.MetricCheck;
import org.chunfeng.reconcile.PlatformFreshness;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.reconcile.ReconciliationText;
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

import org.springframework.stereotype.Component;

/** {@code run <deliverable> --as-of D [--force] [--no-mail] [--json]}. */
@Component
@Command(name = "run", description = "导入收件箱中的新文件，核对、编制并发送报表", mixinStandardHelpOptions = true)
class RunCommand implements Subcommand {

	private static final DateTimeFormatter OFFSET_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

	// explicit defaults: picocli would otherwise take a previous execution's values, as
	// this command is a singleton bean

	@Parameters(index = "0", paramLabel = "DELIVERABLE", description = "报表：weekly、reminder、phase1、phase2 或 final")
	String deliverable;

	@Option(names = "--as-of", required = true, paramLabel = "D", description = "截至日期，例如 2024-02-29")
	LocalDate asOf;

	@Option(names = "--force", defaultValue = "false", description = "即使该日期已发送，也重新编制并发送新的版本（更正版）")
	boolean force;

	@Option(names = "--no-mail", defaultValue = "false", description = "预览：只编制，不发送邮件；该日期仍待正式运行")
	boolean noMail;

	@Option(names = "--json", defaultValue = "false", description = "在标准输出打印一个 JSON 文档（运行摘要）")
	boolean json;

	@Spec
	CommandSpec spec;

	private final DeliverableRuns runs;

	private final Deliverables deliverables;

	private final Campaigns campaigns;

	private final Divisions divisions;

	RunCommand(DeliverableRuns runs, Deliverables deliverables, Campaigns campaigns, Divisions divisions) {
		this.runs = runs;
		this.deliverables = deliverables;
		this.campaigns = campaigns;
		this.divisions = divisions;
	}

	@Override
	public Integer call() {
		if (this.deliverables.find(this.deliverable).isEmpty()) {
			throw new ParameterException(this.spec.commandLine(), "未知的报表 '" + this.deliverable + "'（可用: "
					+ String.join("、", this.deliverables.all().stream().map((d) -> d.id()).toList()) + "）");
		}
		LocalDate date = this.asOf;
		Optional<String> outside = AsOfDates.problem(date, this.campaigns.current());
		if (outside.isPresent()) {
			throw new ParameterException(this.spec.commandLine(), "--as-of: " + outside.get());
		}
		Instant asked = Instant.now();
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
		List<RunMail> mail = this.runs.mail(run.id());
		Optional<Reconciliation> reconciliation = this.runs.reconciliation(run.id());
		Optional<RunVersion> version = this.runs.version(run.id());
		Optional<RunDraft> draft = this.runs.draft(run.id());
		if (this.json) {
			out.println(json(run, reconciliation, version, draft, mail));
		}
		else {
			boolean earlier = run.startedAt() != null && run.startedAt().isBefore(asked.minusSeconds(1));
			printSummary(out, run, reconciliation, version, draft, mail, earlier);
		}
		out.flush();
		if (!RunOutcomes.succeeded(run)) {
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

	private void printSummary(PrintWriter out, RunRecord run, Optional<Reconciliation> reconciliation,
			Optional<RunVersion> version, Optional<RunDraft> draft, List<RunMail> mail, boolean earlier) {
		out.println("运行 " + run.id() + ": " + run.deliverable() + " 截至 " + run.asOf() + " — "
				+ RunWording.status(run.status()) + version.map(RunCommand::edition).orElse(""));
		if (earlier && run.status() == RunStatus.AWAITING_APPROVAL) {
			out.println("  截至 " + run.asOf() + " 的 " + run.deliverable() + " 报告稿已于此前发送审核（运行 " + run.id()
					+ "），正在等待审核，本次未重复生成和发送");
		}
		else if (earlier) {
			out.println("  截至 " + run.asOf() + " 的 " + run.deliverable() + " 已于此前发送（运行 " + run.id()
					+ "），本次未重复生成和发送；需要更正时加 --force 生成新版本");
		}
		for (RunRecord.Step step : run.steps()) {
			out.println("  " + RunWording.stepLine(step));
		}
		reconciliation.ifPresent((result) -> {
			out.println(Headlines.sentence(result));
			if (!result.withFigures().isEmpty()) {
				out.println(Headlines.coverage(result));
			}
			out.println(ReconciliationText.submissions(result));
			out.println(ReconciliationText.comparison(result));
		});
		if (run.reportFile() != null) {
			out.println("报表: " + run.reportFile());
		}
		for (RunMail message : mail) {
			out.println("邮件: " + RunWording.mailKind(message.kind())
					+ ((message.city() != null) ? " " + message.city() : "") + " → " + String.join(",", message.to())
					+ " " + RunWording.status(message.status())
					+ ((message.lastError() != null) ? " (" + message.lastError() + ")" : ""));
		}
		draft.ifPresent((document) -> out.println("报告稿: " + document.draftFile()));
		if (version.map(RunVersion::preview).orElse(false)) {
			out.println("预览：未发送任何邮件，本期报表仍待正式运行发送");
		}
		if (run.status() == RunStatus.AWAITING_APPROVAL) {
			out.println(RunOutcomes.awaitingLine(run));
		}
	}

	private static String edition(RunVersion version) {
		if (version.preview()) {
			return "（预览，未发送）";
		}
		return (version.version() > 1) ? "（更正版，第" + version.version() + "版）" : "（第1版）";
	}

	/** The document of SPEC §5.3, from what the run stored. */
	String json(RunRecord run, Optional<Reconciliation> stored, Optional<RunVersion> version, Optional<RunDraft> draft,
			List<RunMail> mail) {
		ZoneId zone = this.campaigns.current().zone();
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("run", run.id());
		document.put("deliverable", run.deliverable());
		document.put("asOf", run.asOf().toString());
		document.put("period", stored.map((result) -> result.period().toString()).orElse(null));
		document.put("version", version.filter((v) -> !v.preview()).map(RunVersion::version).orElse(null));
		document.put("preview", version.map(RunVersion::preview).orElse(false));
		List<Object> cities = new ArrayList<>();
		stored.ifPresent((result) -> result.cities().forEach((city) -> cities.add(city(city, zone))));
		document.put("cities", cities);
		Map<String, Object> totals = null;
		if (stored.isPresent() && !stored.get().totals().isEmpty()) {
			totals = new LinkedHashMap<>();
			for (Metric metric : Metric.values()) {
				totals.put(metric.key(), number(stored.get().totals().get(metric)));
			}
		}
		document.put("totals", totals);
		Map<String, Object> cover = new LinkedHashMap<>();
		cover.put("cities", stored.map((result) -> result.withFigures().size()).orElse(0));
		cover.put("carried_forward", stored.map((result) -> names(result.carriedForward())).orElse(List.of()));
		cover.put("missing", stored.map((result) -> names(result.missing())).orElse(List.of()));
		document.put("totals_cover", cover);
		Map<String, Object> platform = new LinkedHashMap<>();
		PlatformFreshness freshness = stored.map(Reconciliation::platform).orElse(null);
		platform.put("activities", (freshness != null) ? freshness.activities() : 0);
		platform.put("rejected_rows", (freshness != null) ? freshness.rejectedRows() : 0);
		platform.put("fresh", freshness != null && freshness.fresh());
		platform.put("last_import", (freshness != null && freshness.lastImport() != null)
				? OFFSET_TIME.format(freshness.lastImport().atZone(zone)) : null);
		// how recent the platform data is: its newest record's 更新时间 (platform time)
		platform.put("newest_update",
				(freshness != null && freshness.newestUpdate() != null) ? freshness.newestUpdate().toString() : null);
		platform.put("reason", (freshness != null) ? freshness.reason() : null);
		document.put("platform", platform);
		document.put("report", run.reportFile());
		// phase and final reports: the draft report document and its sign-off (SPEC §5.5)
		if (draft.isPresent()) {
			document.put("draft", draft.get().draftFile());
			Map<String, Object> signOff = new LinkedHashMap<>();
			signOff.put("required", draft.get().signOff());
			signOff.put("status", !draft.get().signOff() ? null : (draft.get().approvedAt() != null) ? "APPROVED"
					: (draft.get().draftedAt() != null) ? "AWAITING_APPROVAL" : "NOT_DRAFTED");
			signOff.put("drafted_at", (draft.get().draftedAt() != null)
					? OFFSET_TIME.format(draft.get().draftedAt().atZone(zone)) : null);
			signOff.put("approved_by", draft.get().approvedBy());
			signOff.put("approved_at", (draft.get().approvedAt() != null)
					? OFFSET_TIME.format(draft.get().approvedAt().atZone(zone)) : null);
			signOff.put("approved_document", draft.get().approvedFile());
			document.put("sign_off", signOff);
		}
		List<Object> messages = new ArrayList<>();
		for (RunMail message : mail) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("to", message.to());
			entry.put("subject", message.subject());
			entry.put("kind", message.kind().name());
			entry.put("city", message.city());
			entry.put("status", message.status().name());
			messages.add(entry);
		}
		document.put("mail", messages);
		return JsonMapper.builder().disable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(document);
	}

	private Map<String, Object> city(CityReconciliation city, ZoneId zone) {
		Map<String, Object> entry = new LinkedHashMap<>();
		Optional<CitySubmission> submission = city.submission();
		entry.put("city", city.city().name());
		entry.put("submission", city.status().name());
		entry.put("submitted", city.submitted());
		entry.put("late", city.late());
		entry.put("figures_as_of", city.figuresAsOf().map(LocalDate::toString).orElse(null));
		entry.put("received_at",
				submission.map((shown) -> OFFSET_TIME.format(shown.receivedAt().atZone(zone))).orElse(null));
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
		entry.put("discrepancy", city.hasDiscrepancies());
		List<String> refusals = new ArrayList<>();
		for (CityRefusal refusal : city.refusals()) {
			refusals.addAll(refusal.reasonsInFile());
		}
		entry.put("refusals", refusals);
		entry.put("warnings", submission.map(CitySubmission::warnings).orElse(List.of()));
		return entry;
	}

	private static List<String> names(List<CityReconciliation> cities) {
		return cities.stream().map((city) -> city.city().name()).toList();
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
