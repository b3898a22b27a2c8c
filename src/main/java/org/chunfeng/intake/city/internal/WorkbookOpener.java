package org.chunfeng.intake.city.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Opens a city's workbook read-only, refusing what is not one: oversized, renamed,
 * encrypted, corrupt or a zip bomb. POI's ZipSecureFile limits stay at their defaults.
 */
final class WorkbookOpener {

	private WorkbookOpener() {
	}

	static Workbook open(Path file, String fileName, long maxBytes) throws UnreadableWorkbookException {
		long size;
		FileMagic magic;
		try {
			size = Files.size(file);
			if (size > maxBytes) {
				throw new UnreadableWorkbookException(String.format(Locale.ROOT, "%s: 文件过大（%.1f MB，上限 %.1f MB），已拒绝",
						fileName, size / 1048576.0, maxBytes / 1048576.0));
			}
			if (size == 0) {
				throw new UnreadableWorkbookException(fileName + ": 文件是空的，不是Excel工作簿");
			}
			try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
				magic = FileMagic.valueOf(in);
			}
		}
		catch (IOException ex) {
			throw new UnreadableWorkbookException(fileName + ": 无法读取文件（" + ex.getMessage() + "）");
		}
		if (magic != FileMagic.OOXML && magic != FileMagic.OLE2) {
			throw new UnreadableWorkbookException(
					fileName + ": 不是Excel工作簿（.xlsx 或 .xls），可能是改了扩展名的其他文件，请用Excel另存为工作簿后重新提交");
		}
		try {
			return WorkbookFactory.create(file.toFile(), null, true);
		}
		catch (EncryptedDocumentException ex) {
			throw new UnreadableWorkbookException(fileName + ": 文件设有密码（已加密），请去掉密码后重新提交");
		}
		catch (Exception | StackOverflowError ex) {
			if (isZipBomb(ex)) {
				throw new UnreadableWorkbookException(fileName + ": 文件解压后异常庞大（疑似压缩炸弹），已拒绝");
			}
			if (causedBy(ex, EncryptedDocumentException.class)) {
				throw new UnreadableWorkbookException(fileName + ": 文件设有密码（已加密），请去掉密码后重新提交");
			}
			throw new UnreadableWorkbookException(fileName + ": 文件已损坏或不是Excel工作簿，无法读取，请重新保存后提交");
		}
	}

	static boolean isZipBomb(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage());
			if (message.contains("Zip bomb") || message.contains("max size of the expanded data")
					|| message.contains("ratio of compressed file size")) {
				return true;
			}
		}
		return false;
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

}
