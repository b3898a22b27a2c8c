package org.chunfeng.intake.platform.internal;

/**
 * UTF-8 written straight into a buffer and hashed without making the bytes: a million
 * rows carry a few million strings, and {@code String.getBytes} allocates twice for each.
 * Produces exactly the bytes {@code getBytes(UTF_8)} would, '?' for a lone surrogate
 * included, so that what is hashed is what the database compares.
 */
final class Utf8 {

	private static final long FNV_OFFSET = 0xcbf29ce484222325L;

	private static final long FNV_PRIME = 0x100000001b3L;

	private Utf8() {
	}

	/** At most this many bytes per char. */
	static int maxBytes(String text) {
		return text.length() * 3;
	}

	/**
	 * Writes the text's UTF-8 bytes at {@code offset}, which must have room for
	 * {@link #maxBytes}; returns the offset after them.
	 */
	static int encode(String text, byte[] buffer, int offset) {
		int at = offset;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				buffer[at++] = (byte) c;
			}
			else if (c < 0x800) {
				buffer[at++] = (byte) (0xC0 | (c >> 6));
				buffer[at++] = (byte) (0x80 | (c & 0x3F));
			}
			else if (Character.isSurrogate(c)) {
				if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
					int code = Character.toCodePoint(c, text.charAt(++i));
					buffer[at++] = (byte) (0xF0 | (code >> 18));
					buffer[at++] = (byte) (0x80 | ((code >> 12) & 0x3F));
					buffer[at++] = (byte) (0x80 | ((code >> 6) & 0x3F));
					buffer[at++] = (byte) (0x80 | (code & 0x3F));
				}
				else {
					buffer[at++] = '?';
				}
			}
			else {
				buffer[at++] = (byte) (0xE0 | (c >> 12));
				buffer[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
				buffer[at++] = (byte) (0x80 | (c & 0x3F));
			}
		}
		return at;
	}

	/** The hash of the text's UTF-8 bytes, as {@link #hash(byte[], int, int)} gives. */
	static long hash(String text) {
		long hash = FNV_OFFSET;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				hash = (hash ^ c) * FNV_PRIME;
			}
			else if (c < 0x800) {
				hash = (hash ^ (0xC0 | (c >> 6))) * FNV_PRIME;
				hash = (hash ^ (0x80 | (c & 0x3F))) * FNV_PRIME;
			}
			else if (Character.isSurrogate(c)) {
				if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
					int code = Character.toCodePoint(c, text.charAt(++i));
					hash = (hash ^ (0xF0 | (code >> 18))) * FNV_PRIME;
					hash = (hash ^ (0x80 | ((code >> 12) & 0x3F))) * FNV_PRIME;
					hash = (hash ^ (0x80 | ((code >> 6) & 0x3F))) * FNV_PRIME;
					hash = (hash ^ (0x80 | (code & 0x3F))) * FNV_PRIME;
				}
				else {
					hash = (hash ^ '?') * FNV_PRIME;
				}
			}
			else {
				hash = (hash ^ (0xE0 | (c >> 12))) * FNV_PRIME;
				hash = (hash ^ (0x80 | ((c >> 6) & 0x3F))) * FNV_PRIME;
				hash = (hash ^ (0x80 | (c & 0x3F))) * FNV_PRIME;
			}
		}
		return finish(hash);
	}

	/** 64-bit FNV-1a over the bytes, then a finaliser that spreads every input bit. */
	static long hash(byte[] bytes, int offset, int length) {
		long hash = FNV_OFFSET;
		for (int i = offset; i < offset + length; i++) {
			hash = (hash ^ (bytes[i] & 0xFF)) * FNV_PRIME;
		}
		return finish(hash);
	}

	private static long finish(long hash) {
		hash ^= hash >>> 33;
		hash *= 0xff51afd7ed558ccdL;
		hash ^= hash >>> 33;
		hash *= 0xc4ceb53a85ec98d3L;
		hash ^= hash >>> 33;
		return hash;
	}

}
