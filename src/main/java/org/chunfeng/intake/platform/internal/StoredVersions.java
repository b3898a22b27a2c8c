package org.chunfeng.intake.platform.internal;

import java.time.LocalDateTime;
import java.util.Arrays;

/**
 * Every stored activity's id (its exact UTF-8 bytes) and updated_at, read once before a
 * re-import, so that rows no newer than what is stored are skipped before they are sent
 * anywhere: the weekly re-import of a whole season is mostly such rows. Skipping one is
 * exactly what the merge would do with it (it replaces an activity only with a newer
 * version), and stays right if another import stores newer versions meanwhile, as
 * updated_at only grows.
 */
final class StoredVersions {

	/**
	 * Heap per activity, about: a typical id, its start, version and two slots, with room
	 * to grow.
	 */
	static final long BYTES_PER_ACTIVITY = 48;

	/** updated_at is null: any row replaces the activity. */
	static final long NO_VERSION = Long.MIN_VALUE;

	private byte[] ids = new byte[1 << 16];

	private int idsLength;

	private int[] starts = new int[1 << 12];

	private long[] versions = new long[1 << 12];

	private int count;

	/** Entry number + 1 per slot, 0 when free; a power of two at least twice count. */
	private int[] slots = new int[1 << 13];

	private final long budgetBytes;

	/** The id looked up, as UTF-8. */
	private byte[] scratch = new byte[256];

	private StoredVersions(long budgetBytes) {
		this.budgetBytes = budgetBytes;
	}

	/** Collects versions while they fit in {@code budgetBytes} of heap. */
	static StoredVersions collecting(long budgetBytes) {
		return new StoredVersions(budgetBytes);
	}

	/**
	 * Adds one stored activity; false once the versions no longer fit in the budget (then
	 * this object must not be used).
	 */
	boolean add(byte[] buffer, int offset, int length, long version) {
		if (this.idsLength + length > this.ids.length || this.count == this.starts.length) {
			long needed = 2L * (this.ids.length + length) + 2L * this.starts.length * (4 + 8 + 8);
			if (needed > this.budgetBytes) {
				return false;
			}
			if (this.idsLength + length > this.ids.length) {
				this.ids = Arrays.copyOf(this.ids, Math.max(this.ids.length * 2, this.idsLength + length));
			}
			if (this.count == this.starts.length) {
				this.starts = Arrays.copyOf(this.starts, this.starts.length * 2);
				this.versions = Arrays.copyOf(this.versions, this.versions.length * 2);
				rehash(this.starts.length * 2);
			}
		}
		System.arraycopy(buffer, offset, this.ids, this.idsLength, length);
		this.starts[this.count] = this.idsLength;
		this.versions[this.count] = version;
		this.idsLength += length;
		this.count++;
		insert(this.count - 1, Utf8.hash(buffer, offset, length));
		return true;
	}

	int size() {
		return this.count;
	}

	/**
	 * Whether the activity is stored with a version at least as new as {@code updatedAt}
	 * (null is older than any time), so that the row would change nothing.
	 */
	boolean holdsAtLeastAsNew(String id, LocalDateTime updatedAt) {
		int entry = find(id);
		if (entry < 0 || this.versions[entry] == NO_VERSION) {
			return false;
		}
		return updatedAt == null || PostgresStaging.micros(updatedAt) <= this.versions[entry];
	}

	private int find(String id) {
		if (this.scratch.length < Utf8.maxBytes(id)) {
			this.scratch = new byte[Utf8.maxBytes(id)];
		}
		int length = Utf8.encode(id, this.scratch, 0);
		int mask = this.slots.length - 1;
		for (int slot = (int) Utf8.hash(this.scratch, 0, length) & mask;; slot = (slot + 1) & mask) {
			int entry = this.slots[slot] - 1;
			if (entry < 0) {
				return -1;
			}
			int start = this.starts[entry];
			int end = (entry + 1 < this.count) ? this.starts[entry + 1] : this.idsLength;
			if (Arrays.equals(this.ids, start, end, this.scratch, 0, length)) {
				return entry;
			}
		}
	}

	private void insert(int entry, long hash) {
		int mask = this.slots.length - 1;
		int slot = (int) hash & mask;
		while (this.slots[slot] != 0) {
			slot = (slot + 1) & mask;
		}
		this.slots[slot] = entry + 1;
	}

	private void rehash(int size) {
		this.slots = new int[size];
		for (int entry = 0; entry < this.count; entry++) {
			int start = this.starts[entry];
			int end = (entry + 1 < this.count) ? this.starts[entry + 1] : this.idsLength;
			insert(entry, Utf8.hash(this.ids, start, end - start));
		}
	}

}
