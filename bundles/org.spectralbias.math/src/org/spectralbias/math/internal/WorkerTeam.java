package org.spectralbias.math.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import org.spectralbias.math.CancelledException;

/**
 * A few daemon worker threads that run a fixed number of independent tasks and wait for all of them: the one thread
 * pool of the numerics (Gram matrices, eigensolvers, network passes). Callers split work into tasks that depend only
 * on the problem size and write disjoint outputs (or per-task buffers summed in task order afterwards), so results
 * are bit-identical for any thread count; the team only decides who runs which task. The calling thread takes part;
 * the helpers start on the first run with more than one task.
 * <p>
 * Internal to this bundle (the package is not exported). Thread safety: one run at a time.
 */
public final class WorkerTeam implements AutoCloseable {

	private final int threads;
	private final String name;
	/** Started on the first run with more than one task, so small problems never create threads. */
	private ExecutorService pool;
	private volatile boolean closed;

	/**
	 * @param threads number of threads including the caller, ≥ 1; 1 runs every task on the calling thread
	 * @param name    thread name, for thread dumps
	 */
	public WorkerTeam(int threads, String name) {
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be >= 1, got " + threads);
		}
		this.threads = threads;
		this.name = name;
	}

	/** @return the number of threads including the caller */
	public int threads() {
		return threads;
	}

	/** A task told which worker runs it, so that it can use that worker's buffers. */
	@FunctionalInterface
	public interface WorkerTask {
		/**
		 * @param worker the worker: 0 for the calling thread, 1 … threads − 1 for the helpers
		 * @param task   the task index
		 */
		void run(int worker, int task);
	}

	/**
	 * Runs {@code task.accept(t)} for t in [0, tasks), the calling thread taking part, and returns when all finished.
	 *
	 * @throws CancelledException when the calling thread is interrupted (its interrupt status is kept)
	 */
	public void run(int tasks, IntConsumer task) {
		run(tasks, () -> {
		}, (worker, t) -> task.accept(t));
	}

	/**
	 * Runs {@code task.run(worker, t)} for t in [0, tasks) and returns when all finished. The helpers start taking
	 * tasks at once; the calling thread first runs {@code callerFirst} (work that must not wait, such as allocating
	 * the result) and then takes tasks too. When a task or {@code callerFirst} fails, no further tasks start and the
	 * first failure is rethrown once every worker stopped.
	 *
	 * @throws CancelledException when the calling thread is interrupted (its interrupt status is kept)
	 */
	public void run(int tasks, Runnable callerFirst, WorkerTask task) {
		if (closed) {
			throw new IllegalStateException("the worker team '" + name + "' is closed");
		}
		if (threads == 1 || tasks <= 1) {
			callerFirst.run();
			for (int t = 0; t < tasks; t++) {
				task.run(0, t);
			}
			return;
		}
		if (pool == null) {
			pool = Executors.newFixedThreadPool(threads - 1, runnable -> {
				Thread thread = new Thread(runnable, name);
				thread.setDaemon(true);
				return thread;
			});
		}
		AtomicInteger next = new AtomicInteger();
		int helpers = Math.min(threads, tasks) - 1;
		List<Future<?>> futures = new ArrayList<>(helpers);
		for (int h = 1; h <= helpers; h++) {
			int worker = h;
			futures.add(pool.submit(() -> work(worker, tasks, next, task)));
		}
		Throwable failure = null;
		try {
			try {
				callerFirst.run();
			} catch (RuntimeException | Error e) {
				next.set(tasks);
				throw e;
			}
			work(0, tasks, next, task);
		} catch (RuntimeException | Error e) {
			failure = e;
		}
		for (Future<?> future : futures) {
			try {
				future.get();
			} catch (ExecutionException e) {
				if (failure == null) {
					failure = e.getCause() instanceof RuntimeException || e.getCause() instanceof Error ? e.getCause()
							: new IllegalStateException(e.getCause());
				}
			} catch (InterruptedException e) {
				next.set(tasks);
				Thread.currentThread().interrupt();
				throw new CancelledException();
			}
		}
		if (failure instanceof RuntimeException r) {
			throw r;
		}
		if (failure instanceof Error e) {
			throw e;
		}
	}

	/** A task body with the scratch object of the thread that runs it. */
	@FunctionalInterface
	public interface ScratchTask<S> {
		/**
		 * @param task    the task index
		 * @param scratch the running thread's scratch, made by the supplier for this run
		 */
		void run(int task, S scratch);
	}

	/**
	 * Runs {@code body.run(t, scratch)} for t in [0, tasks), each thread with its own scratch object from the
	 * supplier (made when the thread takes its first task of this run), and returns when all finished.
	 *
	 * @throws CancelledException when the calling thread is interrupted (its interrupt status is kept)
	 */
	public <S> void forEach(int tasks, Supplier<S> scratch, ScratchTask<S> body) {
		Object[] scratches = new Object[threads];
		run(tasks, () -> {
		}, (worker, t) -> {
			@SuppressWarnings("unchecked")
			S s = (S) scratches[worker];
			if (s == null) {
				s = scratch.get();
				scratches[worker] = s;
			}
			body.run(t, s);
		});
	}

	/** Takes tasks until none is left; on a failure makes the others stop taking tasks. */
	private static void work(int worker, int tasks, AtomicInteger next, WorkerTask task) {
		try {
			for (int t = next.getAndIncrement(); t < tasks; t = next.getAndIncrement()) {
				task.run(worker, t);
			}
		} catch (RuntimeException | Error e) {
			next.set(tasks);
			throw e;
		}
	}

	/** Stops the helper threads; later runs fail. Idempotent. */
	@Override
	public void close() {
		closed = true;
		if (pool != null) {
			pool.shutdownNow();
		}
	}

	/**
	 * Boundaries that split [start, end) into {@code parts} ranges of about equal cost when the cost of index r is
	 * proportional to (end − r), as for the rows of an upper triangle.
	 *
	 * @return parts + 1 ascending boundaries from start to end
	 */
	public static int[] triangleSplit(int start, int end, int parts) {
		int[] bounds = new int[parts + 1];
		double length = end - start;
		for (int p = 0; p <= parts; p++) {
			// rows [start, b) of the triangle hold the fraction 1 − ((end − b)/length)² of the area
			double remaining = length * Math.sqrt(1.0 - (double) p / parts);
			bounds[p] = Math.max(start, Math.min(end, end - (int) Math.round(remaining)));
		}
		bounds[0] = start;
		bounds[parts] = end;
		return bounds;
	}

	/** @return parts + 1 ascending boundaries splitting [start, end) into ranges of nearly equal length */
	public static int[] evenSplit(int start, int end, int parts) {
		int[] bounds = new int[parts + 1];
		for (int p = 0; p <= parts; p++) {
			bounds[p] = start + (int) ((long) (end - start) * p / parts);
		}
		return bounds;
	}
}
