package org.spectralbias.math.network;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.spectralbias.math.CancelledException;

/**
 * Runs numbered tasks on a fixed pool plus the calling thread. Each task index is processed exactly once by one
 * thread, so a computation whose tasks write disjoint outputs is bit-identical for every thread count. Each
 * participating thread gets its own scratch object from a supplier.
 * <p>
 * Thread safety: one {@link #forEach} at a time (callers are the single-threaded facades of this package).
 */
final class ParallelRunner implements AutoCloseable {

	/** A task body with per-thread scratch. */
	@FunctionalInterface
	interface Body<S> {
		void run(int task, S scratch);
	}

	private final int threads;
	private final ExecutorService pool;
	private volatile boolean closed;

	/**
	 * @param threads number of threads including the caller, ≥ 1; a pool of threads − 1 daemon workers is created
	 */
	ParallelRunner(int threads, String name) {
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be >= 1, got " + threads);
		}
		this.threads = threads;
		this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		});
	}

	int threads() {
		return threads;
	}

	<S> void forEach(int tasks, Supplier<S> scratch, Body<S> body) {
		if (closed) {
			throw new IllegalStateException("closed");
		}
		int helpers = Math.min(threads, tasks) - 1;
		if (helpers <= 0) {
			S local = scratch.get();
			for (int t = 0; t < tasks; t++) {
				body.run(t, local);
			}
			return;
		}
		AtomicInteger next = new AtomicInteger();
		AtomicBoolean failed = new AtomicBoolean();
		Runnable worker = () -> {
			S local = scratch.get();
			try {
				for (int t = next.getAndIncrement(); t < tasks && !failed.get(); t = next.getAndIncrement()) {
					body.run(t, local);
				}
			} catch (RuntimeException | Error e) {
				failed.set(true);
				throw e;
			}
		};
		List<Future<?>> futures = new ArrayList<>(helpers);
		for (int k = 0; k < helpers; k++) {
			futures.add(pool.submit(worker));
		}
		Throwable failure = null;
		try {
			worker.run();
		} catch (RuntimeException | Error e) {
			failure = e;
		}
		try {
			for (Future<?> future : futures) {
				try {
					future.get();
				} catch (ExecutionException e) {
					if (failure == null) {
						failure = e.getCause();
					}
				}
			}
		} catch (InterruptedException e) {
			failed.set(true);
			Thread.currentThread().interrupt();
			throw new CancelledException();
		}
		if (failure instanceof RuntimeException r) {
			throw r;
		}
		if (failure instanceof Error e) {
			throw e;
		}
		if (failure != null) {
			throw new IllegalStateException(failure);
		}
	}

	@Override
	public void close() {
		closed = true;
		if (pool != null) {
			pool.shutdownNow();
		}
	}
}
