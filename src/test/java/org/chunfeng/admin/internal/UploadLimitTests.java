package org.chunfeng.admin.internal;

import org.chunfeng.intake.city.CityReportsProperties;
import org.junit.jupiter.api.Test;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** An upload's size limit: the configured one, or none when it is negative (-1). */
class UploadLimitTests {

	@Test
	void refusesAPlatformExportOverItsLimit() {
		UploadCheck check = check(DataSize.ofMegabytes(200));
		assertThat(check.beforeKeeping(UploadCheck.Kind.PLATFORM, "导出.csv", 201L * 1024 * 1024))
			.isEqualTo("文件过大（201.0 MB，上限 200.0 MB）");
		assertThat(check.beforeKeeping(UploadCheck.Kind.PLATFORM, "导出.csv", 200L * 1024 * 1024)).isNull();
	}

	@Test
	void takesAPlatformExportOfAnySizeWhenTheLimitIsMinusOne() {
		UploadCheck check = check(DataSize.ofBytes(-1));
		assertThat(check.beforeKeeping(UploadCheck.Kind.PLATFORM, "导出.csv", 1_600_000_000L)).isNull();
		assertThat(check.beforeKeeping(UploadCheck.Kind.PLATFORM, "导出.csv", 0)).isEqualTo("文件是空的");
	}

	private static UploadCheck check(DataSize platformMax) {
		MultipartProperties multipart = new MultipartProperties();
		multipart.setMaxFileSize(platformMax);
		return new UploadCheck(new CityReportsProperties(DataSize.ofMegabytes(10), 20), multipart);
	}

}
