package org.spectralbias.math.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.spectralbias.math.sphere.SphereSampling;

class ResidualProjectionsTest {

	/** Oracle: r = 3e₁ − 4e₂ has coordinates 3 and −4 in the standard basis; magnitudes are returned. */
	@Test
	void projectsOnUnitVectors() {
		double[] r = { 3, -4, 0 };
		double[][] basis = { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } };
		assertArrayEquals(new double[] { 3, 4, 0 }, ResidualProjections.project(r, basis), 0.0);
		double s = Math.sqrt(0.5);
		assertEquals(1 / s / 2, ResidualProjections.project(r, new double[][] { { s, s, 0 } })[0], 1e-15);
	}

	@Test
	void rejectsNonUnitOrMismatchedVectors() {
		assertThrows(IllegalArgumentException.class,
				() -> ResidualProjections.project(new double[] { 1, 2 }, new double[][] { { 1, 1 } }));
		assertThrows(IllegalArgumentException.class,
				() -> ResidualProjections.project(new double[] { 1, 2 }, new double[][] { { 1, 0, 0 } }));
	}

	/**
	 * The sampled zonal harmonic of degree 1 is the normalised (⟨ζ, x_i⟩)_i; each v_k is a unit vector; for uniform
	 * points harmonics of different degrees are orthogonal in L²(τ), so |v_jᵀ v_k| ≈ 0 up to sampling noise
	 * (~1/√n = 0.022 at n = 2000; bound 0.1).
	 */
	@Test
	void zonalHarmonicsAreUnitAndNearlyOrthogonal() {
		SplittableRandom random = new SplittableRandom(4);
		int dim = 10;
		double[][] x = SphereSampling.uniform(2000, dim, random);
		double[] zeta = SphereSampling.uniformPoint(dim, random);
		double[] v1 = ResidualProjections.zonalHarmonic(1, zeta, x);
		double[] t = new double[x.length];
		for (int i = 0; i < x.length; i++) {
			t[i] = Reference.dot(zeta, x[i]);
		}
		assertArrayEquals(Reference.unit(t), v1, 1e-14);
		double[] v2 = ResidualProjections.zonalHarmonic(2, zeta, x);
		double[] v4 = ResidualProjections.zonalHarmonic(4, SphereSampling.uniformPoint(dim, random), x);
		double[][] all = { v1, v2, v4 };
		assertArrayEquals(new double[] { 1, 1, 1 }, new double[] { Reference.norm(v1), Reference.norm(v2),
				Reference.norm(v4) }, 1e-14);
		assertTrue(ResidualProjections.project(v2, new double[][] { v1, v4 })[0] < 0.1);
		assertTrue(ResidualProjections.project(v4, all)[1] < 0.1);
		assertEquals(1.0, ResidualProjections.project(v4, all)[2], 1e-14);
	}
}
