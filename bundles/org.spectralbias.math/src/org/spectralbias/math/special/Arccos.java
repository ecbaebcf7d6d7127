package org.spectralbias.math.special;

/**
 * arccos in double precision, written so that C2 vectorises it: the batch form {@link #acos(double[], double[], int)}
 * runs about four times as fast as a loop of {@link Math#acos} (1.0 against 4.1 ns per entry on the 2-core AMD EPYC
 * build machine, AVX-512), and the scalar form {@link #acos(double)} performs the same operations, so both give the
 * same doubles bit for bit, on any CPU and whether or not C2 vectorised the loop (every operation is exactly
 * rounded: +, −, ×, {@link Math#fma}, {@link Math#sqrt}, {@link Math#abs}, {@link Math#signum}).
 * <p>
 * Method. With a = |x|: arccos a = π/2 − arcsin a for a ≤ 1/2, and arccos a = 2 arcsin √((1 − a)/2) for a &gt; 1/2
 * (1 − a is exact there); arcsin s = s + s·z·P(z), z = s² ≤ 1/4, with P a degree-12 polynomial (its coefficients are
 * a Chebyshev fit in 50-digit arithmetic, {@code releng/coefficients/arcsin_fit.py}; fit error 1.5e−17 against
 * P(0) = 1/6); arccos(−a) = π − arccos a. π/2 and π enter as two-double sums. The branches are selected by
 * multiplying with weights in {0, 1} computed by {@link Math#signum}, which is exact, so the loop has no branch
 * and C2 can vectorise it; at a = 1/2 exactly (and x = 0) both branches are averaged, which is still exact to an
 * ulp. The batch form runs three small loops (argument, polynomial, reconstruction), because C2 does not unroll, and so
 * does not vectorise, a loop with all of it in one body.
 * <p>
 * Accuracy: within 1 ulp of {@link StrictMath#acos} (fdlibm, itself within 1 ulp of the true value) on 2·10⁶
 * random arguments of [−1, 1] and of 1 − 10^−u, u uniform in [0, 16] (ArccosTest); exact at −1, 0, 1. NaN and
 * arguments outside [−1, 1] give NaN.
 * <p>
 * Thread safety: stateless.
 */
public final class Arccos {

	private static final double PIO2_HI = 1.5707963267948966;
	private static final double PIO2_LO = 6.123233995736766e-17;
	private static final double PI_HI = 3.141592653589793;
	private static final double PI_LO = 1.2246467991473532e-16;

	// P(z) = (arcsin(√z)/√z − 1)/z on [0, 1/4], lowest power first (releng/coefficients/arcsin_fit.py)
	private static final double P0 = 0.16666666666666669;
	private static final double P1 = 0.07499999999998433;
	private static final double P2 = 0.04464285714635543;
	private static final double P3 = 0.030381944138531247;
	private static final double P4 = 0.02237217294214989;
	private static final double P5 = 0.017352392720869973;
	private static final double P6 = 0.013971212973552933;
	private static final double P7 = 0.011479177415184906;
	private static final double P8 = 0.01032281435018578;
	private static final double P9 = 0.005457506718640358;
	private static final double P10 = 0.01740087944269402;
	private static final double P11 = -0.014851887071247204;
	private static final double P12 = 0.028757851367421566;

	private Arccos() {
	}

	/**
	 * @param x the cosine, in [−1, 1]
	 * @return arccos x in [0, π]; NaN for NaN or |x| &gt; 1
	 */
	public static double acos(double x) {
		return reconstruct(x, arcsin(argument(x)));
	}

	/**
	 * out[i] = {@link #acos(double) acos}(x[i]) for i &lt; n, the same doubles as the scalar form.
	 *
	 * @param x   cosines, not modified
	 * @param out receives the angles; a different array than x
	 * @param n   number of entries, at most the length of both arrays
	 * @throws IllegalArgumentException when x and out are the same array
	 */
	public static void acos(double[] x, double[] out, int n) {
		if (x == out) {
			throw new IllegalArgumentException("x and out must be different arrays");
		}
		for (int i = 0; i < n; i++) {
			out[i] = argument(x[i]);
		}
		for (int i = 0; i < n; i++) {
			out[i] = arcsin(out[i]);
		}
		for (int i = 0; i < n; i++) {
			out[i] = reconstruct(x[i], out[i]);
		}
	}

	/** 1 for |x| &gt; 1/2, 0 below, 1/2 at 1/2: whether arccos |x| is computed from arcsin √((1 − |x|)/2). */
	private static double upper(double a) {
		return 0.5 + 0.5 * Math.signum(a - 0.5);
	}

	/** The argument s ∈ [0, 1/2] of arcsin: |x| or √((1 − |x|)/2). */
	private static double argument(double x) {
		double a = Math.abs(x);
		double w = upper(a);
		return (1.0 - w) * a + w * Math.sqrt((1.0 - a) * 0.5);
	}

	/** arcsin s for s ∈ [0, 1/2]. */
	private static double arcsin(double s) {
		double z = s * s;
		double q = P12;
		q = Math.fma(q, z, P11);
		q = Math.fma(q, z, P10);
		q = Math.fma(q, z, P9);
		q = Math.fma(q, z, P8);
		q = Math.fma(q, z, P7);
		q = Math.fma(q, z, P6);
		q = Math.fma(q, z, P5);
		q = Math.fma(q, z, P4);
		q = Math.fma(q, z, P3);
		q = Math.fma(q, z, P2);
		q = Math.fma(q, z, P1);
		q = Math.fma(q, z, P0);
		return Math.fma(s * z, q, s);
	}

	/** arccos x from p = arcsin(argument(x)). */
	private static double reconstruct(double x, double p) {
		double w = upper(Math.abs(x));
		double r = (1.0 - w) * (PIO2_HI - (p - PIO2_LO)) + w * (2.0 * p); // arccos |x|
		double v = 0.5 + 0.5 * Math.signum(x); // 1 for x > 0, 0 for x < 0
		return v * r + (1.0 - v) * (PI_HI - (r - PI_LO));
	}
}
