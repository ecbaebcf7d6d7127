package org.spectralbias.math.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class DistanceKernelsTest {

	@Test
	void kappaAgreesWithTheDistanceFormOnTheSphere() {
		// on the unit sphere ‖x − y‖² = 2 − 2⟨x, y⟩
		SplittableRandom random = new SplittableRandom(2);
		LaplaceKernel laplace = new LaplaceKernel(0.7);
		GaussianKernel gaussian = new GaussianKernel(0.7);
		for (int k = 0; k < 10; k++) {
			double[] x = ReluNtkTest.unit(random, 5);
			double[] y = ReluNtkTest.unit(random, 5);
			double t = DotProductKernel.dot(x, y);
			assertEquals(laplace.value(x, y), laplace.kappa(t), 1e-14);
			assertEquals(gaussian.value(x, y), gaussian.kappa(t), 1e-14);
		}
	}

	@Test
	void valuesAtTheEnds() {
		// antipodal points are at distance 2; (0, 0) and (3, 4) at distance 5
		assertEquals(1.0, new LaplaceKernel(2).kappa(1), 0);
		assertEquals(Math.exp(-1), new LaplaceKernel(2).kappa(-1), 1e-16);
		assertEquals(Math.exp(-0.5), new GaussianKernel(2).kappa(-1), 1e-16);
		assertEquals(Math.exp(-25.0 / 2), new GaussianKernel(1).value(new double[] { 0, 0 }, new double[] { 3, 4 }),
				1e-16);
		assertEquals(Math.exp(-5), new LaplaceKernel(1).value(new double[] { 0, 0 }, new double[] { 3, 4 }), 1e-16);
	}

	@Test
	void rejectsBadLengthscales() {
		for (double bad : new double[] { 0, -1, Double.NaN, Double.POSITIVE_INFINITY }) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LaplaceKernel(bad));
			assertTrue(e.getMessage().contains("lengthscale"));
			assertThrows(IllegalArgumentException.class, () -> new GaussianKernel(bad));
		}
		assertThrows(IllegalArgumentException.class,
				() -> new GaussianKernel(1).value(new double[2], new double[3]));
	}
}
