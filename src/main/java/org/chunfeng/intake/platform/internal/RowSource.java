package org.chunfeng.intake.platform.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/** The rows of a CSV or XLSX export in file order. */
interface RowSource extends Closeable {

	/** The next row, or null at the end of the file. */
	SourceRow next() throws IOException;

	static RowSource open(Path file) throws IOException {
		return switch (ExportFiles.kind(file)) {
			case XLSX -> new XlsxRowSource(file);
			case CSV -> new CsvRowSource(file, ExportFiles.csvCharset(file));
		};
	}

}
