package org.spectralbias.cli;

/** Argument checks that name the option and its allowed range. */
final class Checks {

	private Checks() {
	}

	static int atLeast(String option, int value, int min) {
		if (value < min) {
			throw new UsageError(option + " = " + value + " is not an integer ≥ " + min);
		}
		return value;
	}

	static int between(String option, int value, int min, int max) {
		if (value < min || value > max) {
			throw new UsageError(option + " = " + value + " is not an integer in [" + min + ", " + max + "]");
		}
		return value;
	}

	static double between(String option, double value, double min, double max) {
		if (Double.isNaN(value) || value < min || value > max) {
			throw new UsageError(option + " = " + value + " is not a number in [" + min + ", " + max + "]");
		}
		return value;
	}
}
