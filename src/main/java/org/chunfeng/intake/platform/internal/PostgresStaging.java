package org.chunfeng.intake.platform.internal;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;

import org.postgresql.copy.CopyIn;

import org.chunfeng.intake.platform.internal.PlatformStore.Staging;

/**
 * One binary COPY into platform_staging or, for a first import, straight into
 * platform_activity (both have these columns), sent while rows are still being read: the
 * server stores a buffer's rows while the next are parsed, and binary values (dates as
 * day numbers, counts as integers) cost it no text parsing.
 */
final class PostgresStaging implements Staging {

	static final String COPY = copyInto("platform_staging");

	static final String COPY_ACTIVITIES = copyInto("platform_activity");

	private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0 };

	private static final short FIELDS = 15;

	/** PostgreSQL counts dates and timestamps from 2000-01-01. */
	private static final long EPOCH_DAY_2000 = LocalDate.of(2000, 1, 1).toEpochDay();

	private static final long MICROS_PER_DAY = 86_400_000_000L;

	private static final int SEND_AT = 1 << 18;

	private final CopyIn copy;

	private final String table;

	private final long importId;

	private final Runnable release;

	private byte[] buffer = new byte[SEND_AT + (1 << 14)];

	private int length;

	private boolean closed;

	PostgresStaging(CopyIn copy, String table, long importId, Runnable release) {
		this.copy = copy;
		this.table = table;
		this.importId = importId;
		this.release = release;
		bytes(SIGNATURE);
		int32(0);
		int32(0);
	}

	@Override
	public void add(PlatformActivity row) {
		int16(FIELDS);
		int64Field(this.importId);
		int64Field(row.line());
		textField(row.activityId());
		textField(row.name());
		textField(row.mode().name());
		textField(row.countyCode());
		textField(row.cityCode());
		dateField(row.startDate());
		dateField(row.endDate());
		int64Field(row.employers());
		int64Field(row.positions());
		int64Field(row.intents());
		textField(row.campaign());
		textField(row.status());
		timestampField(row.updatedAt());
		if (this.length >= SEND_AT) {
			send();
		}
	}

	@Override
	public void finish() {
		int16((short) -1);
		send();
		try {
			this.copy.endCopy();
		}
		catch (SQLException ex) {
			throw failed(this.table, ex);
		}
	}

	@Override
	public void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		if (this.copy.isActive()) {
			try {
				this.copy.cancelCopy();
			}
			catch (SQLException ex) {
				// the transaction is rolled back anyway; the cause is already on its way
			}
		}
		this.release.run();
	}

	private void send() {
		try {
			this.copy.writeToCopy(this.buffer, 0, this.length);
		}
		catch (SQLException ex) {
			throw failed(this.table, ex);
		}
		this.length = 0;
	}

	static String copyInto(String table) {
		return """
				copy %s (import_id, line, activity_id, name, mode, county_code, city_code, start_date, end_date,
				employers, positions, intents, campaign, status, updated_at) from stdin with (format binary)"""
			.formatted(table);
	}

	static IllegalStateException failed(String table, SQLException ex) {
		return new IllegalStateException("COPY into " + table + " failed: " + ex.getMessage(), ex);
	}

	/** PostgreSQL's binary timestamp: microseconds since 2000-01-01 00:00. */
	static long micros(LocalDateTime value) {
		return (value.toLocalDate().toEpochDay() - EPOCH_DAY_2000) * MICROS_PER_DAY
				+ value.toLocalTime().toNanoOfDay() / 1000;
	}

	private void textField(String value) {
		if (value == null) {
			int32(-1);
			return;
		}
		ensure(4 + Utf8.maxBytes(value));
		int start = this.length;
		this.length = Utf8.encode(value, this.buffer, start + 4);
		int size = this.length - start - 4;
		this.buffer[start] = (byte) (size >>> 24);
		this.buffer[start + 1] = (byte) (size >>> 16);
		this.buffer[start + 2] = (byte) (size >>> 8);
		this.buffer[start + 3] = (byte) size;
	}

	private void int64Field(long value) {
		int32(8);
		int64(value);
	}

	private void dateField(LocalDate value) {
		if (value == null) {
			int32(-1);
			return;
		}
		int32(4);
		int32((int) (value.toEpochDay() - EPOCH_DAY_2000));
	}

	private void timestampField(LocalDateTime value) {
		if (value == null) {
			int32(-1);
			return;
		}
		int32(8);
		int64(micros(value));
	}

	private void bytes(byte[] bytes) {
		ensure(bytes.length);
		System.arraycopy(bytes, 0, this.buffer, this.length, bytes.length);
		this.length += bytes.length;
	}

	private void int16(short value) {
		ensure(2);
		this.buffer[this.length++] = (byte) (value >>> 8);
		this.buffer[this.length++] = (byte) value;
	}

	private void int32(int value) {
		ensure(4);
		this.buffer[this.length++] = (byte) (value >>> 24);
		this.buffer[this.length++] = (byte) (value >>> 16);
		this.buffer[this.length++] = (byte) (value >>> 8);
		this.buffer[this.length++] = (byte) value;
	}

	private void int64(long value) {
		int32((int) (value >>> 32));
		int32((int) value);
	}

	private void ensure(int more) {
		if (this.length + more > this.buffer.length) {
			this.buffer = Arrays.copyOf(this.buffer, Math.max(this.buffer.length * 2, this.length + more));
		}
	}

}
