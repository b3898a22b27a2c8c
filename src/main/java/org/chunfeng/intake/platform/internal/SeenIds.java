package org.chunfeng.intake.platform.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The activity ids a file has named so far, kept as a Bloom filter: it never forgets an
 * id, and it wrongly claims about one new id in a hundred. A row whose id it claims goes
 * the careful way (staged, then merged with the newest-wins rule), which is right for a
 * repeated id and merely slower for a wrongly claimed one; every other row can go
 * straight in. Two bytes per id, so that ten million ids take 20 MB.
 */
final class SeenIds {

	/** Bits set per id, all in one 64-bit word: one memory access per lookup. */
	private static final int BITS = 5;

	private final List<long[]> filters = new ArrayList<>();

	/** Ids the newest filter was sized for. */
	private long capacity;

	private long inNewest;

	private boolean claimed;

	SeenIds(long expectedIds) {
		this.capacity = Math.max(expectedIds, 1 << 16);
		this.filters.add(new long[words(this.capacity)]);
	}

	/**
	 * Adds the id; false when it was (or is wrongly believed to have been) added before.
	 */
	boolean add(String id) {
		long hash = Utf8.hash(id);
		long bits = bits(hash);
		for (long[] filter : this.filters) {
			if ((filter[index(hash, filter.length)] & bits) == bits) {
				this.claimed = true;
				return false;
			}
		}
		if (this.inNewest == this.capacity) {
			// more ids than expected: a new, larger filter keeps the error rate
			this.capacity *= 2;
			this.filters.add(new long[words(this.capacity)]);
			this.inNewest = 0;
		}
		long[] newest = this.filters.get(this.filters.size() - 1);
		newest[index(hash, newest.length)] |= bits;
		this.inNewest++;
		return true;
	}

	/** Whether any id was claimed as seen before, rightly or wrongly. */
	boolean anyClaimed() {
		return this.claimed;
	}

	private static int words(long ids) {
		// 16 bits per id
		return (int) Math.min(Math.max(ids / 4, 1), Integer.MAX_VALUE - 8);
	}

	private static int index(long hash, int length) {
		return (int) ((hash >>> 32) % length);
	}

	/**
	 * BITS distinct bits of a word, from the hash's low twelve bits: an odd step visits
	 * every position of 64 once.
	 */
	private static long bits(long hash) {
		int position = (int) hash & 63;
		int step = ((int) (hash >>> 6) & 63) | 1;
		long bits = 0;
		for (int i = 0; i < BITS; i++) {
			bits |= 1L << ((position + i * step) & 63);
		}
		return bits;
	}

}
