package org.chunfeng.recovery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A tiny SMTP server for the fault tests: it keeps each message it accepts (recipients
 * and Message-ID), refuses the recipients it is told to with their reply (550), and can
 * take a message in and then hold its reply, so that the test can kill the sender between
 * the server's acceptance and the sender's record of it.
 */
public final class SmtpStub implements AutoCloseable {

	private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(<[^>]+>)");

	private final ServerSocket server;

	private final List<Received> received = new ArrayList<>();

	private final Map<String, String> rejected = new ConcurrentHashMap<>();

	private volatile CountDownLatch hold;

	private final Thread acceptor;

	public SmtpStub() {
		try {
			this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.acceptor = new Thread(this::accept, "smtp-stub");
		this.acceptor.setDaemon(true);
		this.acceptor.start();
	}

	/** A message as the server took it in. */
	public record Received(List<String> recipients, String messageId, String subject) {

	}

	public int port() {
		return this.server.getLocalPort();
	}

	/** RCPT TO this address is answered with {@code reply} (e.g. a 550 line). */
	public void reject(String address, String reply) {
		this.rejected.put(address.toLowerCase(), reply);
	}

	/**
	 * From now on, each message's final reply waits until {@link #release()}: the message
	 * is in, the sender does not know.
	 */
	public void holdReplies() {
		this.hold = new CountDownLatch(1);
	}

	public void release() {
		CountDownLatch latch = this.hold;
		this.hold = null;
		if (latch != null) {
			latch.countDown();
		}
	}

	public synchronized void reset() {
		this.received.clear();
		this.rejected.clear();
		release();
	}

	public synchronized List<Received> received() {
		return List.copyOf(this.received);
	}

	/**
	 * Waits until at least {@code count} messages are in, for at most {@code millis};
	 * then what came, for the caller's assertion to show.
	 */
	public List<Received> await(int count, long millis) {
		try {
			Awaitility.await()
				.atMost(Duration.ofMillis(millis))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> received().size() >= count);
		}
		catch (ConditionTimeoutException ex) {
			// fewer came: the caller's assertion says which
		}
		return received();
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket socket = this.server.accept();
				Thread session = new Thread(() -> session(socket), "smtp-stub-session");
				session.setDaemon(true);
				session.start();
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void session(Socket socket) {
		try (socket;
				BufferedReader in = new BufferedReader(
						new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
				OutputStream out = socket.getOutputStream()) {
			reply(out, "220 stub ESMTP");
			List<String> recipients = new ArrayList<>();
			String line;
			while ((line = in.readLine()) != null) {
				String command = line.toUpperCase();
				if (command.startsWith("EHLO")) {
					reply(out, "250-stub\r\n250 8BITMIME");
				}
				else if (command.startsWith("HELO") || command.startsWith("MAIL FROM") || command.startsWith("RSET")
						|| command.startsWith("NOOP")) {
					if (command.startsWith("RSET") || command.startsWith("MAIL FROM")) {
						recipients.clear();
					}
					reply(out, "250 OK");
				}
				else if (command.startsWith("RCPT TO")) {
					String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>')).toLowerCase();
					String refusal = this.rejected.get(address);
					if (refusal != null) {
						reply(out, refusal);
					}
					else {
						recipients.add(address);
						reply(out, "250 OK");
					}
				}
				else if (command.startsWith("DATA")) {
					reply(out, "354 go ahead");
					StringBuilder data = new StringBuilder();
					while ((line = in.readLine()) != null && !line.equals(".")) {
						data.append(line).append("\r\n");
					}
					Matcher id = MESSAGE_ID.matcher(data);
					Matcher subject = Pattern.compile("(?im)^Subject:\\s*(.*)$").matcher(data);
					synchronized (this) {
						this.received.add(new Received(List.copyOf(recipients), id.find() ? id.group(1) : null,
								subject.find() ? subject.group(1).strip() : null));
					}
					CountDownLatch latch = this.hold;
					if (latch != null) {
						latch.await(10, TimeUnit.MINUTES);
					}
					reply(out, "250 OK queued");
				}
				else if (command.startsWith("QUIT")) {
					reply(out, "221 bye");
					return;
				}
				else {
					reply(out, "502 not implemented");
				}
			}
		}
		catch (IOException | InterruptedException ex) {
			// the client went away (killed): nothing to answer
		}
	}

	private static void reply(OutputStream out, String text) throws IOException {
		out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	@Override
	public void close() throws IOException {
		release();
		this.server.close();
	}

}
