package org.chunfeng;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

import org.chunfeng.TestDatabaseEnvironment.TestDatabase;
import org.chunfeng.audit.AuditEntry;
import org.chunfeng.audit.AuditLog;
import org.chunfeng.audit.AuditOutcome;
import org.chunfeng.delivery.MailKind;
import org.chunfeng.delivery.MailState;
import org.chunfeng.delivery.OutboundMessage;
import org.chunfeng.delivery.Outbox;
import org.chunfeng.delivery.OutboxEntry;
import org.chunfeng.intake.platform.PlatformActivities;
import org.chunfeng.intake.platform.PlatformImport;
import org.chunfeng.reconcile.CountyCheck;
import org.chunfeng.reconcile.CountyStatus;
import org.chunfeng.reconcile.MetricStatus;
import org.chunfeng.reconcile.SubmissionStatus;
import org.chunfeng.schedule.Alert;
import org.chunfeng.schedule.FiringOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The schema refuses what the code never writes (V13): a state column takes only its
 * enum's names, a city's figures need their city's reconciliation row, and a city code
 * has four characters. On PostgreSQL when it is reachable, else on H2.
 */
@SpringBootTest
class SchemaConstraintsTests {

	private static final Timestamp NOW = Timestamp.from(Instant.parse("2024-02-29T10:30:00Z"));

	private static final LocalDate AS_OF = LocalDate.of(2024, 2, 29);

	/**
	 * Each database's SQLSTATE for a CHECK constraint, a foreign key and a long value.
	 */
	private static final String CHECK_VIOLATED = TestDatabase.isPostgres() ? "23514" : "23513";

	private static final String PARENT_MISSING = TestDatabase.isPostgres() ? "23503" : "23506";

	private static final String TOO_LONG = "22001";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditLog audit;

	@Autowired
	Outbox outbox;

	@Autowired
	PlatformActivities platform;

	@BeforeEach
	void clean() {
		DatabaseCleaner.clean(this.jdbc);
	}

	@Test
	void everyStateColumnTakesEachNameOfItsEnum() {
		for (StateColumn column : stateColumns()) {
			DatabaseCleaner.clean(this.jdbc);
			for (int i = 0; i < column.allowed().size(); i++) {
				column.insert().accept(i, column.allowed().get(i));
			}
			assertThat(this.jdbc.queryForList("select " + column.column() + " from " + column.table(), String.class))
				.as(column.constraint())
				.containsExactlyInAnyOrderElementsOf(column.allowed());
		}
	}

	@Test
	void everyStateColumnRefusesAnUnknownValue() {
		for (StateColumn column : stateColumns()) {
			assertRefused(() -> column.insert().accept(0, "BOGUS"), CHECK_VIOLATED, column.constraint());
			assertThat(this.jdbc.queryForObject("select count(*) from " + column.table(), Integer.class))
				.as(column.table())
				.isZero();
		}
	}

	@Test
	void aStateIsComparedAsWrittenNotIgnoringCase() {
		assertRefused(() -> outboxRow(1, "sent", MailKind.REPORT.name()), CHECK_VIOLATED, "mail_outbox_state_check");
		assertRefused(() -> cityImportFile(1, "ACCEPTED"), CHECK_VIOLATED, "city_import_file_outcome_check");
	}

	@Test
	void aCitysFiguresNeedTheCitysReconciliationRow() {
		assertRefused(() -> metric(41, "1401", MetricStatus.MATCH.name()), PARENT_MISSING,
				"reconciliation_metric_city");
		city(41, "1402", SubmissionStatus.ON_TIME.name());
		assertRefused(() -> metric(41, "1401", MetricStatus.MATCH.name()), PARENT_MISSING,
				"reconciliation_metric_city");
		city(40, "1401", SubmissionStatus.ON_TIME.name());
		assertRefused(() -> metric(41, "1401", MetricStatus.MATCH.name()), PARENT_MISSING,
				"reconciliation_metric_city");

		city(41, "1401", SubmissionStatus.LATE.name());
		metric(41, "1401", MetricStatus.MISMATCH.name());

		assertThat(this.jdbc.queryForList(
				"select run_id || ' ' || city_code || ' ' || status from reconciliation_metric", String.class))
			.containsExactly("41 1401 MISMATCH");
	}

	@Test
	void aCityCodeHasFourCharactersEverywhere() {
		List<String> tables = List.of("city_submission", "city_refusal", "reconciliation_city", "reconciliation_metric",
				"reconciliation_county", "reconciliation_refusal", "reconciliation_completeness", "platform_activity",
				"platform_staging");
		for (String table : tables) {
			assertThat(this.jdbc.queryForObject("""
					select data_type || ' ' || character_maximum_length from information_schema.columns
					where table_schema = current_schema() and table_name = ? and column_name = 'city_code'
					""", String.class, table)).as(table).isEqualTo("character 4");
		}
		assertRefused(() -> city(41, "14010", SubmissionStatus.ON_TIME.name()), TOO_LONG, "character(4)");
		city(41, "1401", SubmissionStatus.ON_TIME.name());
		assertRefused(() -> metric(41, "14010", MetricStatus.MATCH.name()), TOO_LONG, "character(4)");
		assertRefused(() -> completeness(41, "14010", SubmissionStatus.ON_TIME.name()), TOO_LONG, "character(4)");
		assertRefused(() -> county(41, "14010", "140105", CountyCheck.Claim.ACTIVE.name(),
				CountyStatus.CONFIRMED_ACTIVE.name()), TOO_LONG, "character(4)");
		assertThat(this.jdbc.queryForList("select city_code from reconciliation_city", String.class))
			.containsExactly("1401");
	}

	@Test
	void everyAuditOutcomeReadsBackAsWritten() {
		for (AuditOutcome outcome : AuditOutcome.values()) {
			this.audit.record("admin", "RUN", "weekly", null, outcome);
		}

		assertThat(this.audit.recent(100)).extracting(AuditEntry::outcome)
			.containsExactlyInAnyOrder(AuditOutcome.values());
	}

	@Test
	void everyMessageKindReadsBackAsWrittenAndWaitsPending() {
		for (MailKind kind : MailKind.values()) {
			this.outbox.enqueue(List.of(new OutboundMessage("weekly/2024-02-29", 1, kind,
					List.of(kind.name().toLowerCase() + "@rst.example"), "s", "<p>h</p>", "h", null, null, null)));
		}

		assertThat(this.outbox.messages("weekly/2024-02-29")).extracting(OutboxEntry::kind, OutboxEntry::state)
			.containsExactly(Arrays.stream(MailKind.values())
				.map((kind) -> org.assertj.core.groups.Tuple.tuple(kind, MailState.PENDING))
				.toArray(org.assertj.core.groups.Tuple[]::new));
	}

	@Test
	void everyPlatformImportOutcomeReadsBackAsStored() {
		PlatformImport.Outcome[] outcomes = PlatformImport.Outcome.values();
		for (int i = 0; i < outcomes.length; i++) {
			platformImport(i, outcomes[i].name());
		}

		assertThat(this.platform.recentImports(10)).extracting(PlatformImport::outcome)
			.containsExactlyInAnyOrder(outcomes);
	}

	private void assertRefused(Runnable insert, String sqlState, String constraint) {
		assertThatThrownBy(insert::run).isInstanceOf(DataIntegrityViolationException.class).satisfies((ex) -> {
			SQLException cause = (SQLException) ((DataIntegrityViolationException) ex).getMostSpecificCause();
			assertThat(cause.getSQLState()).as(cause.getMessage()).isEqualTo(sqlState);
			assertThat(cause.getMessage()).containsIgnoringCase(constraint);
		});
	}

	private List<StateColumn> stateColumns() {
		return List.of(
				new StateColumn("mail_outbox", "state", "mail_outbox_state_check", names(MailState.values()),
						(i, value) -> outboxRow(i, value, MailKind.REPORT.name())),
				new StateColumn("mail_outbox", "kind", "mail_outbox_kind_check", names(MailKind.values()),
						(i, value) -> outboxRow(i, MailState.PENDING.name(), value)),
				new StateColumn("schedule_firing", "outcome", "schedule_firing_outcome_check",
						names(FiringOutcome.values()), this::firing),
				new StateColumn("schedule_alert", "kind", "schedule_alert_kind_check", names(Alert.Kind.values()),
						this::alert),
				new StateColumn("audit_log", "outcome", "audit_log_outcome_check", names(AuditOutcome.values()),
						(i, value) -> this.jdbc.update(
								"insert into audit_log (at, username, action, outcome) values (?, 'admin', 'RUN', ?)",
								NOW, value)),
				new StateColumn("platform_import", "outcome", "platform_import_outcome_check",
						names(PlatformImport.Outcome.values()), this::platformImport),
				new StateColumn("city_import_file", "outcome", "city_import_file_outcome_check",
						List.of("accepted", "partial", "refused", "duplicate"), this::cityImportFile),
				new StateColumn("reconciliation_city", "status", "reconciliation_city_status_check",
						names(SubmissionStatus.values()), (i, value) -> city(i, "14" + (10 + i), value)),
				new StateColumn("reconciliation_completeness", "status", "reconciliation_completeness_status_check",
						names(SubmissionStatus.values()), (i, value) -> completeness(i, "1401", value)),
				new StateColumn("reconciliation_county", "claim", "reconciliation_county_claim_check",
						names(CountyCheck.Claim.values()),
						(i, value) -> county(i, "1401", "1401" + (10 + i), value, CountyStatus.NOT_LISTED.name())),
				new StateColumn("reconciliation_county", "status", "reconciliation_county_status_check",
						names(CountyStatus.values()),
						(i, value) -> county(i + 100, "1401", "1401" + (10 + i), CountyCheck.Claim.NOT_LISTED.name(),
								value)),
				new StateColumn("reconciliation_metric", "status", "reconciliation_metric_status_check",
						names(MetricStatus.values()), (i, value) -> {
							city(i + 200, "1401", SubmissionStatus.ON_TIME.name());
							metric(i + 200, "1401", value);
						}));
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

	private void outboxRow(int i, String state, String kind) {
		this.jdbc.update("""
				insert into mail_outbox (run_key, kind, message_id, recipients, subject, html_body, text_body, state,
				    created_at)
				values ('weekly/2024-02-29', ?, ?, 'leader@rst.example', 's', 'h', 'h', ?, ?)
				""", kind, "<" + i + "." + state + "." + kind + "@chunfeng.local>", state, NOW);
	}

	private void firing(int i, String outcome) {
		this.jdbc.update(
				"""
						insert into schedule_firing (deliverable, trigger_name, as_of, scheduled_at, fired_at, deadline, outcome)
						values ('weekly', ?, ?, ?, ?, ?, ?)
						""",
				"20240229-183" + i, AS_OF, NOW, NOW, NOW, outcome);
	}

	private void alert(int i, String kind) {
		this.jdbc.update("""
				insert into schedule_alert (deliverable, as_of, kind, deadline, sent_at, recipients, message)
				values ('weekly', ?, ?, ?, ?, 'admin@rst.example', 'm')
				""", AS_OF, kind, NOW, NOW);
	}

	private void platformImport(int i, String outcome) {
		this.jdbc.update("""
				insert into platform_import (file_name, file_path, sha256, outcome, started_at)
				values (?, '/srv/chunfeng/inbox/export.csv', ?, ?, ?)
				""", "export-" + i + ".csv", "0".repeat(63) + i, outcome, NOW);
	}

	private void cityImportFile(int i, String outcome) {
		this.jdbc.update("""
				insert into city_import_file (file_name, sha256, size_bytes, imported_at, received_at, outcome,
				    accepted_cities, errors, warnings)
				values (?, ?, 1, ?, ?, ?, '', '', '')
				""", "taiyuan-" + i + ".xlsx", "0".repeat(63) + i, NOW, NOW, outcome);
	}

	private void city(int runId, String cityCode, String status) {
		this.jdbc.update("""
				insert into reconciliation_city (run_id, as_of, city_code, city_name, submitted, status)
				values (?, ?, ?, '太原市', true, ?)
				""", runId, AS_OF, cityCode, status);
	}

	private void metric(int runId, String cityCode, String status) {
		this.jdbc.update("""
				insert into reconciliation_metric (run_id, city_code, metric, platform, status)
				values (?, ?, 'online_fairs', 3, ?)
				""", runId, cityCode, status);
	}

	private void completeness(int runId, String cityCode, String status) {
		this.jdbc.update("""
				insert into reconciliation_completeness (run_id, city_code, due_date, status) values (?, ?, ?, ?)
				""", runId, cityCode, AS_OF, status);
	}

	private void county(int runId, String cityCode, String countyCode, String claim, String status) {
		this.jdbc.update("""
				insert into reconciliation_county (run_id, city_code, county_code, county_name, platform_activities,
				    platform_positions, claim, status)
				values (?, ?, ?, '小店区', 0, 0, ?, ?)
				""", runId, cityCode, countyCode, claim, status);
	}

	/**
	 * A state column, its CHECK constraint, the names the code writes into it, and how to
	 * insert the i-th row with a value.
	 */
	private record StateColumn(String table, String column, String constraint, List<String> allowed,
			BiConsumer<Integer, String> insert) {

	}

}
