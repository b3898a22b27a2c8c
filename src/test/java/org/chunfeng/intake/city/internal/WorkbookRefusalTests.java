package org.chunfeng.intake.city.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chunfeng.intake.city.CityWorkbookFixtures.workbook;
import static org.chunfeng.intake.city.internal.ReaderHarness.allCounties;

/** Files that are not readable workbooks are refused with a reason, without harm. */
class WorkbookRefusalTests {

	@TempDir
	Path folder;

	byte[] valid() {
		return workbook().row("太原市", allCounties("太原市")).bytes();
	}

	@Test
	void refusesZipBomb() throws IOException {
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(valid()));
				ZipOutputStream out = new ZipOutputStream(bomb)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					String xml = new String(content, java.nio.charset.StandardCharsets.UTF_8);
					byte[] padding = new byte[50 * 1024 * 1024];
					Arrays.fill(padding, (byte) ' ');
					int split = xml.indexOf("<sheetData");
					out.write(xml.substring(0, split).getBytes(java.nio.charset.StandardCharsets.UTF_8));
					out.write(padding);
					out.write(xml.substring(split).getBytes(java.nio.charset.StandardCharsets.UTF_8));
				}
				else {
					out.write(content);
				}
				out.closeEntry();
			}
		}
		assertThat(bomb.size()).isLessThan(1024 * 1024);
		ReaderHarness.Read read = ReaderHarness.read(this.folder, "bomb.xlsx", bomb.toByteArray());
		assertThat(read.errors()).containsExactly("bomb.xlsx: 文件解压后异常庞大（疑似压缩炸弹），已拒绝");
	}

	@Test
	void refusesEncryptedWorkbook() throws Exception {
		Path file = this.folder.resolve("locked.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("secret");
			try (OutputStream out = encryptor.getDataStream(fs)) {
				out.write(valid());
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
		}
		ReaderHarness.Read read = ReaderHarness.read(file);
		assertThat(read.errors()).containsExactly("locked.xlsx: 文件设有密码（已加密），请去掉密码后重新提交");
	}

	@Test
	void refusesCorruptWorkbook() {
		byte[] valid = valid();
		byte[] truncated = Arrays.copyOf(valid, valid.length / 2);
		ReaderHarness.Read read = ReaderHarness.read(this.folder, "broken.xlsx", truncated);
		assertThat(read.errors()).containsExactly("broken.xlsx: 文件已损坏或不是Excel工作簿，无法读取，请重新保存后提交");
	}

	@Test
	void refusesRenamedNonWorkbook() {
		ReaderHarness.Read read = ReaderHarness.read(this.folder, "report.xlsx",
				"市级名称,线上招聘会场次\n太原市,12\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(read.errors())
			.containsExactly("report.xlsx: 不是Excel工作簿（.xlsx 或 .xls），可能是改了扩展名的其他文件，请用Excel另存为工作簿后重新提交");
	}

	@Test
	void refusesOversizedFileBeforeOpeningIt() throws IOException {
		Path file = Files.write(this.folder.resolve("big.xlsx"), new byte[3 * 1024 * 1024]);
		assertThat(org.junit.jupiter.api.Assertions
			.assertThrows(UnreadableWorkbookException.class, () -> WorkbookOpener.open(file, "big.xlsx", 1024 * 1024))
			.getMessage()).isEqualTo("big.xlsx: 文件过大（3.0 MB，上限 1.0 MB），已拒绝");
	}

}
