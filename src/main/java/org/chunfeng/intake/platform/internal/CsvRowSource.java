package org.chunfeng.intake.platform.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/** A CSV export read with FastCSV in the detected encoding, NUL bytes and BOM removed. */
final class CsvRowSource implements RowSource {

	private final CsvReader<CsvRecord> reader;

	private final Iterator<CsvRecord> records;

	CsvRowSource(Path file, Charset charset) throws IOException {
		InputStream in = new NulStrippingInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
		if (charset.equals(StandardCharsets.UTF_8)) {
			in = new BufferedInputStream(in, 1 << 16);
			in.mark(3);
			if (!ExportFiles.hasUtf8Bom(in.readNBytes(3))) {
				in.reset();
			}
		}
		Reader text = new InputStreamReader(in, charset);
		this.reader = CsvReader.builder()
			.allowMissingFields(true)
			.allowExtraFields(true)
			.skipEmptyLines(true)
			.ofCsvRecord(text);
		this.records = this.reader.iterator();
	}

	@Override
	public SourceRow next() {
		try {
			if (!this.records.hasNext()) {
				return null;
			}
			CsvRecord record = this.records.next();
			return new SourceRow(record.getStartingLineNumber(), record.getFields());
		}
		catch (CsvParseException ex) {
			throw new ExportFormatException("CSV 格式错误（引号不成对或字段过长）: " + ex.getMessage(), ex);
		}
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
	}

}
