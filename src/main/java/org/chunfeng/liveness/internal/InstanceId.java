package org.chunfeng.liveness.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Who runs a job: {@code host:pid:start}, the process's start time telling a reused pid
 * from the process that stored it.
 *
 * @param host the machine's name
 * @param pid the process id
 * @param start the process's start time (epoch milliseconds), 0 when unknown
 */
public record InstanceId(String host, long pid, long start) {

	/** This JVM, on {@code host} or, when null, on the machine's name. */
	public static InstanceId current(String host) {
		ProcessHandle self = ProcessHandle.current();
		return new InstanceId((host != null && !host.isBlank()) ? host : hostName(), self.pid(), startOf(self));
	}

	public static Optional<InstanceId> parse(String text) {
		String[] parts = (text != null) ? text.split(":") : new String[0];
		if (parts.length < 3) {
			return Optional.empty();
		}
		try {
			int last = parts.length - 1;
			String host = String.join(":", java.util.Arrays.copyOf(parts, last - 1));
			return Optional.of(new InstanceId(host, Long.parseLong(parts[last - 1]), Long.parseLong(parts[last])));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * True when this id names a process of {@code here}'s machine that no longer runs:
	 * known at once, without waiting for its heartbeat to go stale.
	 */
	public boolean goneFrom(InstanceId here) {
		if (!this.host.equals(here.host)) {
			return false;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(this.pid);
		if (process.isEmpty() || !process.get().isAlive()) {
			return true;
		}
		long started = startOf(process.get());
		return this.start != 0 && started != 0 && started != this.start;
	}

	@Override
	public String toString() {
		return this.host + ":" + this.pid + ":" + this.start;
	}

	private static long startOf(ProcessHandle process) {
		return process.info().startInstant().map((instant) -> instant.toEpochMilli()).orElse(0L);
	}

	private static String hostName() {
		String env = System.getenv("HOSTNAME");
		if (env != null && !env.isBlank()) {
			return env.strip();
		}
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}

}
