package org.spectralbias.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;

import org.spectralbias.math.Progress;
import org.spectralbias.math.kernel.ReluNtk;
import org.spectralbias.math.linalg.LanczosEigensolver;
import org.spectralbias.math.linalg.LanczosResult;
import org.spectralbias.math.linalg.PackedGramOperator;

/**
 * The {@code nystrom-top<K>-n<N>} workload: the paper's NTK Gram matrix of N points held once as its packed upper
 * triangle, then its K leading eigenpairs by thick-restart Lanczos, timed together (the reference builds its dense
 * matrix and calls eigsh). The detail reports the stored bytes and the peak heap: the summed peaks of the heap pools
 * over the last call (an upper bound of the true peak by at most the young generation).
 */
final class LargeNystrom implements JavaWorkloads.Prepared {

	@SuppressWarnings("unused")
	private static volatile Object sink;

	private final int top;
	private final double[][] points;
	private final int threads;
	private LanczosResult last;
	private long stored;
	private long peak;

	private LargeNystrom(int top, double[][] points, int threads) {
		this.top = top;
		this.points = points;
		this.threads = threads;
	}

	static JavaWorkloads.Prepared prepare(Workload workload, double[][] points, int threads) {
		return new LargeNystrom(workload.top(), points, threads);
	}

	@Override
	public void call() {
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid()).toList();
		sink = null;
		last = null;
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		try (PackedGramOperator operator = PackedGramOperator.compute(ReluNtk.paper(), points, threads,
				Progress.NONE)) {
			stored = operator.storedBytes();
			last = new LanczosEigensolver().solve(operator, top, true, Progress.NONE);
		}
		sink = last;
		peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
	}

	@Override
	public String detail() {
		String result = last == null ? "" : String.format(Locale.ROOT, "; %d products, %d restarts, max residual %.2g, "
				+ "gap λ_k − λ_k+1 = %.3g%s", last.products(), last.restarts(), last.maxResidual(), last.gap(),
				last.converged() ? "" : ", NOT converged");
		return String.format(Locale.ROOT, "PackedGramOperator of %s (%.2f GB stored once) + thick-restart Lanczos, "
				+ "%d threads; peak heap %.2f GB (of %.2f GB max)%s", ReluNtk.paper(), stored / 1e9, threads,
				peak / 1e9, Runtime.getRuntime().maxMemory() / 1e9, result);
	}
}
