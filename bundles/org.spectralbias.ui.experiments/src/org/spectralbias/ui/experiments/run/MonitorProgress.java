package org.spectralbias.ui.experiments.run;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.spectralbias.experiments.model.ProgressTicks;
import org.spectralbias.math.Progress;

/**
 * The core's progress callback on an Eclipse progress monitor: each engine phase shows as the monitor's sub-task,
 * its work fills a share of one bar ({@link ProgressTicks}), and the monitor's cancel is the engine's cancel, which
 * the engine checks between blocks. The engine may call from several worker threads; calls are serialised here.
 */
final class MonitorProgress implements Progress {

	private final SubMonitor monitor;
	private final ProgressTicks ticks = new ProgressTicks();

	/**
	 * @param monitor the job's monitor
	 * @param task    the job's task name
	 */
	MonitorProgress(IProgressMonitor monitor, String task) {
		this.monitor = SubMonitor.convert(monitor, task, ProgressTicks.TOTAL);
	}

	@Override
	public synchronized void begin(String task, long totalUnits) {
		ticks.begin(task, totalUnits);
		monitor.subTask(task);
	}

	@Override
	public synchronized void worked(long units) {
		int delta = ticks.worked(units);
		if (delta > 0) {
			monitor.worked(delta);
		}
	}

	@Override
	public boolean isCancelled() {
		return monitor.isCanceled();
	}
}
