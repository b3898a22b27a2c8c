package org.chunfeng.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.chunfeng.deliverable.PhaseScenario;
import org.chunfeng.deliverable.PipelineTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code run phase1 --json} and {@code approve <run> [--docx FILE]} on the command line
 * (SPEC §5.3, §5.5): the summary names the draft and the DRAFT mail; the approval sends
 * the report, once.
 */
@SpringBootTest
class ApproveCommandTests extends PipelineTestSupport {

	@Autowired
	ApplicationContext context;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@BeforeEach
	void phase1() {
		PhaseScenario scenario = new PhaseScenario(this.cityIntake, this.platformIntake);
		scenario.importPlatform();
		scenario.phase1();
	}

	@Test
	void runSendsTheDraftForSignOffAndApproveSendsTheEditedReportOnce() throws Exception {
		assertThat(execute(RunCommand.class, "phase1", "--as-of", "2024-02-01", "--json")).as(this.err.toString())
			.isZero();
		JsonNode json = JsonMapper.builder().build().readTree(this.out.toString());
		long run = json.get("run").asLong();
		assertThat(json.get("draft").asString()).isEqualTo("out/reports/chunfeng-phase1-2024-02-01.docx");
		assertThat(json.get("report").asString()).isEqualTo("out/reports/chunfeng-phase1-2024-02-01.xlsx");
		assertThat(json.get("sign_off").get("status").asString()).isEqualTo("AWAITING_APPROVAL");
		assertThat(json.get("mail")).hasSize(1);
		assertThat(json.get("mail").get(0).get("kind").asString()).isEqualTo("DRAFT");
		assertThat(json.get("mail").get(0).get("to").get(0).asString()).isEqualTo("jiuye@rst.shanxi.example");
		assertThat(json.get("mail").get(0).get("status").asString()).isEqualTo("SENT");
		this.out.getBuffer().setLength(0);
		Path edited = Files.createTempDirectory("approve").resolve("修改稿.docx");
		try (XWPFDocument document = new XWPFDocument(); OutputStream file = Files.newOutputStream(edited)) {
			document.createParagraph().createRun().setText("审定稿");
			document.write(file);
		}

		assertThat(execute(ApproveCommand.class, "#" + run, "--docx", edited.toString())).as(this.err.toString())
			.isZero();

		assertThat(this.out.toString()).startsWith("运行 #" + run + " 的报告稿已审核通过（发送修改后的报告稿 修改稿.docx）；发送运行 ")
			.contains("phase1 截至 2024-02-01 — 已完成")
			.contains("邮件: 报表 → leader@rst.shanxi.example 已发送")
			// the draft was listed when it went out, not again
			.doesNotContain("待审核稿")
			.doesNotContain("DRAFT")
			.doesNotContain("SENT")
			// a city's notice names its city
			.containsPattern("邮件: 差异通知 \\S+市 → ")
			.doesNotContain("邮件: 差异通知 →");
		assertThat(greenMail.getReceivedMessagesForDomain("leader@rst.shanxi.example")).hasSize(1);

		assertThat(execute(ApproveCommand.class, String.valueOf(run))).isEqualTo(ExitCodes.FAILURE);
		assertThat(this.err.toString()).contains("由命令行审核通过，不能再次审核");
		assertThat(greenMail.getReceivedMessagesForDomain("leader@rst.shanxi.example")).hasSize(1);
		assertThat(execute(ApproveCommand.class, "999999")).isEqualTo(ExitCodes.USAGE);
		assertThat(this.err.toString()).contains("没有运行 #999999（见 status）");
	}

	@Test
	void aMissingDocumentIsBadUsageAnsweredBeforeTheApplication() {
		Invocation invocation = Invocation.parse(new String[] { "approve", "12", "--docx", "没有这个文件.docx" },
				new PrintWriter(this.out, true), new PrintWriter(this.err, true));

		assertThat(invocation.answered()).isTrue();
		assertThat(invocation.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(this.err.toString()).isEqualTo("错误: approve: 选项 --docx 的值有误：找不到文件 没有这个文件.docx。用 --help 查看用法\n");
	}

	private int execute(Class<?> type, String... args) {
		CommandLine commandLine = new CommandLine(this.context.getBean(type));
		commandLine.setOut(new PrintWriter(this.out, true));
		commandLine.setErr(new PrintWriter(this.err, true));
		return commandLine.execute(args);
	}

}
