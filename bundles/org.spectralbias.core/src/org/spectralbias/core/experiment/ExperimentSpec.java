package org.spectralbias.core.experiment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One experiment, as read from an experiment file (schema {@value #SCHEMA}; see {@code docs/experiment-files.md}).
 * Immutable; the compact constructor enforces the same bounds the reader reports, so a spec built in code is as
 * valid as one read from a file. Contribution ids and parameters are kept as text and checked later by the engine.
 *
 * @param name              names the run folder: ASCII letters, digits, '-', '_', '.'; starts with a letter or
 *                          digit; at most {@value #MAX_NAME_LENGTH} characters
 * @param description       free text, {@code ""} when absent
 * @param ambientDim        D ≥ 2, inputs on S^{D−1} ⊂ R^D (the paper's d = D − 1)
 * @param seed              seed of the run's random generator
 * @param threads           worker threads, ≥ 0; 0 = all cores
 * @param samples           training and test sample sizes
 * @param distribution      the input distribution
 * @param target            the target function f*
 * @param architecture      the network
 * @param activation        the activation σ; empty for architectures that take none
 * @param width             m, in [{@value #MIN_WIDTH}, {@value #MAX_WIDTH}]
 * @param optimizer         the training algorithm and its settings
 * @param projectionDegrees degrees k ≥ 0 (distinct) to project the residual on; empty = the target's own degrees
 * @param analyses          analyses to run, in order; may be empty
 */
public record ExperimentSpec(String name, String description, int ambientDim, long seed, int threads,
		Samples samples, ContributionRef distribution, ContributionRef target, ContributionRef architecture,
		Optional<ContributionRef> activation, int width, OptimizerSpec optimizer, List<Integer> projectionDegrees,
		List<ContributionRef> analyses) {

	/** The value of {@code schema} this version reads and writes. */
	public static final String SCHEMA = "spectralbias.experiment/1";

	/** Longest name. */
	public static final int MAX_NAME_LENGTH = 100;

	/** Smallest D. */
	public static final int MIN_AMBIENT_DIM = 2;

	/** Smallest m. */
	public static final int MIN_WIDTH = 2;

	/** Largest m. */
	public static final int MAX_WIDTH = 1_000_000;

	/** Seed when a file gives none. */
	public static final long DEFAULT_SEED = 1;

	/** What a valid name looks like, in words. */
	public static final String NAME_RULE = "use ASCII letters, digits, '-', '_' and '.', starting with a letter or "
			+ "digit, at most " + MAX_NAME_LENGTH + " characters";

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_NAME_LENGTH - 1) + "}");

	/** Validates and copies. */
	public ExperimentSpec {
		Objects.requireNonNull(name, "name");
		description = description == null ? "" : description;
		Objects.requireNonNull(samples, "samples");
		Objects.requireNonNull(distribution, "distribution");
		Objects.requireNonNull(target, "target");
		Objects.requireNonNull(architecture, "architecture");
		Objects.requireNonNull(activation, "activation");
		Objects.requireNonNull(optimizer, "optimizer");
		if (!isValidName(name)) {
			throw new IllegalArgumentException("invalid experiment name '" + name + "': " + NAME_RULE);
		}
		if (ambientDim < MIN_AMBIENT_DIM) {
			throw new IllegalArgumentException("ambientDim D must be ≥ " + MIN_AMBIENT_DIM + ", got " + ambientDim);
		}
		if (threads < 0) {
			throw new IllegalArgumentException("threads must be ≥ 0, got " + threads);
		}
		if (width < MIN_WIDTH || width > MAX_WIDTH) {
			throw new IllegalArgumentException(
					"width m must be in [" + MIN_WIDTH + ", " + MAX_WIDTH + "], got " + width);
		}
		projectionDegrees = List.copyOf(projectionDegrees);
		if (projectionDegrees.stream().anyMatch(k -> k < 0)
				|| new HashSet<>(projectionDegrees).size() != projectionDegrees.size()) {
			throw new IllegalArgumentException("projection degrees must be distinct and ≥ 0: " + projectionDegrees);
		}
		analyses = List.copyOf(analyses);
	}

	/**
	 * @param name a candidate name
	 * @return whether it may name an experiment (and so a run folder)
	 */
	public static boolean isValidName(String name) {
		return NAME.matcher(name).matches();
	}

	/** @return η_eff = η·m for this spec's width */
	public double effectiveLearningRate() {
		return optimizer.effectiveLearningRate(width);
	}

	/**
	 * @return every contribution reference with its JSON path, in file order: distribution, target, architecture,
	 *         activation (if present), then each analysis as {@code $.analyses[i]}
	 */
	public List<ContributionUse> contributionUses() {
		List<ContributionUse> uses = new ArrayList<>();
		uses.add(new ContributionUse(ContributionSlot.DISTRIBUTION, "$.distribution", distribution));
		uses.add(new ContributionUse(ContributionSlot.TARGET, "$.target", target));
		uses.add(new ContributionUse(ContributionSlot.ARCHITECTURE, "$.architecture", architecture));
		activation.ifPresent(a -> uses.add(new ContributionUse(ContributionSlot.ACTIVATION, "$.activation", a)));
		for (int i = 0; i < analyses.size(); i++) {
			uses.add(new ContributionUse(ContributionSlot.ANALYSIS, "$.analyses[" + i + "]", analyses.get(i)));
		}
		return List.copyOf(uses);
	}

	/** @return a copy with another name (for example a command's {@code --name}) */
	public ExperimentSpec withName(String newName) {
		return new ExperimentSpec(newName, description, ambientDim, seed, threads, samples, distribution, target,
				architecture, activation, width, optimizer, projectionDegrees, analyses);
	}

	/** @return a copy with another description */
	public ExperimentSpec withDescription(String newDescription) {
		return new ExperimentSpec(name, newDescription, ambientDim, seed, threads, samples, distribution, target,
				architecture, activation, width, optimizer, projectionDegrees, analyses);
	}

	/** @return a copy with another seed */
	public ExperimentSpec withSeed(long newSeed) {
		return new ExperimentSpec(name, description, ambientDim, newSeed, threads, samples, distribution, target,
				architecture, activation, width, optimizer, projectionDegrees, analyses);
	}

	/** @return a copy with another thread count (0 = all cores) */
	public ExperimentSpec withThreads(int newThreads) {
		return new ExperimentSpec(name, description, ambientDim, seed, newThreads, samples, distribution, target,
				architecture, activation, width, optimizer, projectionDegrees, analyses);
	}

	/** @return a copy with other sample sizes */
	public ExperimentSpec withSamples(Samples newSamples) {
		return new ExperimentSpec(name, description, ambientDim, seed, threads, newSamples, distribution, target,
				architecture, activation, width, optimizer, projectionDegrees, analyses);
	}

	/** @return a copy with another width m */
	public ExperimentSpec withWidth(int newWidth) {
		return new ExperimentSpec(name, description, ambientDim, seed, threads, samples, distribution, target,
				architecture, activation, newWidth, optimizer, projectionDegrees, analyses);
	}

	/** @return a copy with another optimizer */
	public ExperimentSpec withOptimizer(OptimizerSpec newOptimizer) {
		return new ExperimentSpec(name, description, ambientDim, seed, threads, samples, distribution, target,
				architecture, activation, width, newOptimizer, projectionDegrees, analyses);
	}

	/** @return a copy with another number of steps T (for example a {@code --quick} variant) */
	public ExperimentSpec withSteps(int newSteps) {
		return withOptimizer(optimizer.withSteps(newSteps));
	}

	/** @return a copy with another input distribution */
	public ExperimentSpec withDistribution(ContributionRef newDistribution) {
		return new ExperimentSpec(name, description, ambientDim, seed, threads, samples, newDistribution, target,
				architecture, activation, width, optimizer, projectionDegrees, analyses);
	}

	/** @return a copy with another target */
	public ExperimentSpec withTarget(ContributionRef newTarget) {
		return new ExperimentSpec(name, description, ambientDim, seed, threads, samples, distribution, newTarget,
				architecture, activation, width, optimizer, projectionDegrees, analyses);
	}

	/** @return a copy with another architecture */
	public ExperimentSpec withArchitecture(ContributionRef newArchitecture) {
		return new ExperimentSpec(name, description, ambientDim, seed, threads, samples, distribution, target,
				newArchitecture, activation, width, optimizer, projectionDegrees, analyses);
	}

	/** @return a copy with another activation, or none */
	public ExperimentSpec withActivation(Optional<ContributionRef> newActivation) {
		return new ExperimentSpec(name, description, ambientDim, seed, threads, samples, distribution, target,
				architecture, newActivation, width, optimizer, projectionDegrees, analyses);
	}

	/** @return a copy with other projection degrees */
	public ExperimentSpec withProjectionDegrees(List<Integer> newDegrees) {
		return new ExperimentSpec(name, description, ambientDim, seed, threads, samples, distribution, target,
				architecture, activation, width, optimizer, newDegrees, analyses);
	}

	/** @return a copy with other analyses */
	public ExperimentSpec withAnalyses(List<ContributionRef> newAnalyses) {
		return new ExperimentSpec(name, description, ambientDim, seed, threads, samples, distribution, target,
				architecture, activation, width, optimizer, projectionDegrees, newAnalyses);
	}
}
