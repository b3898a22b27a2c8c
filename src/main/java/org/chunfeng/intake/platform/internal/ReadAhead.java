package org.chunfeng.intake.platform.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Produces items on a thread of its own, batches ahead of their consumer: reading and
 * checking an export's rows overlaps with storing the rows before them. Items come out in
 * order; a failure comes out where it happened.
 *
 * @param <T> the items
 */
final class ReadAhead<T> implements AutoCloseable {

	private static final int BATCH = 1024;

	private static final int BATCHES_AHEAD = 8;

	private final Producer<T> producer;

	private final BlockingQueue<Batch<T>> batches;

	private final Thread thread;

	private volatile boolean closed;

	private List<T> current = List.of();

	private int next;

	private boolean ended;

	private Throwable failure;

	ReadAhead(String name, Producer<T> producer) {
		this(name, BATCHES_AHEAD * BATCH, producer);
	}

	/**
	 * @param itemsAhead how far the producer may run ahead: a whole chunk lets it read
	 * the next while the database stores the last
	 */
	ReadAhead(String name, int itemsAhead, Producer<T> producer) {
		this.batches = new ArrayBlockingQueue<>(Math.max(2, itemsAhead / BATCH));
		this.producer = producer;
		this.thread = new Thread(this::produce, name);
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/** The next item, or null after the last. */
	T next() throws IOException {
		while (this.next == this.current.size()) {
			if (this.failure instanceof IOException io) {
				throw io;
			}
			if (this.failure instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (this.failure instanceof Error error) {
				throw error;
			}
			if (this.ended) {
				return null;
			}
			Batch<T> batch;
			try {
				batch = this.batches.take();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new InterruptedIOException("interrupted while reading ahead");
			}
			this.current = batch.items();
			this.next = 0;
			this.ended = batch.last();
			this.failure = batch.failure();
		}
		return this.current.get(this.next++);
	}

	/** Stops producing; returns once the producer no longer runs. */
	@Override
	public void close() {
		this.closed = true;
		this.batches.clear();
		try {
			this.thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void produce() {
		List<T> items = new ArrayList<>(BATCH);
		try {
			while (!this.closed) {
				T item = this.producer.next();
				if (item == null) {
					put(new Batch<>(items, true, null));
					return;
				}
				items.add(item);
				if (items.size() == BATCH) {
					put(new Batch<>(items, false, null));
					items = new ArrayList<>(BATCH);
				}
			}
		}
		catch (IOException | RuntimeException | Error ex) {
			// the items read before the failure first; an error too, or the consumer
			// would wait for ever
			put(new Batch<>(items, true, ex));
		}
	}

	private void put(Batch<T> batch) {
		try {
			while (!this.closed && !this.batches.offer(batch, 100, TimeUnit.MILLISECONDS)) {
				// the consumer is busy with earlier items: wait for room, or for close()
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The next item, or null after the last. */
	@FunctionalInterface
	interface Producer<T> {

		T next() throws IOException;

	}

	private record Batch<T>(List<T> items, boolean last, Throwable failure) {

	}

}
