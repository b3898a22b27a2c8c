package org.chunfeng.admin;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.chunfeng.ReportsCleaner;
import org.chunfeng.deliverable.DeliverableRuns;
import org.chunfeng.deliverable.PhaseScenario;
import org.chunfeng.deliverable.RunRecord;
import org.chunfeng.deliverable.RunRequest;
import org.chunfeng.deliverable.RunStatus;
import org.chunfeng.delivery.MailKind;
import org.chunfeng.delivery.OutboxEntry;
import org.chunfeng.intake.city.CityReportIntake;
import org.chunfeng.intake.platform.PlatformIntake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Approving a phase report's draft from the console and the API (SPEC §5.5): 待审核 shown,
 * the edited document checked like any upload and sent, approval for admins only, once,
 * and only of a draft that waits; each refusal in the audit log with the approval.
 */
class ApprovalTests extends AdminContextTest {

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	@Autowired
	DeliverableRuns runs;

	@Autowired
	CityReportIntake cityIntake;

	@Autowired
	PlatformIntake platformIntake;

	@BeforeEach
	void phase1() {
		ReportsCleaner.clean(this.workspace);
		PhaseScenario scenario = new PhaseScenario(this.cityIntake, this.platformIntake);
		scenario.importPlatform();
		scenario.phase1();
	}

	@Test
	void apiApprovesWithAnEditedDocumentCheckedLikeAnyUploadAndSendsIt() throws Exception {
		long id = draft();
		// uploads other tests took in stay; this test's are removed again
		java.util.List<Path> before = uploads();
		this.mvc.perform(get("/api/runs/" + id).with(httpBasic("viewer", "chunfeng-viewer")))
			.andExpect(jsonPath("$.status").value("AWAITING_APPROVAL"));
		this.mvc.perform(post("/api/runs/" + id + "/approve").with(httpBasic("viewer", "chunfeng-viewer")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/api/runs/" + id + "/approve")
				.file(new MockMultipartFile("file", "修改稿.docx", DOCX, "%PDF-1.4 renamed".getBytes()))
				.with(httpBasic("admin", "chunfeng-admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("修改后的报告稿“修改稿.docx”扩展名是 .docx，内容却不是 Word 文档（可能是改了扩展名的其他文件）"));
		assertThat(uploads()).isEqualTo(before);

		this.mvc
			.perform(multipart("/api/runs/" + id + "/approve")
				.file(new MockMultipartFile("file", "修改稿.docx", DOCX, edited("厅领导审定：同意上报。")))
				.with(httpBasic("admin", "chunfeng-admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"));

		assertThat(uploads()).isEqualTo(before);
		RunRecord sent = this.runs.lastOf("phase1").orElseThrow();
		String approved = "out/reports/chunfeng-phase1-2024-02-01-approved-" + id + ".docx";
		assertThat(this.runs.deliveries(sent.id())).filteredOn((entry) -> entry.kind() == MailKind.REPORT)
			.extracting(OutboxEntry::attachment)
			.containsOnly(this.workspace.home().resolve(approved).toString());
		byte[] downloaded = this.mvc
			.perform(get("/api/runs/" + id + "/draft").with(httpBasic("viewer", "chunfeng-viewer")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(DOCX))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(downloaded))) {
			assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText).containsExactly("厅领导审定：同意上报。");
		}
		this.mvc.perform(post("/api/runs/" + id + "/approve").with(httpBasic("admin", "chunfeng-admin")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("由 admin 审核通过，不能再次审核")));
		assertThat(audit()).contains("admin APPROVE 运行 #" + id + " REFUSED", "admin APPROVE phase1 OK");
	}

	@Test
	void consoleShowsTheDraftAwaitingApprovalAndApprovesItWithoutAnUpload() throws Exception {
		long id = draft();
		MockHttpSession admin = login("admin", "chunfeng-admin");
		MockHttpSession viewer = login("viewer", "chunfeng-viewer");
		this.mvc.perform(get("/runs").session(admin))
			.andExpect(content().string(containsString("待审核")))
			.andExpect(content().string(containsString("审阅报告稿并审核")));
		this.mvc.perform(get("/runs/" + id).session(admin))
			.andExpect(content().string(containsString("id=\"approve-form\"")))
			.andExpect(content().string(containsString("下载报告稿（Word）")));
		this.mvc.perform(get("/runs/" + id).session(viewer))
			.andExpect(content().string(containsString("待审核")))
			.andExpect(content().string(not(containsString("id=\"approve-form\""))));

		this.mvc.perform(multipart("/runs/" + id + "/approve").session(admin).with(csrf()))
			.andExpect(redirectedUrl("/runs"))
			.andExpect(flash().attribute("message", "运行 #" + id + " 的报告稿已审核通过，正在发送给领导，本页自动刷新至发送结束"));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(this.runs.lastOf("phase1")).map(RunRecord::status).contains(RunStatus.COMPLETED));
		this.mvc.perform(get("/runs/" + id).session(viewer))
			.andExpect(content().string(containsString("admin 于 ")))
			.andExpect(content().string(containsString(" 审核通过")));
	}

	@Test
	void onlyADraftThatWaitsCanBeApproved() throws Exception {
		RunRecord weekly = this.runs.run(new RunRequest("weekly", PhaseScenario.FEB_01, false, true, "test"));

		this.mvc.perform(post("/api/runs/" + weekly.id() + "/approve").with(httpBasic("admin", "chunfeng-admin")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("运行 #" + weekly.id() + " 没有待审核的报告稿：该报表不需要审核"));
		this.mvc.perform(post("/api/runs/999999/approve").with(httpBasic("admin", "chunfeng-admin")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("没有运行 #999999"));
	}

	private long draft() {
		RunRecord run = this.runs.run(new RunRequest("phase1", PhaseScenario.FEB_01, false, true, "scheduler"));
		assertThat(run.status()).isEqualTo(RunStatus.AWAITING_APPROVAL);
		return run.id();
	}

	private java.util.List<Path> uploads() throws Exception {
		Path uploads = this.workspace.home().resolve("inbox/uploads");
		if (!Files.isDirectory(uploads)) {
			return java.util.List.of();
		}
		try (Stream<Path> files = Files.list(uploads)) {
			return files.sorted().toList();
		}
	}

	private static byte[] edited(String text) throws Exception {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(text);
			document.write(out);
			return out.toByteArray();
		}
	}

}
