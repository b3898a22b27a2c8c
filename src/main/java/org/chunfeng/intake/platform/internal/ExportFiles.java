package org.chunfeng.intake.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Recognises an export's kind and encoding from its bytes, never from its name. */
final class ExportFiles {

	/**
	 * UTF-8 is decided from this much of the file: enough for any real export's header.
	 */
	private static final int SNIFF_BYTES = 4 * 1024 * 1024;

	static final Charset GB18030 = Charset.forName("GB18030");

	enum Kind {

		CSV, XLSX

	}

	private ExportFiles() {
	}

	static Kind kind(Path file) throws IOException {
		byte[] head = new byte[8];
		int length;
		try (InputStream in = Files.newInputStream(file)) {
			length = in.readNBytes(head, 0, head.length);
		}
		if (length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
			return Kind.XLSX;
		}
		if (length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
				&& (head[3] & 0xFF) == 0xE0) {
			throw new ExportFormatException("是旧版 Excel (.xls) 文件，请在 Excel 中另存为 .xlsx 或 CSV 后再导入");
		}
		return Kind.CSV;
	}

	/**
	 * UTF-8 when it has a BOM or its bytes are valid UTF-8, else GB18030 (which GBK is
	 * part of).
	 */
	static Charset csvCharset(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(SNIFF_BYTES);
		}
		if (hasUtf8Bom(head)) {
			return StandardCharsets.UTF_8;
		}
		boolean complete = head.length < SNIFF_BYTES;
		return isUtf8(head, complete) ? StandardCharsets.UTF_8 : GB18030;
	}

	static boolean hasUtf8Bom(byte[] head) {
		return head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
	}

	/** Valid UTF-8; a sequence cut off at the end of an incomplete sample is allowed. */
	private static boolean isUtf8(byte[] bytes, boolean complete) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(64 * 1024);
		while (true) {
			CoderResult result = decoder.decode(in, out, complete);
			if (result.isError()) {
				return false;
			}
			if (result.isOverflow()) {
				out.clear();
				continue;
			}
			break;
		}
		if (complete) {
			try {
				CoderResult flush = decoder.flush(out);
				return !flush.isError();
			}
			catch (IllegalStateException ex) {
				return true;
			}
		}
		return in.remaining() < 4;
	}

	static String sha256(Path file) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		byte[] buffer = new byte[256 * 1024];
		try (InputStream in = Files.newInputStream(file)) {
			int read;
			while ((read = in.read(buffer)) > 0) {
				digest.update(buffer, 0, read);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

}
