package org.spectralbias.core.experiment;

import java.util.Objects;

/**
 * The step size, given either as the paper's η or as the effective rate η_eff = η·m (m the width), which is the rate
 * of the linearised dynamics r_{t+1} = (I − η_eff K/n) r_t and so what stability (η_eff &lt; 2/λ_max) is judged by.
 *
 * @param kind  which of the two the value is
 * @param value the value; positive and finite
 */
public record LearningRate(Kind kind, double value) {

	/** Which quantity a file gave. */
	public enum Kind {
		/** The paper's η, key {@code learningRate}. */
		ETA("learningRate"),
		/** η·m, key {@code effectiveLearningRate}. */
		EFFECTIVE("effectiveLearningRate");

		private final String key;

		Kind(String key) {
			this.key = key;
		}

		/** @return the JSON key under {@code optimizer} */
		public String key() {
			return key;
		}
	}

	/** Validates the value. */
	public LearningRate {
		Objects.requireNonNull(kind, "kind");
		if (!(value > 0) || !Double.isFinite(value)) {
			throw new IllegalArgumentException(kind.key + " must be positive and finite, got " + value);
		}
	}

	/**
	 * @param eta the paper's η
	 * @return the rate given as η
	 */
	public static LearningRate eta(double eta) {
		return new LearningRate(Kind.ETA, eta);
	}

	/**
	 * @param effective η·m
	 * @return the rate given as η·m
	 */
	public static LearningRate effective(double effective) {
		return new LearningRate(Kind.EFFECTIVE, effective);
	}

	/**
	 * @param width m ≥ 1
	 * @return η·m
	 */
	public double effectiveFor(int width) {
		checkWidth(width);
		return kind == Kind.EFFECTIVE ? value : value * width;
	}

	/**
	 * @param width m ≥ 1
	 * @return η
	 */
	public double etaFor(int width) {
		checkWidth(width);
		return kind == Kind.ETA ? value : value / width;
	}

	private static void checkWidth(int width) {
		if (width < 1) {
			throw new IllegalArgumentException("width must be ≥ 1, got " + width);
		}
	}
}
