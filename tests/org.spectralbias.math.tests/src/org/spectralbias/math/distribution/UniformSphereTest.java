package org.spectralbias.math.distribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.spectralbias.math.sphere.SphereSampling;

class UniformSphereTest {

	@Test
	void drawsTheSamePointsAsSphereSampling() {
		double[][] a = new UniformSphere(7).sample(30, new SplittableRandom(9));
		double[][] b = SphereSampling.uniform(30, 7, new SplittableRandom(9));
		for (int i = 0; i < a.length; i++) {
			assertArrayEquals(b[i], a[i], 0.0);
		}
	}

	@Test
	void squaredProjectionHasMeanOneOverD() {
		// exact: E[⟨ζ, x⟩²] = 1/D by symmetry; Var[t²] = E[t⁴] − 1/D² = 3/(D(D+2)) − 1/D² (moments of the
		// projection law), 5 standard errors allowed
		for (int dim : new int[] { 2, 3, 10 }) {
			int n = 50_000;
			UniformSphere u = new UniformSphere(dim);
			double[] zeta = SphereSampling.uniformPoint(dim, new SplittableRandom(1));
			double mean = 0;
			for (double[] x : u.sample(n, new SplittableRandom(2))) {
				double t = Vectors.dot(zeta, x);
				mean += t * t / n;
			}
			double variance = 3.0 / (dim * (dim + 2.0)) - 1.0 / ((double) dim * dim);
			assertEquals(1.0 / dim, mean, 5 * Math.sqrt(variance / n), "D=" + dim);
		}
	}

	@Test
	void densityIsOne() {
		UniformSphere u = new UniformSphere(4);
		assertTrue(u.isUniform());
		assertEquals(4, u.ambientDim());
		for (double[] x : u.sample(10, new SplittableRandom(3))) {
			// exact: the uniform law relative to itself
			assertEquals(1.0, u.density(x), 0.0);
			assertEquals(1.0, u.relativeDensity(x).orElseThrow(), 0.0);
		}
	}
}
