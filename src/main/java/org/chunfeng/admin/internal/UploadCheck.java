package org.chunfeng.admin.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.chunfeng.intake.city.CityReportsProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * What an upload must be before it is kept: a file name, a type the intake reads (by
 * extension and by its first bytes), a size within the limit, and for a zip-based
 * workbook no zip bomb. Each check answers null when the file passes, else the reason in
 * Chinese.
 */
@ConditionalOnWebApplication
@Component
class UploadCheck {

	/** An entry that inflates more than this many times its stored size is a bomb. */
	static final int MAX_INFLATION = 100;

	/** Below this size an entry is not worth a ratio check. */
	private static final long SMALL_ENTRY = 1024 * 1024;

	private static final int MAX_ENTRIES = 10_000;

	/** Zip (xlsx), OLE2 (xls) and other binaries' first bytes. */
	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private static final List<byte[]> NOT_TEXT = List.of(ZIP, OLE2, "%PDF".getBytes(),
			new byte[] { 0x7F, 'E', 'L', 'F' }, new byte[] { 'M', 'Z' }, new byte[] { (byte) 0x89, 'P', 'N', 'G' },
			new byte[] { (byte) 0xFF, (byte) 0xD8 });

	/** What is uploaded: a city's workbook or a platform export. */
	enum Kind {

		CITY("城市统计表", List.of(".xlsx", ".xls")), PLATFORM("平台导出数据", List.of(".csv", ".xlsx")),
		/** an edited report document uploaded with an approval (SPEC §5.5) */
		DOCUMENT("报告稿", List.of(".docx"));

		private final String label;

		private final List<String> extensions;

		Kind(String label, List<String> extensions) {
			this.label = label;
			this.extensions = extensions;
		}

	}

	private final DataSize cityMax;

	private final DataSize platformMax;

	/**
	 * @param cityReports a city workbook's (and a report document's) limit: the intake's
	 * @param multipart a platform export's limit: a request's file
	 * ({@code config/uploads.yml})
	 */
	UploadCheck(CityReportsProperties cityReports, MultipartProperties multipart) {
		this.cityMax = cityReports.maxFileSize();
		this.platformMax = multipart.getMaxFileSize();
	}

	/** The upload's own name, without folders or characters a file system refuses. */
	static String safeName(String fileName) {
		if (fileName == null || fileName.isBlank()) {
			throw new IllegalArgumentException("上传的文件没有文件名");
		}
		String path = fileName.replace('\\', '/');
		String name = path.substring(path.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").strip();
		if (name.isBlank() || name.startsWith(".")) {
			throw new IllegalArgumentException("文件名无效: " + fileName);
		}
		return name;
	}

	/** Before anything is written: extension and size. */
	String beforeKeeping(Kind kind, String name, long size) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (kind.extensions.stream().noneMatch(lower::endsWith)) {
			return "不是" + kind.label + "可用的文件类型，只接受 " + String.join("、", kind.extensions) + " 文件";
		}
		if (size == 0) {
			return "文件是空的";
		}
		DataSize max = (kind == Kind.PLATFORM) ? this.platformMax : this.cityMax;
		// a negative limit is none, as for the request itself (spring.servlet.multipart)
		if (max.toBytes() >= 0 && size > max.toBytes()) {
			return String.format(Locale.ROOT, "文件过大（%.1f MB，上限 %.1f MB）", size / 1048576.0, max.toBytes() / 1048576.0);
		}
		return null;
	}

	/** The written file's content: its first bytes, and a workbook's zip entries. */
	String afterWriting(Kind kind, Path file) {
		String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(8);
		}
		catch (IOException ex) {
			return "无法读取上传的文件";
		}
		if (lower.endsWith(".csv")) {
			return NOT_TEXT.stream().anyMatch((magic) -> startsWith(head, magic)) ? "扩展名是 .csv，内容却不是文本（可能是改了扩展名的其他文件）"
					: null;
		}
		if (lower.endsWith(".docx")) {
			return startsWith(head, ZIP) ? zipBomb(file, head) : "扩展名是 .docx，内容却不是 Word 文档（可能是改了扩展名的其他文件）";
		}
		if (lower.endsWith(".xls")) {
			return startsWith(head, OLE2) || startsWith(head, ZIP) ? zipBomb(file, head)
					: "扩展名是 .xls，内容却不是 Excel 工作簿（可能是改了扩展名的其他文件）";
		}
		return startsWith(head, ZIP) ? zipBomb(file, head) : "扩展名是 .xlsx，内容却不是 Excel 工作簿（可能是改了扩展名的其他文件）";
	}

	/** An xlsx is a zip: its entries must not inflate beyond reason. */
	private static String zipBomb(Path file, byte[] head) {
		if (!startsWith(head, ZIP)) {
			return null;
		}
		try (ZipFile zip = new ZipFile(file.toFile())) {
			int entries = 0;
			for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements();) {
				ZipEntry entry = all.nextElement();
				if (++entries > MAX_ENTRIES) {
					return "工作簿内部的文件数异常（超过 " + MAX_ENTRIES + " 个，疑似压缩炸弹）";
				}
				long size = entry.getSize();
				long compressed = Math.max(1, entry.getCompressedSize());
				if (size > SMALL_ENTRY && size / compressed > MAX_INFLATION) {
					return "文件解压后异常庞大（" + entry.getName() + " 压缩比超过 " + MAX_INFLATION + " 倍，疑似压缩炸弹）";
				}
			}
			return null;
		}
		catch (IOException ex) {
			return "文件已损坏，无法作为 Excel 工作簿读取";
		}
	}

	private static boolean startsWith(byte[] head, byte[] magic) {
		if (head.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (head[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
