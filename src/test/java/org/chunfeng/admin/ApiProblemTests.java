package org.chunfeng.admin;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What used to answer 500 answers its own status with a Chinese RFC 9457 problem
 * document; times carry the +08:00 offset.
 */
class ApiProblemTests extends AdminContextTest {

	@Autowired
	JobRepository jobRepository;

	@Test
	void anUnknownRunIsNotFound() throws Exception {
		problem(get("/api/runs/999999"), 404, "未找到", "没有运行 #999999");
		problem(get("/api/runs/-1/report"), 404, "未找到", "运行 #-1 没有报表文件");
		problem(get("/api/runs/999999/deliveries"), 404, "未找到", "没有运行 #999999");
		problem(post("/api/runs/999999/restart"), 404, "未找到", "没有运行 #999999");
	}

	@Test
	void aBadLimitOrCampaignIsBadInputOrNotFound() throws Exception {
		problem(get("/api/runs").param("limit", "-5"), 400, "请求有误", "limit 应为 1 到 1000 之间的整数，收到的是 -5");
		problem(get("/api/audit").param("limit", "abc"), 400, "请求有误", "参数 limit 的值 abc 无效，应为整数");
		problem(get("/api/schedule").param("campaign", "1999"), 404, "未找到", "没有配置 1999 年的活动（已配置: [2024]）");
		problem(get("/api/submissions").param("date", "2024-02-30"), 400, "请求有误",
				"参数 date 的值 2024-02-30 无效，应为日期 yyyy-MM-dd（且该日期存在）");
	}

	@Test
	void anUploadWithoutItsFileIsBadInput() throws Exception {
		problem(multipart("/api/uploads/city").param("reportingDate", "2024-02-29"), 400, "请求有误", "缺少上传的文件（表单字段 file）");
		problem(post("/api/uploads/platform").contentType(MediaType.APPLICATION_JSON).content("{}"), 400, "请求有误",
				"上传须用 multipart/form-data，文件放在表单字段 file 中");
		problem(multipart("/api/uploads/city")
			.file(new MockMultipartFile("file", "", "application/octet-stream", new byte[] { 1 })), 400, "请求有误",
				"上传的文件没有文件名");
	}

	@Test
	void aBadRunRequestIsBadInput() throws Exception {
		problem(post("/api/deliverables/weekly/runs").contentType(MediaType.APPLICATION_JSON)
			.content("{\"asOf\": \"29.2.\"}"), 400, "请求有误",
				"请求正文无法读取：应为 JSON，日期写作 yyyy-MM-dd，例如 {\"asOf\": \"2024-02-29\"}");
		problem(post("/api/deliverables/weekly/runs").contentType(MediaType.APPLICATION_JSON).content("{}"), 400,
				"请求有误", "请填写截至日期 asOf（yyyy-MM-dd）");
	}

	@Test
	void theLoserOfTwoRunsOfOneReportIsAConflict() throws Exception {
		JobParameters parameters = new JobParametersBuilder().addString("deliverable", "weekly", true)
			.addLocalDate("asOf", LocalDate.of(2024, 2, 29), true)
			.addJobParameter("sendMail", true, Boolean.class, false)
			.addString("requestedBy", "admin", false)
			.toJobParameters();
		JobInstance instance = this.jobRepository.createJobInstance("deliverableJob", parameters);
		JobExecution running = this.jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
		running.setStartTime(LocalDateTime.now());
		running.setStatus(BatchStatus.STARTED);
		this.jobRepository.update(running);

		// the same sentence as the command line's, naming the live run
		String sentence = "已有同一报表正在运行（运行 #" + running.getId() + "，开始于 ";
		problem(post("/api/deliverables/weekly/runs").contentType(MediaType.APPLICATION_JSON)
			.content("{\"asOf\": \"2024-02-29\"}"), 409, "操作冲突", startsWith(sentence));
		problem(post("/api/runs/" + running.getId() + "/restart"), 409, "操作冲突", startsWith(sentence));
		org.assertj.core.api.Assertions.assertThat(audit())
			.containsExactly("admin RUN weekly REFUSED", "admin RESTART 运行 #" + running.getId() + " REFUSED");
	}

	@Test
	void timesCarryTheirOffset() throws Exception {
		this.mvc.perform(post("/api/deliverables/weekly/pause").with(httpBasic("admin", "chunfeng-admin")));
		this.mvc.perform(get("/api/audit").with(httpBasic("viewer", "chunfeng-viewer")))
			.andExpect(jsonPath("$[0].at")
				.value(matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?\\+08:00")));
		this.mvc.perform(get("/api/deliverables").with(httpBasic("viewer", "chunfeng-viewer")))
			.andExpect(jsonPath("$[0].id").value("weekly"));
	}

	private ResultActions problem(AbstractMockHttpServletRequestBuilder<?> request, int status, String title,
			String detail) throws Exception {
		return problem(request, status, title, org.hamcrest.Matchers.equalTo(detail));
	}

	private ResultActions problem(AbstractMockHttpServletRequestBuilder<?> request, int status, String title,
			org.hamcrest.Matcher<String> detail) throws Exception {
		return this.mvc.perform(request.with(httpBasic("admin", "chunfeng-admin")))
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.title").value(title))
			.andExpect(jsonPath("$.detail").value(detail))
			.andExpect(jsonPath("$.instance").value(startsWith("/api/")));
	}

}
