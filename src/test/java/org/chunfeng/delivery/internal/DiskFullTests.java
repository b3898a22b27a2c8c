package org.chunfeng.delivery.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.chunfeng.DatabaseCleaner;
import org.chunfeng.Workspace;
import org.chunfeng.delivery.AlertProperties;
import org.chunfeng.delivery.MailKind;
import org.chunfeng.delivery.MailRecipients;
import org.chunfeng.delivery.MailState;
import org.chunfeng.delivery.OutboundMessage;
import org.chunfeng.delivery.OutboxEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full disk under the pickup folder: the file being written is not left behind under
 * any name, and every message it stops says the disk is full.
 */
@SpringBootTest
class DiskFullTests {

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path home;

	@BeforeEach
	void clean() {
		DatabaseCleaner.clean(this.jdbc);
	}

	@Test
	void fullDiskLeavesNoPartialFileAndNamesItselfForEveryMessageItStops() throws Exception {
		Workspace workspace = new Workspace(this.home);
		MailRecipients recipients = new MailRecipients("chunfeng@rst.example", Map.of(), Map.of(),
				new MailRecipients.Retry(4, Duration.ofSeconds(5), 3));
		// the device takes 2,000 bytes of the message and then has no space left
		MailTransport transport = new MailTransport(Optional.empty(), recipients, workspace,
				(file) -> new FullAfter(Files.newOutputStream(file), 2000));
		JdbcOutbox outbox = new JdbcOutbox(this.jdbc, transport, recipients, new AlertProperties("admins"));
		outbox.enqueue(List.of(message("a@rst.example"), message("b@rst.example"), message("c@rst.example")));

		long started = System.nanoTime();
		List<OutboxEntry> entries = outbox.sendPending("weekly/2024-02-29", 1);

		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("a full disk is not waited for")
			.isLessThan(Duration.ofSeconds(4));
		try (Stream<Path> files = Files.list(workspace.outbox())) {
			assertThat(files).isEmpty();
		}
		assertThat(entries).extracting(OutboxEntry::state).containsOnly(MailState.FAILED);
		assertThat(entries).allMatch(OutboxEntry::retryable);
		assertThat(entries.get(0).lastError()).startsWith("磁盘已满，邮件未写入 " + workspace.outbox())
			.contains("No space left on device");
		assertThat(entries.subList(1, 3)).extracting(OutboxEntry::lastError)
			.containsOnly("未发送：磁盘已满，邮件未写入 " + workspace.outbox() + "（No space left on device）");
	}

	@Test
	void messageIsWrittenUnderItsNameOnlyWhenComplete() throws Exception {
		Workspace workspace = new Workspace(this.home);
		MailRecipients recipients = new MailRecipients("chunfeng@rst.example", Map.of(), Map.of(),
				new MailRecipients.Retry(1, Duration.ZERO, 1));
		MailTransport transport = new MailTransport(Optional.empty(), recipients, workspace);
		OutboundMessage message = message("a@rst.example");

		transport.send(message, JdbcOutbox.messageId(message));
		transport.send(message, JdbcOutbox.messageId(message));

		try (Stream<Path> files = Files.list(workspace.outbox())) {
			assertThat(files.map((file) -> file.getFileName().toString())).singleElement()
				.satisfies((name) -> assertThat(name).startsWith("report-a@rst.example-").endsWith(".eml"));
		}
	}

	private static OutboundMessage message(String to) {
		return new OutboundMessage("weekly/2024-02-29", 1, MailKind.REPORT, List.of(to), "【春风行动】全省开展情况统计（截至2024年2月29日）",
				"<p>" + "截至2024年2月29日，全省累计举办线上招聘会130场。".repeat(100) + "</p>", "截至", null, null, null);
	}

	/** Like a file on a device that fills up. */
	private static final class FullAfter extends FilterOutputStream {

		private long left;

		FullAfter(OutputStream out, long capacity) {
			super(out);
			this.left = capacity;
		}

		@Override
		public void write(int b) throws IOException {
			if (this.left-- <= 0) {
				throw new IOException("No space left on device");
			}
			super.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			for (int i = 0; i < len; i++) {
				write(b[off + i]);
			}
		}

	}

}
