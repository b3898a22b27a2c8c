package org.chunfeng.intake.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.chunfeng.intake.platform.internal.ImportRecords.ImportRecord;

/** Reads an import's data rows (blank rows are not rows). */
class PlatformExportReader implements AutoCloseable {

	private final long importId;

	private final ImportRecords records;

	private final PlatformProperties properties;

	private RowSource source;

	private ExportLayout layout;

	private long size;

	PlatformExportReader(long importId, ImportRecords records, PlatformProperties properties) {
		this.importId = importId;
		this.records = records;
		this.properties = properties;
	}

	/** Opens the file at its first data row. */
	void open() {
		ImportRecord record = this.records.find(this.importId)
			.orElseThrow(() -> new IllegalStateException("platform import " + this.importId + " does not exist"));
		try {
			this.size = Files.size(record.path());
			this.source = RowSource.open(record.path());
			this.layout = ExportLayout.read(this.source, this.properties.columns());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + record.path() + ": " + ex.getMessage(), ex);
		}
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
