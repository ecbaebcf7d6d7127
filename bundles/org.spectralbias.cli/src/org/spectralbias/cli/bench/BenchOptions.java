package org.spectralbias.cli.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.spectralbias.math.VectorApi;

/**
 * What {@link BenchHarness#run} measures and how. Start from {@link #defaults()} and change single options with the
 * {@code with…} methods. Immutable.
 * <p>
 * Timing (the same in Java and in the reference script): a call is repeated in a batch of 1, 2, 5, 10, … calls until
 * one batch lasts at least {@code minSampleSeconds} (this calibration is the first warm-up sample); then
 * {@code warmup − 1} more warm-up samples; then min(repetitions, ⌊budgetSeconds / sample time⌋), at least one, timed
 * samples. The result is the median of the per-call times of the timed samples.
 *
 * @param format           table or csv
 * @param workloads        workload names ({@link Workload}); the default is all of {@link Workload#STANDARD}, with
 *                         the Vector API variants when that path is available
 * @param repetitions      timed samples per workload, ≥ 1 (fewer when the budget is exceeded)
 * @param warmup           warm-up samples including the calibration, ≥ 0 (0 and 1 both mean: the calibration)
 * @param minSampleSeconds least duration of one sample, ≥ 0 (0: one call per sample, as the tests use)
 * @param budgetSeconds    timed seconds per workload and side beyond which repetitions are cut, &gt; 0
 * @param referenceScript  the reference script {@code releng/bench/reference.py}, or {@code null} to time Java only
 * @param python           the Python executable that runs the script, e.g. {@code python3}
 * @param samples          n, the training points of the GD-step workloads, ≥ 1 (the paper: 1000)
 * @param ambientDim       D, the input dimension, ≥ 2 (the paper: 10)
 * @param dgemmSize        order of the matrix product that measures the machine's limit, ≥ 1 (2000)
 * @param threads          worker threads, ≥ 1, in Java and (OPENBLAS_NUM_THREADS etc.) in the reference
 * @param externalRows     rows timed outside the harness (start-up, {@code reproduce fig1}), printed last
 */
public record BenchOptions(BenchFormat format, List<String> workloads, int repetitions, int warmup,
		double minSampleSeconds, double budgetSeconds, Path referenceScript, String python, int samples,
		int ambientDim, int dgemmSize, int threads, List<BenchRow> externalRows) {

	/** The script's place in a source checkout, relative to its root. */
	public static final Path DEFAULT_SCRIPT = Path.of("releng", "bench", "reference.py");

	/**
	 * @throws IllegalArgumentException when an option is out of range (workload names are checked by the harness)
	 */
	public BenchOptions {
		Objects.requireNonNull(format, "format");
		workloads = List.copyOf(workloads);
		Objects.requireNonNull(python, "python");
		externalRows = List.copyOf(externalRows);
		if (workloads.isEmpty()) {
			throw new IllegalArgumentException("name at least one workload");
		}
		if (repetitions < 1 || warmup < 0 || samples < 1 || ambientDim < 2 || dgemmSize < 1 || threads < 1) {
			throw new IllegalArgumentException("need repetitions >= 1, warmup >= 0, samples >= 1, D >= 2, "
					+ "dgemm size >= 1 and threads >= 1");
		}
		if (!(minSampleSeconds >= 0 && minSampleSeconds <= 60) || !(budgetSeconds > 0)) {
			throw new IllegalArgumentException("need 0 <= minimum sample <= 60 s and a positive budget");
		}
	}

	/**
	 * @return all standard workloads at the sizes (with their Vector API variants when
	 *         {@link VectorApi#available()}) in table format, 5 repetitions, 1 warm-up, samples of at least 0.2 s, a
	 *         30 s budget, {@link #DEFAULT_SCRIPT} run by {@code python3}, all processors
	 */
	public static BenchOptions defaults() {
		return new BenchOptions(BenchFormat.TABLE, Workload.standard(VectorApi.available()), 5, 1, 0.2, 30.0,
				DEFAULT_SCRIPT, "python3", 1000, 10, 2000, Runtime.getRuntime().availableProcessors(), List.of());
	}

	/** @return these options with another format */
	public BenchOptions withFormat(BenchFormat value) {
		return new BenchOptions(value, workloads, repetitions, warmup, minSampleSeconds, budgetSeconds,
				referenceScript, python, samples, ambientDim, dgemmSize, threads, externalRows);
	}

	/** @return these options with other workloads */
	public BenchOptions withWorkloads(List<String> value) {
		return new BenchOptions(format, value, repetitions, warmup, minSampleSeconds, budgetSeconds, referenceScript,
				python, samples, ambientDim, dgemmSize, threads, externalRows);
	}

	/** @return these options with other repetition and warm-up counts */
	public BenchOptions withRepetitions(int newRepetitions, int newWarmup) {
		return new BenchOptions(format, workloads, newRepetitions, newWarmup, minSampleSeconds, budgetSeconds,
				referenceScript, python, samples, ambientDim, dgemmSize, threads, externalRows);
	}

	/** @return these options with another minimum sample duration and budget, seconds */
	public BenchOptions withSampling(double newMinSampleSeconds, double newBudgetSeconds) {
		return new BenchOptions(format, workloads, repetitions, warmup, newMinSampleSeconds, newBudgetSeconds,
				referenceScript, python, samples, ambientDim, dgemmSize, threads, externalRows);
	}

	/** @return these options with another reference script ({@code null}: Java only) and Python executable */
	public BenchOptions withReference(Path script, String pythonExecutable) {
		return new BenchOptions(format, workloads, repetitions, warmup, minSampleSeconds, budgetSeconds, script,
				pythonExecutable, samples, ambientDim, dgemmSize, threads, externalRows);
	}

	/** @return these options with other problem sizes: n of the GD step, D, and the order of the dgemm probe */
	public BenchOptions withSizes(int newSamples, int newAmbientDim, int newDgemmSize) {
		return new BenchOptions(format, workloads, repetitions, warmup, minSampleSeconds, budgetSeconds,
				referenceScript, python, newSamples, newAmbientDim, newDgemmSize, threads, externalRows);
	}

	/** @return these options with another Java thread count */
	public BenchOptions withThreads(int value) {
		return new BenchOptions(format, workloads, repetitions, warmup, minSampleSeconds, budgetSeconds,
				referenceScript, python, samples, ambientDim, dgemmSize, value, externalRows);
	}

	/** @return these options with rows timed elsewhere (start-up, {@code reproduce fig1}) */
	public BenchOptions withExternalRows(List<BenchRow> value) {
		return new BenchOptions(format, workloads, repetitions, warmup, minSampleSeconds, budgetSeconds,
				referenceScript, python, samples, ambientDim, dgemmSize, threads, value);
	}

	/** @return the name of the dgemm probe, e.g. {@code dgemm-n2000} */
	public String dgemmWorkload() {
		return "dgemm-n" + dgemmSize;
	}
}
