package org.chunfeng.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.chunfeng.intake.city.CityWorkbookFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * An upload is checked (type, size, zip bomb) before it is kept; a refused one, and a
 * duplicate, leave nothing in inbox/uploads. Duplicates are said as such.
 */
class UploadChecksTests extends AdminContextTest {

	static final String TAIYUAN = "小店区、迎泽区、杏花岭区、尖草坪区、万柏林区、晋源区、清徐县、阳曲县、娄烦县、古交市";

	static final String EXPORT = """
			活动编号,活动名称,活动形式,区划代码,所属地市,所属县区,开始日期,结束日期,参会单位数,提供岗位数,达成就业意向人数,专项活动名称,活动状态,更新时间
			A-1,春风行动专场,线上,140105,太原市,小店区,2024-02-20,2024-02-20,10,120,8,2024年春风行动,已结束,2024-02-21 09:00:00
			""";

	@BeforeEach
	void emptyUploads() throws IOException {
		FileSystemUtils.deleteRecursively(this.workspace.home().resolve("inbox/uploads"));
	}

	@Test
	void refusedCityUploadsLeaveNothingOnDisk() throws Exception {
		city("太原市.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8))
			.andExpect(jsonPath("$.errors[0]").value("太原市.xlsx: 扩展名是 .xlsx，内容却不是 Excel 工作簿（可能是改了扩展名的其他文件）"));
		city("扫描件.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8))
			.andExpect(jsonPath("$.errors[0]").value("扫描件.pdf: 不是城市统计表可用的文件类型，只接受 .xlsx、.xls 文件"));
		byte[] large = new byte[11 * 1024 * 1024];
		large[0] = 'P';
		large[1] = 'K';
		city("大同市.xlsx", large).andExpect(jsonPath("$.errors[0]").value("大同市.xlsx: 文件过大（11.0 MB，上限 10.0 MB）"));
		city("阳泉市.xlsx", zipBomb()).andExpect(jsonPath("$.errors[0]").value(startsWith("阳泉市.xlsx: 文件解压后异常庞大")));
		assertThat(kept()).isEmpty();
		assertThat(audit()).containsExactly("admin UPLOAD_CITY 太原市.xlsx REFUSED", "admin UPLOAD_CITY 扫描件.pdf REFUSED",
				"admin UPLOAD_CITY 大同市.xlsx REFUSED", "admin UPLOAD_CITY 阳泉市.xlsx REFUSED");
	}

	@Test
	void anAcceptedWorkbookIsKeptAndItsDuplicateIsSaidAndRemoved() throws Exception {
		byte[] workbook = CityWorkbookFixtures.workbook().row("太原市", TAIYUAN).bytes();
		city("太原市.xlsx", workbook).andExpect(jsonPath("$.acceptedCities[0]").value("太原市"));
		MockHttpSession admin = login("admin", "chunfeng-admin");
		this.mvc
			.perform(multipart("/uploads/city").file(new MockMultipartFile("file", "太原市-再发.xlsx", null, workbook))
				.param("reportingDate", "2024-02-29")
				.session(admin)
				.with(csrf()))
			.andExpect(redirectedUrl("/submissions"))
			.andExpect(flash().attribute("message", "重复文件：“太原市-再发.xlsx”与已导入的文件内容相同，未重复处理"));
		assertThat(kept()).containsExactly("太原市.xlsx");
		assertThat(audit()).containsSubsequence("admin UPLOAD_CITY 太原市.xlsx OK",
				"admin UPLOAD_CITY 太原市-再发.xlsx DUPLICATE");
	}

	@Test
	void platformExportsAreListedAndADuplicateIsSaidAsSuch() throws Exception {
		MockHttpSession admin = login("admin", "chunfeng-admin");
		platform(admin, "平台导出.csv", EXPORT.getBytes(StandardCharsets.UTF_8))
			.andExpect(flash().attribute("message", "已导入“平台导出.csv”：读取 1 行，入库 1 行，拒收 0 行"));
		platform(admin, "平台导出-副本.csv", EXPORT.getBytes(StandardCharsets.UTF_8))
			.andExpect(flash().attribute("message", startsWith("重复文件：“平台导出-副本.csv”")));
		platform(admin, "别的表.csv", "姓名,电话\n张三,123\n".getBytes(StandardCharsets.UTF_8))
			.andExpect(flash().attribute("error", startsWith("“别的表.csv”被拒收：")));
		platform(admin, "导出.csv", "%PDF-1.4 not text".getBytes(StandardCharsets.UTF_8))
			.andExpect(flash().attribute("error", "“导出.csv”被拒收：扩展名是 .csv，内容却不是文本（可能是改了扩展名的其他文件）"));
		assertThat(kept()).containsExactly("平台导出.csv");
		this.mvc.perform(get("/imports").session(admin))
			.andExpect(content().string(containsString("平台导出.csv")))
			.andExpect(content().string(containsString("重复文件")))
			.andExpect(content().string(containsString("别的表.csv")));
		this.mvc.perform(get("/api/imports/platform").with(httpBasic("viewer", "chunfeng-viewer")))
			.andExpect(jsonPath("$[0].file").value("别的表.csv"))
			.andExpect(jsonPath("$[0].outcome").value("REFUSED"))
			.andExpect(jsonPath("$[2].outcome").value("LOADED"));
	}

	private ResultActions city(String name, byte[] content) throws Exception {
		return this.mvc.perform(multipart("/api/uploads/city").file(new MockMultipartFile("file", name, null, content))
			.param("reportingDate", "2024-02-29")
			.with(httpBasic("admin", "chunfeng-admin")));
	}

	private ResultActions platform(MockHttpSession session, String name, byte[] content) throws Exception {
		return this.mvc
			.perform(multipart("/uploads/platform").file(new MockMultipartFile("file", name, null, content))
				.session(session)
				.with(csrf()))
			.andExpect(redirectedUrl("/imports"));
	}

	/** The files left in inbox/uploads. */
	private List<String> kept() throws IOException {
		Path uploads = this.workspace.home().resolve("inbox/uploads");
		if (!Files.exists(uploads)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(uploads)) {
			return files.filter(Files::isRegularFile).map((file) -> file.getFileName().toString()).sorted().toList();
		}
	}

	/** 50 MB of zeros in a few kilobytes. */
	private static byte[] zipBomb() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 50; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

}
