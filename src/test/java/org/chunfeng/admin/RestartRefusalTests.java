package org.chunfeng.admin;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A failed run whose report a later run has completed since is not restarted (it would be
 * compiled and sent again): the refusal names the run that did it. A failure is shown as
 * one Chinese sentence, its detail to admins only and without server paths.
 */
class RestartRefusalTests extends AdminContextTest {

	@Autowired
	JobRepository jobRepository;

	@Test
	void restartOfARunCompletedSinceByAnotherIsRefusedNamingThatRun() throws Exception {
		long failed = failedRun();
		long completed = runWeekly();
		String sentence = "运行 #" + failed + " 不能重新运行：weekly（截至 2024-02-29）已由运行 #" + completed + " 于 ";

		this.mvc.perform(post("/api/runs/" + failed + "/restart").with(httpBasic("admin", "chunfeng-admin")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("操作冲突"))
			.andExpect(jsonPath("$.detail").value(matchesPattern("运行 #" + failed + " 不能重新运行：weekly（截至 2024-02-29）已由运行 #"
					+ completed + " 于 \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d 完成，重新运行会再次编制和发送")));
		MockHttpSession admin = login("admin", "chunfeng-admin");
		this.mvc.perform(post("/runs/" + failed + "/restart").session(admin).with(csrf()))
			.andExpect(redirectedUrl("/runs"))
			.andExpect(flash().attribute("error", containsString(sentence)))
			.andExpect(flash().attribute("message", org.hamcrest.Matchers.nullValue()));
		assertThat(this.jdbc.queryForObject("select count(*) from batch_job_execution", Integer.class)).isEqualTo(2);
		assertThat(audit()).containsSubsequence("admin RUN weekly COMPLETED",
				"admin RESTART 运行 #" + failed + " REFUSED", "admin RESTART 运行 #" + failed + " REFUSED");
		assertThat(this.jdbc.queryForObject("select run_id from audit_log where outcome = 'COMPLETED'", Long.class))
			.isEqualTo(completed);
	}

	@Test
	void aFailureIsOneSentenceItsDetailForAdminsOnlyAndWithoutServerPaths() throws Exception {
		long failed = failedRun();
		String sentence = "运行失败，请管理员查看日志，排除问题后重新运行。";
		this.mvc.perform(get("/api/runs/" + failed).with(httpBasic("viewer", "chunfeng-viewer")))
			.andExpect(jsonPath("$.exitMessage").value(sentence));
		this.mvc.perform(get("/api/runs/" + failed).with(httpBasic("admin", "chunfeng-admin")))
			.andExpect(jsonPath("$.exitMessage").value(sentence + " 详情：cannot read 太原市.xlsx: disk gone"));
		this.mvc.perform(get("/runs/" + failed).session(login("viewer", "chunfeng-viewer")))
			.andExpect(content().string(containsString(sentence)))
			.andExpect(content().string(not(containsString("disk gone"))))
			.andExpect(content().string(not(containsString("/srv/chunfeng"))));
		this.mvc.perform(get("/runs/" + failed).session(login("admin", "chunfeng-admin")))
			.andExpect(content().string(containsString("cannot read 太原市.xlsx: disk gone")))
			.andExpect(content().string(not(containsString("/srv/chunfeng"))));
	}

	/** A run of weekly as of 2024-02-29 that failed, as Spring Batch records one. */
	private long failedRun() {
		JobParameters parameters = new JobParametersBuilder().addString("deliverable", "weekly", true)
			.addLocalDate("asOf", LocalDate.of(2024, 2, 29), true)
			.addJobParameter("sendMail", true, Boolean.class, false)
			.addString("requestedBy", "admin", false)
			.toJobParameters();
		JobInstance instance = this.jobRepository.createJobInstance("deliverableJob", parameters);
		JobExecution execution = this.jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
		execution.setStartTime(LocalDateTime.now().minusMinutes(5));
		execution.setEndTime(LocalDateTime.now().minusMinutes(4));
		execution.setStatus(BatchStatus.FAILED);
		execution.setExitStatus(new ExitStatus("FAILED",
				"java.lang.IllegalStateException: cannot read /srv/chunfeng/inbox/cities/太原市.xlsx: disk gone\n\tat x.y(Z.java:1)"));
		this.jobRepository.update(execution);
		return execution.getId();
	}

	/**
	 * Runs weekly as of 2024-02-29 through the API: it restarts the failed run's report
	 * and completes it.
	 */
	private long runWeekly() throws Exception {
		String body = this.mvc
			.perform(post("/api/deliverables/weekly/runs").with(httpBasic("admin", "chunfeng-admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"asOf\": \"2024-02-29\", \"sendMail\": true}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Long.parseLong(body.replaceFirst("^\\{\"id\":(\\d+),.*$", "$1"));
	}

}
