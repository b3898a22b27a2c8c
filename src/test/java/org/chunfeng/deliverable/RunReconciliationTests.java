package org.chunfeng.deliverable;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.internet.MimeMessage;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chunfeng.delivery.MailParts;
import org.chunfeng.reconcile.Reconciler;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.reconcile.SubmissionStatus;
import org.chunfeng.report.CompiledReport;
import org.chunfeng.report.ReportCompiler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chunfeng.deliverable.Scenario.FEB_29;

/**
 * One run, one reconciliation (SPEC §4.1): a run killed after it reconciled and restarted
 * after a new city file arrived reports and mails what it reconciled.
 */
@SpringBootTest
class RunReconciliationTests extends PipelineTestSupport {

	@Autowired
	Reconciler reconciler;

	@Autowired
	FailingOnce failing;

	private Scenario scenario;

	@BeforeEach
	void clean() {
		this.scenario = new Scenario(this.cityIntake, this.platformIntake);
		this.scenario.importPlatform();
		this.scenario.importCities();
	}

	@Test
	void aRunKilledAfterReconcileAndRestartedAfterANewFileReportsWhatItReconciled() throws Exception {
		this.failing.armed.set(true);
		RunRecord failed = this.runs.run(new RunRequest("weekly", FEB_29, false, true, "test"));
		Reconciliation reconciled = this.runs.reconciliation(failed.id()).orElseThrow();
		// 阳泉's file for 02-29 arrives while the run is down
		this.scenario.importCity("阳泉0229.xlsx", FEB_29, "2024-02-29T17:00", "2024-02-29T16:50",
				Scenario.row("阳泉市", "无", "城区、矿区、郊区、平定县、盂县", 0, 0, 0, 0, 0));

		RunRecord restarted = this.runs.restart(failed.id());

		assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
		assertThat(failed.steps()).extracting(RunRecord.Step::name).endsWith("reconcileStep", "compileStep");
		assertThat(restarted.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(restarted.steps()).extracting(RunRecord.Step::name).containsExactly("compileStep", "deliverStep");
		assertThat(this.reconciler.reconcile(FEB_29).city("1403").orElseThrow().status())
			.isEqualTo(SubmissionStatus.ON_TIME);
		Reconciliation reported = this.runs.reconciliation(restarted.id()).orElseThrow();
		assertThat(reported).isEqualTo(reconciled);
		assertThat(reported.city("1403").orElseThrow().status()).isEqualTo(SubmissionStatus.NOT_SUBMITTED);
		assertThat(this.failing.compiled).hasSize(1).allSatisfy((used) -> assertThat(used).isEqualTo(reconciled));
		MimeMessage report = greenMail.getReceivedMessagesForDomain("leader@rst.shanxi.example")[0];
		assertThat(Scenario.text(report)).contains("阳泉市：未报送\n").contains("合计为已报送数据的4市之和");
		try (InputStream in = MailParts.attachment(report).getInputStream(); Workbook workbook = new XSSFWorkbook(in)) {
			assertThat(workbook.getSheet("统计表").getRow(6).getCell(1).getStringCellValue()).isEqualTo("未报送");
			assertThat(workbook.getSheet("报送情况").getRow(5).getCell(1).getStringCellValue()).isEqualTo("未报送");
		}
		// 阳泉 was not reminded, told or summed: the run stands by what it reconciled
		assertThat(greenMail.getReceivedMessagesForDomain("yq@rst.shanxi.example")).isEmpty();
	}

	/**
	 * The real compiler, failing the first time it is armed, as a run killed between
	 * reconcile and compile would; it keeps what it was asked to compile.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class FailingOnce {

		final AtomicBoolean armed = new AtomicBoolean();

		final List<Reconciliation> compiled = new java.util.concurrent.CopyOnWriteArrayList<>();

		@Bean
		@Primary
		ReportCompiler failingOnceCompiler(@Qualifier("reportCompilerImpl") ReportCompiler real) {
			return new ReportCompiler() {

				@Override
				public CompiledReport compile(String deliverable, String title, List<String> sheets,
						Reconciliation reconciliation, Path file, String edition) {
					if (FailingOnce.this.armed.getAndSet(false)) {
						throw new IllegalStateException("killed after reconcile");
					}
					FailingOnce.this.compiled.add(reconciliation);
					return real.compile(deliverable, title, sheets, reconciliation, file, edition);
				}

				@Override
				public byte[] positionsChartPng(Reconciliation reconciliation) {
					return real.positionsChartPng(reconciliation);
				}

			};
		}

	}

}
