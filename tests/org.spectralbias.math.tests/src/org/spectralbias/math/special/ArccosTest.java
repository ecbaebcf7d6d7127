package org.spectralbias.math.special;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ArccosTest {

	/** x and arccos(x) for the double nearest x, computed with 40 digits by mpmath 1.3.0 (mpmath.acos). */
	private static final double[][] ACOS_MPMATH = {
			{ -1.0, 3.1415926535897932385 },
			{ -0.999999999, 3.1415479322308719191 },
			{ -0.75, 2.4188584057763776273 },
			{ -0.5, 2.0943951023931954923 },
			{ -0.1, 1.6709637479564564212 },
			{ 1e-300, 1.5707963267948966192 },
			{ 0.25, 1.3181160716528179657 },
			{ 0.5, 1.0471975511965977462 },
			{ 0.7071067811865476, 0.78539816339744824126 },
			{ 0.9, 0.4510268117962623816 },
			{ 0.99999, 0.0044721396817777507429 },
			{ 0.9999999999999999, 1.4901161193847656388e-8 } };

	@Test
	void agreesWithMpmathToAnUlp() {
		for (double[] row : ACOS_MPMATH) {
			double value = Arccos.acos(row[0]);
			assertTrue(Math.abs(value - row[1]) <= Math.ulp(row[1]), () -> "acos(" + row[0] + ") = " + value + ", mpmath " + row[1]);
		}
	}

	@Test
	void withinAnUlpOfFdlibmEverywhere() {
		// oracle: StrictMath.acos (fdlibm, documented error < 1 ulp); uniform arguments and arguments 1 − 10^−u, where
		// the √((1 − |x|)/2) branch works near its end
		SplittableRandom random = new SplittableRandom(20261206L);
		double worst = 0.0;
		for (int i = 0; i < 400_000; i++) {
			double x = i % 2 == 0 ? random.nextDouble(-1.0, 1.0)
					: (random.nextBoolean() ? 1.0 : -1.0) * (1.0 - Math.pow(10.0, -16.0 * random.nextDouble()));
			double expected = StrictMath.acos(x);
			worst = Math.max(worst, Math.abs(Arccos.acos(x) - expected) / Math.ulp(expected));
		}
		assertTrue(worst <= 1.0, "worst error " + worst + " ulp");
	}

	@Test
	void exactAtTheEndsAndTheMiddle() {
		assertEquals(0.0, Arccos.acos(1.0), 0.0);
		assertEquals(Math.PI, Arccos.acos(-1.0), 0.0);
		assertEquals(Math.PI / 2, Arccos.acos(0.0), 0.0);
		assertEquals(Math.PI / 2, Arccos.acos(-0.0), 0.0);
		// the two branches meet at 1/2: both give π/3 = 1.0471975511965977462 (mpmath) to the nearest double
		assertEquals(StrictMath.acos(0.5), Arccos.acos(0.5), 0.0);
	}

	@Test
	void nanOutsideTheDomain() {
		assertTrue(Double.isNaN(Arccos.acos(Double.NaN)));
		assertTrue(Double.isNaN(Arccos.acos(1.0 + 1e-15)));
		assertTrue(Double.isNaN(Arccos.acos(-2.0)));
		assertTrue(Double.isNaN(Arccos.acos(Double.POSITIVE_INFINITY)));
	}

	@Test
	void polynomialMatchesTheArcsinSeries() {
		// oracle: arcsin s = Σ (2k)! / (4^k (k!)² (2k + 1)) s^{2k+1} (A&S 4.4.40), all terms positive, summed to
		// convergence; for |x| ≤ 1/2 the class computes arccos x = π/2 − arcsin x
		for (int i = 0; i <= 500; i++) {
			double s = i / 1000.0;
			double sum = 0.0;
			double coefficient = 1.0; // (2k)! / (4^k (k!)²)
			double power = s;
			for (int k = 0; k < 200 && power > 0; k++) {
				sum += coefficient * power / (2 * k + 1);
				coefficient *= (2.0 * k + 1) / (2.0 * k + 2);
				power *= s * s;
			}
			double expected = Math.PI / 2 - sum;
			assertEquals(expected, Arccos.acos(s), 2 * Math.ulp(expected), "s = " + s);
		}
	}

	@Test
	void batchGivesTheScalarDoubles() {
		SplittableRandom random = new SplittableRandom(7L);
		for (int n : new int[] { 0, 1, 7, 8, 63, 256, 1001 }) {
			double[] x = new double[n + 3];
			for (int i = 0; i < x.length; i++) {
				x[i] = i % 5 == 0 ? (random.nextBoolean() ? 1.0 : -1.0) * (1.0 - Math.pow(10.0, -16.0 * random.nextDouble()))
						: random.nextDouble(-1.0, 1.0);
			}
			x[0] = n > 0 ? 0.5 : x[0];
			double[] out = new double[n + 3];
			out[n] = 42.0;
			Arccos.acos(x, out, n);
			for (int i = 0; i < n; i++) {
				assertEquals(Double.doubleToRawLongBits(Arccos.acos(x[i])), Double.doubleToRawLongBits(out[i]), "x = " + x[i]);
			}
			assertEquals(42.0, out[n], 0.0, "entries beyond n are left alone");
		}
		// again once C2 has compiled (and vectorised) the batch loops
		double[] x = new double[256];
		for (int i = 0; i < x.length; i++) {
			x[i] = random.nextDouble(-1.0, 1.0);
		}
		double[] out = new double[256];
		for (int rep = 0; rep < 20_000; rep++) {
			Arccos.acos(x, out, x.length);
		}
		for (int i = 0; i < x.length; i++) {
			assertEquals(Double.doubleToRawLongBits(Arccos.acos(x[i])), Double.doubleToRawLongBits(out[i]), "x = " + x[i]);
		}
		double[] same = new double[4];
		assertThrows(IllegalArgumentException.class, () -> Arccos.acos(same, same, 4));
	}
}
