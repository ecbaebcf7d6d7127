package org.spectralbias.math.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.spectralbias.math.CancelledException;
import org.spectralbias.math.Progress;
import org.spectralbias.math.activation.Tanh;

class ChebyshevDotProductKernelTest {

	@Test
	void reproducesATanhNtkToRoundoff() {
		// oracle: the quadrature kernel itself at random cosines; measured error 8e−16 at degree 64
		TwoLayerNtk tanh = new TwoLayerNtk(new Tanh(), 2, true);
		ChebyshevDotProductKernel fast = ChebyshevDotProductKernel.of(tanh, 64, Progress.NONE);
		assertTrue(fast.checkError() < 1e-13, "check error " + fast.checkError());
		SplittableRandom random = new SplittableRandom(9);
		for (int k = 0; k < 8; k++) {
			double t = 2 * random.nextDouble() - 1;
			assertEquals(tanh.kappa(t), fast.kappa(t), 1e-13, "t = " + t);
		}
		assertEquals(tanh.kappa(1), fast.kappa(1), 0);
	}

	@Test
	void interpolatesPolynomialsExactly() {
		// a degree-N interpolant reproduces every polynomial of degree ≤ N
		DotProductKernel cubic = t -> t * t * t - 0.5 * t + 2;
		ChebyshevDotProductKernel fast = ChebyshevDotProductKernel.of(cubic, 8, Progress.NONE);
		for (double t = -1; t <= 1; t += 0.125) {
			assertEquals(cubic.kappa(t), fast.kappa(t), 1e-15);
		}
		assertTrue(fast.checkError() < 1e-15);
	}

	@Test
	void reportsThatTheReluNtkConvergesSlowly() {
		// √(1 − t²) at t = ±1 limits Chebyshev interpolation to algebraic convergence; the check must say so
		assertTrue(ChebyshevDotProductKernel.of(ReluNtk.paper(), 64, Progress.NONE).checkError() > 1e-6);
	}

	@Test
	void validatesAndCancels() {
		assertThrows(IllegalArgumentException.class, () -> ChebyshevDotProductKernel.of(t -> t, 1, Progress.NONE));
		Progress cancelled = new Progress() {
			@Override
			public void begin(String task, long totalUnits) {
				// ignored
			}

			@Override
			public void worked(long units) {
				// ignored
			}

			@Override
			public boolean isCancelled() {
				return true;
			}
		};
		assertThrows(CancelledException.class, () -> ChebyshevDotProductKernel.of(t -> t, 8, cancelled));
	}
}
