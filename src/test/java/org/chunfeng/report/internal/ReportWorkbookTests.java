package org.chunfeng.report.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** How writing the report workbook fails. */
class ReportWorkbookTests {

	@TempDir
	Path folder;

	@Test
	void failureToCloseTheWorkbookIsKeptBesideTheFailureThatStoppedTheWriteNotInsteadOfIt() {
		// the report's folder is gone: opening the file fails, and then closing fails too
		Path target = this.folder.resolve("gone").resolve("report.xlsx");
		IOException closeFailure = new IOException("close failed");

		UncheckedIOException thrown = catchThrowableOfType(UncheckedIOException.class, () -> ReportWorkbook
			.write(ReportFixtures.data("春风行动开展情况统计表"), List.of("统计表", "县区开展情况"), target, () -> new XSSFWorkbook() {

				@Override
				public void close() throws IOException {
					super.close();
					throw closeFailure;
				}

			}));

		assertThat(thrown.getCause()).isInstanceOf(NoSuchFileException.class)
			.hasMessage(target.resolveSibling("report.xlsx.part").toString());
		assertThat(thrown).hasMessage("cannot write report " + target + ": " + thrown.getCause().getMessage());
		assertThat(thrown.getCause().getSuppressed()).containsExactly(closeFailure);
		assertThat(Files.exists(target.getParent())).isFalse();
	}

}
