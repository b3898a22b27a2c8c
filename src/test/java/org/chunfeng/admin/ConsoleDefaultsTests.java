package org.chunfeng.admin;

import org.chunfeng.intake.city.CityWorkbookFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages open where the data is: submissions and discrepancies on the latest reporting
 * date a workbook was accepted for; labels in Chinese.
 */
class ConsoleDefaultsTests extends AdminContextTest {

	@Test
	void submissionsAndDiscrepanciesOpenOnTheLatestDateWithData() throws Exception {
		byte[] workbook = CityWorkbookFixtures.workbook().row("太原市", UploadChecksTests.TAIYUAN).bytes();
		this.mvc
			.perform(multipart("/api/uploads/city").file(new MockMultipartFile("file", "太原市.xlsx", null, workbook))
				.param("reportingDate", "2024-03-07")
				.with(httpBasic("admin", "chunfeng-admin")))
			.andExpect(status().isOk());
		MockHttpSession viewer = login("viewer", "chunfeng-viewer");
		this.mvc.perform(get("/submissions").session(viewer))
			.andExpect(content().string(containsString("各市报送（截至 2024-03-07）")));
		this.mvc.perform(get("/discrepancies").session(viewer))
			.andExpect(content().string(containsString("核对差异（截至 2024-03-07）")));
		this.mvc.perform(get("/api/submissions").with(httpBasic("viewer", "chunfeng-viewer")))
			.andExpect(jsonPath("$.asOf").value("2024-03-07"));
		this.mvc.perform(get("/audit").session(viewer))
			.andExpect(content().string(containsString("上传统计表")))
			.andExpect(content().string(containsString("登录")));
		this.mvc.perform(get("/").session(viewer))
			.andExpect(content().string(containsString("报表任务")))
			// today is long after the 2024 campaign: said so, not as a missing deadline
			.andExpect(content().string(containsString("<strong class=\"countdown over\">2024年春风行动已结束</strong>")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("已无截止时间"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("交付物"))));
	}

	@Test
	void aFileOfADateAfterTheLastDueDateIsLateForThatPeriodAndTheDateShownIsTheOneSelected() throws Exception {
		byte[] workbook = CityWorkbookFixtures.workbook().row("太原市", UploadChecksTests.TAIYUAN).bytes();
		this.mvc
			.perform(multipart("/api/uploads/city").file(new MockMultipartFile("file", "太原市.xlsx", null, workbook))
				.param("reportingDate", "2024-04-08")
				.with(httpBasic("admin", "chunfeng-admin")))
			.andExpect(status().isOk());
		MockHttpSession viewer = login("viewer", "chunfeng-viewer");
		this.mvc.perform(get("/submissions").session(viewer))
			.andExpect(content().string(containsString("各市报送（截至 2024-04-08）")))
			.andExpect(content()
				.string(containsString("<option value=\"2024-04-08\" selected=\"selected\">2024-04-08</option>")))
			.andExpect(content().string(containsString("本期（2024年4月3日）报送情况：逾期报送1市（太原市）")));
		this.mvc.perform(get("/api/submissions").with(httpBasic("viewer", "chunfeng-viewer")))
			.andExpect(jsonPath("$.period").value("2024-04-03"))
			.andExpect(jsonPath("$.cities[0].status").value("LATE"))
			.andExpect(jsonPath("$.cities[0].late").value(true));
	}

}
