package org.spectralbias.report.layout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.spectralbias.report.chart.Range;

/**
 * Tick placement. Linear axes get 1–2–5 steps (…, 0.1, 0.2, 0.5, 1, 2, 5, 10, …). Log axes get a labelled tick on
 * every decade and unlabelled minor ticks at 2…9 × 10ⁿ; when there are more decades than labels fit, every k-th
 * decade is labelled (k chosen so the labels are multiples of k, e.g. 10⁰, 10⁻³, 10⁻⁶) and minor ticks are left out;
 * when fewer than three decades are visible, 2 × 10ⁿ and 5 × 10ⁿ are labelled too; in a range without two such
 * values all multiples m × 10ⁿ are labelled, and failing that linear ticks are used. Stateless.
 */
public final class Ticks {

	private static final double EPS = 1e-9;
	private static final int MAX_LINEAR_TICKS = 1000;

	private Ticks() {
	}

	/**
	 * @param min lower bound, finite
	 * @param max upper bound, finite, greater than min
	 * @param maxTicks the most ticks wanted, at least 2
	 * @return the smallest 1–2–5 step not below (max − min)/(maxTicks − 1); widening [min, max] to multiples of it
	 *         can add one tick
	 */
	public static BigDecimal linearStep(double min, double max, int maxTicks) {
		check(min, max, maxTicks);
		double raw = (max - min) / (maxTicks - 1);
		int exponent = (int) Math.floor(Math.log10(raw));
		for (;;) {
			for (int mantissa : new int[] { 1, 2, 5 }) {
				BigDecimal step = BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exponent);
				if (step.doubleValue() >= raw * (1 - EPS)) {
					return step;
				}
			}
			exponent++;
		}
	}

	/**
	 * @param min lower data bound
	 * @param max upper data bound, greater than min
	 * @param maxTicks the most ticks wanted, at least 2
	 * @return [min, max] widened outward to multiples of {@link #linearStep}
	 */
	public static Range niceLinearRange(double min, double max, int maxTicks) {
		return niceLinearRange(min, max, linearStep(min, max, maxTicks));
	}

	/**
	 * @param min lower data bound, finite
	 * @param max upper data bound, finite, greater than min
	 * @param step a positive tick step
	 * @return [min, max] widened outward to multiples of step
	 */
	public static Range niceLinearRange(double min, double max, BigDecimal step) {
		double s = step.doubleValue();
		double lo = step.multiply(BigDecimal.valueOf(Math.floor(min / s + EPS))).doubleValue();
		double hi = step.multiply(BigDecimal.valueOf(Math.ceil(max / s - EPS))).doubleValue();
		return new Range(lo, hi);
	}

	/**
	 * @param min lower bound (positive)
	 * @param max upper bound, greater than min
	 * @return [min, max] widened outward to powers of ten
	 */
	public static Range decadeRange(double min, double max) {
		checkLog(min, max);
		int lo = (int) Math.floor(Math.log10(min) + EPS);
		int hi = (int) Math.ceil(Math.log10(max) - EPS);
		return new Range(pow10(1, lo), pow10(1, Math.max(hi, lo + 1)));
	}

	/**
	 * @param min lower bound, finite
	 * @param max upper bound, finite, greater than min
	 * @param maxTicks the most ticks wanted, at least 2
	 * @return labelled ticks at the multiples of the smallest 1–2–5 step that has at most maxTicks multiples inside
	 *         [min, max], ascending
	 */
	public static List<Tick> linear(double min, double max, int maxTicks) {
		check(min, max, maxTicks);
		int exponent = (int) Math.floor(Math.log10((max - min) / (maxTicks - 1))) - 1;
		for (;;) {
			for (int mantissa : new int[] { 1, 2, 5 }) {
				BigDecimal step = BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exponent);
				double s = step.doubleValue();
				if (Math.floor(max / s + EPS) - Math.ceil(min / s - EPS) + 1 <= maxTicks) {
					return linear(min, max, step);
				}
			}
			exponent++;
		}
	}

	/**
	 * @param min lower bound, finite
	 * @param max upper bound, finite, greater than min
	 * @param step a positive tick step, e.g. from {@link #linearStep}
	 * @return labelled ticks at the multiples of step inside [min, max], ascending
	 */
	public static List<Tick> linear(double min, double max, BigDecimal step) {
		check(min, max, 2);
		if (step.signum() <= 0) {
			throw new IllegalArgumentException("step must be positive, got " + step);
		}
		double s = step.doubleValue();
		long first = (long) Math.ceil(min / s - EPS);
		long last = (long) Math.floor(max / s + EPS);
		if (last - first >= MAX_LINEAR_TICKS) {
			return List.of(new Tick(min, TickLabels.scientific(new BigDecimal(min))),
					new Tick(max, TickLabels.scientific(new BigDecimal(max))));
		}
		double largest = Math.max(Math.abs(min), Math.abs(max));
		boolean scientific = largest >= 1e6 || step.compareTo(new BigDecimal("1e-4")) < 0;
		List<Tick> ticks = new ArrayList<>();
		for (long k = first; k <= last; k++) {
			BigDecimal value = step.multiply(BigDecimal.valueOf(k));
			String label = scientific ? TickLabels.scientific(value) : TickLabels.decimal(value, step);
			ticks.add(new Tick(value.doubleValue(), label));
		}
		return List.copyOf(ticks);
	}

	/**
	 * @param min lower bound, positive
	 * @param max upper bound, greater than min
	 * @param maxLabels the most labelled ticks wanted, at least 2
	 * @return major (labelled) and minor ticks inside [min, max], ascending
	 */
	public static List<Tick> log(double min, double max, int maxLabels) {
		checkLog(min, max);
		check(min, max, maxLabels);
		double lo = Math.log10(min);
		double hi = Math.log10(max);
		int firstDecade = (int) Math.ceil(lo - EPS);
		int lastDecade = (int) Math.floor(hi + EPS);
		int every = 1;
		while (multiplesIn(firstDecade, lastDecade, every) > maxLabels) {
			every++;
		}
		List<Tick> ticks = new ArrayList<>();
		for (int e = firstDecade; e <= lastDecade; e++) {
			ticks.add(new Tick(pow10(1, e), Math.floorMod(e, every) == 0 ? TickLabels.powerOfTen(e) : ""));
		}
		if (every == 1) {
			int decades = lastDecade - firstDecade + 1;
			boolean twoAndFive = decades < 3 && decades + 2 * (decades + 1) <= maxLabels;
			addMultiples(ticks, min, max, twoAndFive ? new int[] { 2, 5 } : new int[0], maxLabels);
		}
		if (labelled(ticks) < 2 && lastDecade <= firstDecade) {
			ticks.removeIf(t -> !isDecade(t.value()));
			addMultiples(ticks, min, max, new int[] { 2, 3, 4, 5, 6, 7, 8, 9 }, Integer.MAX_VALUE);
			if (labelled(ticks) < 2 || labelled(ticks) > maxLabels) {
				return linear(min, max, maxLabels);
			}
		}
		ticks.sort(Comparator.comparingDouble(Tick::value));
		return List.copyOf(ticks);
	}

	private static void addMultiples(List<Tick> ticks, double min, double max, int[] labelledMantissas,
			int maxLabels) {
		int from = (int) Math.floor(Math.log10(min) + EPS);
		int to = (int) Math.floor(Math.log10(max) + EPS);
		for (int e = from; e <= to; e++) {
			for (int m = 2; m <= 9; m++) {
				double v = pow10(m, e);
				if (v >= min * (1 - EPS) && v <= max * (1 + EPS)) {
					boolean label = contains(labelledMantissas, m);
					ticks.add(new Tick(v, label ? TickLabels.multipleOfPowerOfTen(m, e) : ""));
				}
			}
		}
		if (labelled(ticks) > maxLabels) {
			ticks.replaceAll(t -> isDecade(t.value()) ? t : new Tick(t.value(), ""));
		}
	}

	private static boolean isDecade(double value) {
		return value == pow10(1, (int) Math.floor(Math.log10(value) + EPS));
	}

	private static boolean contains(int[] values, int value) {
		for (int v : values) {
			if (v == value) {
				return true;
			}
		}
		return false;
	}

	private static int labelled(List<Tick> ticks) {
		int n = 0;
		for (Tick t : ticks) {
			if (t.isMajor()) {
				n++;
			}
		}
		return n;
	}

	private static int multiplesIn(int from, int to, int k) {
		return Math.max(0, Math.floorDiv(to, k) - Math.floorDiv(from + k - 1, k) + 1);
	}

	/**
	 * @param mantissa m
	 * @param exponent e
	 * @return the double nearest to m × 10^e
	 */
	static double pow10(int mantissa, int exponent) {
		return Double.parseDouble(mantissa + "e" + exponent);
	}

	private static void check(double min, double max, int maxTicks) {
		if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
			throw new IllegalArgumentException("need finite min < max, got [" + min + ", " + max + "]");
		}
		if (maxTicks < 2) {
			throw new IllegalArgumentException("need room for at least 2 ticks, got " + maxTicks);
		}
	}

	private static void checkLog(double min, double max) {
		if (!(min > 0) || !(max > min) || !Double.isFinite(max)) {
			throw new IllegalArgumentException("a log range needs 0 < min < max < ∞, got [" + min + ", " + max + "]");
		}
	}
}
