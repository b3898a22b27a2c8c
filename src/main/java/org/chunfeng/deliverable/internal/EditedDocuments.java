package org.chunfeng.deliverable.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * An edited report document uploaded with an approval (SPEC §5.5): checked to be a Word
 * document that opens (POI refuses zip bombs), and kept beside the draft under a name of
 * its own, so that the draft and every approved version stay.
 */
final class EditedDocuments {

	/** The largest edited document taken. */
	static final long MAX_SIZE = 20L * 1024 * 1024;

	private EditedDocuments() {
	}

	/** Refuses, with one Chinese sentence, a file that is not a readable .docx. */
	static void check(Path file) {
		String name = file.getFileName().toString();
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException("找不到修改后的报告稿 " + name);
		}
		if (!name.toLowerCase(Locale.ROOT).endsWith(".docx")) {
			throw new IllegalArgumentException("修改后的报告稿应为 Word 文档（.docx），收到的是 " + name);
		}
		try {
			long size = Files.size(file);
			if (size == 0) {
				throw new IllegalArgumentException("修改后的报告稿 " + name + " 是空文件");
			}
			if (size > MAX_SIZE) {
				throw new IllegalArgumentException(String.format(Locale.ROOT, "修改后的报告稿 %s 过大（%.1f MB，上限 %d MB）", name,
						size / 1048576.0, MAX_SIZE / 1048576));
			}
			try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
				if (document.getBodyElements().isEmpty()) {
					throw new IllegalArgumentException("修改后的报告稿 " + name + " 没有内容");
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof IllegalArgumentException refused && refused.getMessage() != null
					&& refused.getMessage().startsWith("修改后的报告稿")) {
				throw refused;
			}
			throw new IllegalArgumentException("修改后的报告稿 " + name + " 无法作为 Word 文档（.docx）打开，请在 Word 中另存为 .docx 后重新上传",
					ex);
		}
	}

	/**
	 * Copies the edited document beside the draft as {@code …-approved-<run>.docx} (a
	 * second approval attempt gets a name of its own), written whole before it appears.
	 */
	static Path keep(Path edited, Path draft, long runId) {
		String base = draft.getFileName().toString().replaceFirst("\\.docx$", "");
		Path target = draft.resolveSibling(base + "-approved-" + runId + ".docx");
		for (int i = 2; Files.exists(target); i++) {
			target = draft.resolveSibling(base + "-approved-" + runId + "-" + i + ".docx");
		}
		Path temp = target.resolveSibling("." + target.getFileName() + ".part");
		try {
			Files.createDirectories(target.getParent());
			Files.copy(edited, temp, StandardCopyOption.REPLACE_EXISTING);
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			return target;
		}
		catch (IOException ex) {
			discard(temp);
			throw new UncheckedIOException("cannot keep the edited document as " + target, ex);
		}
	}

	/** Removes a kept copy that no approval refers to. */
	static void discard(Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// an unreferenced copy in the reports folder is harmless
		}
	}

}
