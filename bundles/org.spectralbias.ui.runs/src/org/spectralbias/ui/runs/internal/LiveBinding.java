package org.spectralbias.ui.runs.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;
import org.spectralbias.core.run.LiveRun;
import org.spectralbias.core.run.RunStatus;

/**
 * Follows a {@link LiveRun} on the UI thread: the engine's notifications (one per recorded step, from the engine's
 * thread) are coalesced into at most one update every {@value #MIN_INTERVAL_MS} ms, i.e. at most five redraws a
 * second however fast the run records; when the run ends, the binding closes itself and says so once.
 */
final class LiveBinding implements AutoCloseable {

	/** Least time between two updates. */
	static final int MIN_INTERVAL_MS = 200;

	private final Display display;
	private final LiveRun run;
	private final Consumer<LiveRun> onUpdate;
	private final Runnable onFinished;
	private final AtomicBoolean pending = new AtomicBoolean();
	private final AtomicBoolean closed = new AtomicBoolean();
	private final AtomicInteger updates = new AtomicInteger();
	private final AutoCloseable subscription;
	private long last;

	/**
	 * @param display    the UI thread's display
	 * @param run        the live run
	 * @param onUpdate   called on the UI thread with the run, at most every {@value #MIN_INTERVAL_MS} ms
	 * @param onFinished called once on the UI thread when the run has ended (its files are final then)
	 */
	LiveBinding(Display display, LiveRun run, Consumer<LiveRun> onUpdate, Runnable onFinished) {
		this.display = display;
		this.run = run;
		this.onUpdate = onUpdate;
		this.onFinished = onFinished;
		subscription = run.observe(r -> schedule());
		// the run may have ended between looking it up and subscribing
		if (run.status() != RunStatus.RUNNING) {
			schedule();
		}
	}

	private void schedule() {
		if (closed.get() || display.isDisposed() || !pending.compareAndSet(false, true)) {
			return;
		}
		display.asyncExec(() -> {
			long wait = Math.max(0, last + MIN_INTERVAL_MS - System.currentTimeMillis());
			if (wait == 0) {
				fire();
			} else {
				display.timerExec((int) wait, this::fire);
			}
		});
	}

	private void fire() {
		pending.set(false);
		if (closed.get()) {
			return;
		}
		last = System.currentTimeMillis();
		if (run.status() != RunStatus.RUNNING) {
			close();
			onFinished.run();
			return;
		}
		updates.incrementAndGet();
		onUpdate.accept(run);
	}

	/** @return how many live updates were delivered */
	int updates() {
		return updates.get();
	}

	/** @return whether the binding has stopped (the run ended or the view closed) */
	boolean isClosed() {
		return closed.get();
	}

	@Override
	public void close() {
		if (closed.compareAndSet(false, true)) {
			try {
				subscription.close();
			} catch (Exception e) {
				// removing an observer does not fail
			}
		}
	}
}
