package org.chunfeng.intake.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.chunfeng.intake.platform.internal.ImportRecords.ImportRecord;

/**
 * Reads an import's data rows (blank rows are not rows), from the start or after the rows
 * an earlier attempt committed.
 */
class PlatformExportReader implements AutoCloseable {

	private final long importId;

	private final ImportRecords records;

	private final PlatformStore store;

	private final PlatformProperties properties;

	private RowSource source;

	private ExportLayout layout;

	private long size;

	PlatformExportReader(long importId, ImportRecords records, PlatformStore store, PlatformProperties properties) {
		this.importId = importId;
		this.records = records;
		this.store = store;
		this.properties = properties;
	}

	/**
	 * Opens the file and skips the rows already staged, found unchanged or rejected.
	 * @param done the rows an earlier attempt committed
	 * @param unchanged how many of them it found unchanged (not staged)
	 * @return the rows skipped: {@code done}, or 0 when the staged rows were lost
	 */
	long open(long done, long unchanged) {
		ImportRecord record = this.records.find(this.importId)
			.orElseThrow(() -> new IllegalStateException("platform import " + this.importId + " does not exist"));
		if (done > 0 && this.store.stagedCount(this.importId) + unchanged
				+ this.records.rejectedCount(this.importId) != done) {
			// the unlogged staging table lost its rows in a database crash: start the
			// file again
			this.store.clearStaging(this.importId);
			this.records.deleteRejections(this.importId);
			done = 0;
		}
		try {
			this.size = Files.size(record.path());
			this.source = RowSource.open(record.path());
			this.layout = ExportLayout.read(this.source, this.properties.columns());
			for (long i = 0; i < done; i++) {
				if (nextDataRow() == null) {
					throw new ExportFormatException("文件在第 " + i + " 行后结束，与上次导入时不同");
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + record.path() + ": " + ex.getMessage(), ex);
		}
		return done;
	}

	/** The file's size in bytes. */
	long size() {
		return this.size;
	}

	/** The next data row, or null at the end of the file. */
	RawRow read() throws IOException {
		SourceRow row = nextDataRow();
		return (row != null) ? new RawRow(row.line(), this.layout.values(row)) : null;
	}

	private SourceRow nextDataRow() throws IOException {
		SourceRow row;
		do {
			row = this.source.next();
		}
		while (row != null && row.isBlank());
		return row;
	}

	@Override
	public void close() {
		if (this.source != null) {
			try {
				this.source.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.source = null;
		}
	}

}
