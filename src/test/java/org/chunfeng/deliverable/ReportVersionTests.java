package org.chunfeng.deliverable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.chunfeng.delivery.MailKind;
import org.chunfeng.delivery.MailParts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.chunfeng.deliverable.Scenario.FEB_29;
import static org.chunfeng.deliverable.Scenario.MAR_07;

/**
 * Versions and previews (SPEC §5.4): a forced run is the next version of the same report,
 * every version's file is kept and its mail says what changed; a run without mail is a
 * preview that leaves the date open; dates outside the campaign are refused.
 */
@SpringBootTest
class ReportVersionTests extends PipelineTestSupport {

	private static final String SUBJECT = "【春风行动】全省开展情况统计（截至2024年2月29日）";

	private Scenario scenario;

	@BeforeEach
	void clean() {
		this.scenario = new Scenario(this.cityIntake, this.platformIntake);
		this.scenario.importPlatform();
		this.scenario.importCities();
	}

	@Test
	void forcedRunsAreNewVersionsThatKeepEveryEarlierFileAndSayWhatChanged() throws Exception {
		RunRecord first = this.runs.run(new RunRequest("weekly", FEB_29, false, true, "test"));
		Path v1 = this.workspace.home().resolve(first.reportFile());
		String v1Hash = sha256(v1);
		// 大同 sends its figures for 02-29 after the report went out
		this.scenario.importCity("大同0229.xlsx", FEB_29, "2024-02-29T20:00", "2024-02-29T19:50",
				Scenario.row("大同市", "云州区", Scenario.DATONG_OTHERS, 1, 50, 1, 70, 12));

		RunRecord second = this.runs.run(new RunRequest("weekly", FEB_29, true, true, "test"));
		RunRecord third = this.runs.run(new RunRequest("weekly", FEB_29, true, true, "test"));
		RunRecord plain = this.runs.run(new RunRequest("weekly", FEB_29, false, true, "test"));

		assertThat(List.of(first.reportFile(), second.reportFile(), third.reportFile())).containsExactly(
				"out/reports/chunfeng-weekly-2024-02-29.xlsx", "out/reports/chunfeng-weekly-2024-02-29-v2.xlsx",
				"out/reports/chunfeng-weekly-2024-02-29-v3.xlsx");
		assertThat(sha256(v1)).isEqualTo(v1Hash);
		assertThat(this.workspace.home().resolve(second.reportFile())).exists();
		assertThat(this.runs.version(first.id())).map(RunVersion::version).contains(1);
		assertThat(this.runs.version(third.id())).map(RunVersion::version).contains(3);
		// a later unforced run sees the date as done and sends nothing
		assertThat(plain.id()).isEqualTo(third.id());
		List<MimeMessage> toLeader = Arrays.asList(greenMail.getReceivedMessagesForDomain("leader@rst.shanxi.example"));
		assertThat(toLeader).extracting(Scenario::subject)
			.containsExactly(SUBJECT, SUBJECT + "更正版（第2版）", SUBJECT + "更正版（第3版）");
		String v2 = Scenario.text(toLeader.get(1));
		assertThat(v2).startsWith("本邮件为更正版（第2版），替代")
			.contains("发送的第1版，变化见文末。")
			.contains("与第1版相比的变化：\n")
			.contains("- 大同市：报送情况由“沿用2月22日数据”改为“逾期”\n")
			.contains("- 大同市 线下招聘会场次：0 → 1\n")
			.contains("- 大同市 签订就业协议（意向）人次：5 → 12\n")
			.contains("- 合计 线下招聘会场次：9 → 10\n")
			.doesNotContain("大同市 线上招聘会场次");
		assertThat(Scenario.text(toLeader.get(2))).contains("与第2版相比的变化：\n- 各市报送情况和数据均无变化。\n");
		assertThat(MimeUtility.decodeText(MailParts.attachment(toLeader.get(1)).getFileName()))
			.isEqualTo("春风行动开展情况统计表（截至2024年2月29日）更正版（第2版）.xlsx");
		// a city is told again only when what it is told changes
		assertThat(greenMail.getReceivedMessagesForDomain("yc@rst.shanxi.example")).hasSize(1);
	}

	@Test
	void aPreviewSendsNothingAndLeavesTheDateOpenForTheRealRun() {
		RunRecord preview = this.runs.run(new RunRequest("weekly", MAR_07, false, false, "test"));

		assertThat(preview.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(preview.reportFile())
			.isEqualTo("out/reports/chunfeng-weekly-2024-03-07-preview-" + preview.id() + ".xlsx");
		assertThat(this.runs.version(preview.id())).map(RunVersion::preview).contains(true);
		assertThat(greenMail.getReceivedMessages()).isEmpty();
		// what it would have sent, not sent
		assertThat(this.runs.mail(preview.id())).isNotEmpty()
			.allMatch((mail) -> mail.status() == RunMail.Status.NOT_SENT)
			.extracting(RunMail::kind)
			.contains(MailKind.REPORT, MailKind.DISCREPANCY, MailKind.REFUSAL);

		RunRecord real = this.runs.run(new RunRequest("weekly", MAR_07, false, true, "test"));

		assertThat(real.id()).isNotEqualTo(preview.id());
		assertThat(real.reportFile()).isEqualTo("out/reports/chunfeng-weekly-2024-03-07.xlsx");
		assertThat(this.runs.version(real.id())).map(RunVersion::version).contains(1);
		assertThat(greenMail.getReceivedMessagesForDomain("leader@rst.shanxi.example")).hasSize(1);
		assertThat(greenMail.getReceivedMessagesForDomain("cz@rst.shanxi.example")).hasSize(1);
		assertThat(this.workspace.home().resolve(preview.reportFile())).exists();
	}

	@Test
	void aReportFileFromBeforeVersionsWereRecordedIsNeverOverwritten() throws Exception {
		Path earlier = Files.writeString(this.workspace.reports().resolve("chunfeng-weekly-2024-03-07.xlsx"), "sent");

		RunRecord run = this.runs.run(new RunRequest("weekly", MAR_07, false, true, "test"));

		assertThat(Files.readString(earlier)).isEqualTo("sent");
		assertThat(run.reportFile()).isEqualTo("out/reports/chunfeng-weekly-2024-03-07-v2.xlsx");
	}

	@Test
	void asOfDatesOutsideTheCampaignAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> this.runs.run(new RunRequest("weekly", java.time.LocalDate.of(2023, 12, 1), false, true, "test")))
			.withMessage(
					"截至日期 2023-12-01 不在2024年春风行动期间：可用的日期为 2024-01-25 至 2024-04-10（活动期 2024-01-25 至 2024-04-08，另加整体总结截止日）");
		assertThatIllegalArgumentException().isThrownBy(
				() -> this.runs.run(new RunRequest("final", java.time.LocalDate.of(2024, 4, 11), false, true, "test")));
		assertThat(this.runs.recent(10)).isEmpty();
	}

	private static String sha256(Path file) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

}
