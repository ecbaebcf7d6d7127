package org.spectralbias.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

import org.spectralbias.math.Progress;

/**
 * The command line's progress bar on standard error, with the elapsed time and an estimate of the time left: a bar
 * redrawn at most every 200 ms on an interactive terminal, otherwise (logs, CI) one line per task and per quarter
 * of long tasks. Never cancelled (Ctrl-C ends the process).
 */
final class ConsoleProgress implements Progress {

	private final PrintStream err;
	private final boolean terminal;
	private final AtomicLong done = new AtomicLong();
	private volatile long total;
	private volatile String task = "";
	private volatile long started;
	private volatile long lastDraw;
	private volatile int lastQuarter;

	ConsoleProgress(PrintStream err) {
		this.err = err;
		this.terminal = isTerminal();
	}

	@Override
	public void begin(String taskName, long totalUnits) {
		task = taskName;
		total = totalUnits;
		done.set(0);
		started = System.nanoTime();
		lastDraw = 0;
		lastQuarter = 0;
		if (!terminal) {
			err.println("  " + taskName + " …");
			err.flush();
		}
	}

	@Override
	public void worked(long units) {
		long now = done.addAndGet(units);
		long t = System.nanoTime();
		if (terminal && (t - lastDraw > 200_000_000L || now >= total)) {
			lastDraw = t;
			draw(now, t);
		} else if (!terminal && total > 0) {
			logQuarter(now, t);
		}
	}

	private synchronized void draw(long now, long t) {
		double fraction = total <= 0 ? 1 : Math.min(1, (double) now / total);
		int width = 30;
		int filled = (int) Math.round(fraction * width);
		double elapsed = (t - started) / 1e9;
		String eta = fraction > 0 && fraction < 1 ? String.format(" ETA %.0fs", elapsed / fraction - elapsed) : "";
		err.printf("\r%-40.40s [%s%s] %3.0f%% %.0fs%s   ", task, "#".repeat(filled), " ".repeat(width - filled),
				fraction * 100, elapsed, eta);
		if (fraction >= 1) {
			err.println();
		}
		err.flush();
	}

	private synchronized void logQuarter(long now, long t) {
		int quarter = (int) Math.min(4, 4 * now / total);
		double elapsed = (t - started) / 1e9;
		if (quarter > lastQuarter && elapsed > 2) {
			lastQuarter = quarter;
			err.printf("    %d%% after %.0f s%s%n", 25 * quarter, elapsed,
					quarter < 4 ? String.format(", about %.0f s left", elapsed * (4 - quarter) / quarter) : "");
			err.flush();
		}
	}

	@Override
	public boolean isCancelled() {
		return false;
	}

	private static boolean isTerminal() {
		java.io.Console console = System.console();
		if (console == null) {
			return false;
		}
		try { // Java 22+: a console exists even when redirected; ask whether it is a terminal
			return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
		} catch (ReflectiveOperationException e) {
			return true;
		}
	}
}
