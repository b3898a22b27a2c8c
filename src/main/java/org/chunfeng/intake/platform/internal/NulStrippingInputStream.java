package org.chunfeng.intake.platform.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Drops NUL bytes, which some exporters pad fields with. Safe for UTF-8 and GB18030,
 * where no multi-byte character contains a zero byte.
 */
final class NulStrippingInputStream extends FilterInputStream {

	NulStrippingInputStream(InputStream in) {
		super(in);
	}

	@Override
	public int read() throws IOException {
		int b;
		do {
			b = this.in.read();
		}
		while (b == 0);
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		while (true) {
			int read = this.in.read(buffer, offset, length);
			if (read <= 0) {
				return read;
			}
			int kept = offset;
			for (int i = offset; i < offset + read; i++) {
				if (buffer[i] != 0) {
					buffer[kept++] = buffer[i];
				}
			}
			if (kept > offset) {
				return kept - offset;
			}
		}
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = 0;
		while (skipped < n && read() >= 0) {
			skipped++;
		}
		return skipped;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

}
