package org.chunfeng.intake.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.chunfeng.intake.platform.internal.ImportRecords.ImportRecord;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads an import's data rows. The number of rows consumed is saved with every committed
 * chunk, so a restarted import skips exactly the rows already staged or rejected.
 */
class PlatformExportReader implements ItemStreamReader<RawRow>, StepExecutionListener {

	static final String ROWS_KEY = "platform.rows";

	private final long importId;

	private final ImportRecords records;

	private final PlatformStore store;

	private final PlatformProperties properties;

	private RowSource source;

	private ExportLayout layout;

	private long rows;

	PlatformExportReader(long importId, ImportRecords records, PlatformStore store, PlatformProperties properties) {
		this.importId = importId;
		this.records = records;
		this.store = store;
		this.properties = properties;
	}

	@Override
	public void open(ExecutionContext context) {
		ImportRecord record = this.records.find(this.importId)
			.orElseThrow(() -> new ItemStreamException("platform import " + this.importId + " does not exist"));
		long done = context.getLong(ROWS_KEY, 0L);
		if (done > 0 && this.store.stagedCount(this.importId) + this.records.rejectedCount(this.importId) != done) {
			// the unlogged staging table lost its rows in a database crash: start the
			// file again
			this.store.clearStaging(this.importId);
			this.records.deleteRejections(this.importId);
			done = 0;
		}
		try {
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
		this.rows = done;
	}

	@Override
	public RawRow read() throws IOException {
		SourceRow row = nextDataRow();
		if (row == null) {
			return null;
		}
		this.rows++;
		return new RawRow(row.line(), this.layout.values(row));
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
	public void update(ExecutionContext context) {
		context.putLong(ROWS_KEY, this.rows);
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

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (stepExecution.getStatus().isUnsuccessful()) {
			return null;
		}
		this.records.setRowsRead(this.importId, this.rows);
		return null;
	}

}
