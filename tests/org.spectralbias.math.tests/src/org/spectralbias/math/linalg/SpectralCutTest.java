package org.spectralbias.math.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.spectralbias.math.Progress;
import org.spectralbias.math.kernel.ReluNtk;
import org.spectralbias.math.sphere.SphereSampling;

class SpectralCutTest {

	@Test
	void movesToTheNearestGap() {
		double[] values = { 10, 5, 4.99, 4.98, 1, 0.5 };
		SpectralCut atGap = SpectralCut.choose(values, 1, 0.05);
		assertTrue(atGap.atGap());
		assertEquals(1, atGap.chosen());
		assertEquals(0.5, atGap.relativeGap(), 1e-15); // (10 − 5)/10
		SpectralCut inside = SpectralCut.choose(values, 2, 0.05);
		assertFalse(inside.atGap());
		assertEquals(1, inside.chosen()); // k = 1 and k = 4 are at distance 1 and 2
		assertTrue(inside.describe().contains("nearest gap is at k = 1"), inside.describe());
		assertEquals(4, SpectralCut.choose(values, 3, 0.05).chosen()); // k = 2 (no gap) and k = 4 (gap) at distance 1
	}

	@Test
	void saysSoWhenThereIsNoGap() {
		SpectralCut none = SpectralCut.choose(new double[] { 1, 1, 1, 1 }, 2, 0.05);
		assertFalse(none.atGap());
		assertFalse(none.moved());
		assertEquals(2, none.chosen());
		assertTrue(none.describe().contains("no gap"), none.describe());
		assertThrows(IllegalArgumentException.class, () -> SpectralCut.choose(new double[] { 2, 1 }, 2, 0.05));
		assertThrows(IllegalArgumentException.class, () -> SpectralCut.choose(new double[] { 2, 1 }, 1, 0.0));
	}

	@Test
	void cutsOfTheNtkSpectrumOnTheSphere() {
		// ReLU NTK on S⁹ (science.md): blocks of N(10, k) equal eigenvalues, 1 + 10 + 54 = 65 in degrees 0–2, then
		// the 660 of degree 4 (odd degrees ≥ 3 vanish); at n = 1000 a block is split only by sampling noise
		double[][] points = SphereSampling.uniform(1000, 10, new SplittableRandom(11));
		GramMatrix gram = GramMatrix.compute(ReluNtk.paper(), points, 2, Progress.NONE);
		double[] values = new HouseholderQlEigensolver(2).decompose(gram.data(), gram.n(), false, Progress.NONE)
				.values();
		assertTrue(SpectralCut.choose(values, 1, SpectralCut.DEFAULT_THRESHOLD).atGap());
		assertTrue(SpectralCut.choose(values, 11, SpectralCut.DEFAULT_THRESHOLD).atGap());
		assertTrue(SpectralCut.choose(values, 65, SpectralCut.DEFAULT_THRESHOLD).atGap());
		SpectralCut hundred = SpectralCut.choose(values, 100, SpectralCut.DEFAULT_THRESHOLD);
		assertFalse(hundred.atGap());
		assertEquals(65, hundred.chosen());
	}
}
