package org.spectralbias.math.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.spectralbias.math.Progress;
import org.spectralbias.math.activation.Relu;
import org.spectralbias.math.sphere.SphereSampling;

class WidthStudyTest {

	@Test
	void theReluKernelDistanceFallsLikeTheInverseSquareRootOfTheWidth() {
		SplittableRandom rng = new SplittableRandom(11);
		double[][] x = SphereSampling.uniform(60, 10, rng);
		double[] y = new double[x.length];
		for (int i = 0; i < y.length; i++) {
			y[i] = x[i][0];
		}
		WidthStudy.Result r = WidthStudy.run(x, y, new int[] { 256, 512, 1024, 2048, 4096, 8192 }, new Relu(), false,
				1.0, 20, 5, 2, Progress.NONE);
		// Monte-Carlo error of a mean over m independent neurons: slope −1/2 (issue acceptance: [−0.65, −0.35])
		double slope = r.slopeInitial().slope();
		assertTrue(slope > -0.65 && slope < -0.35, "slope " + slope);
		// the kernel barely moves in 20 small steps, and moves less for wider networks (lazy training)
		WidthStudy.Point narrow = r.points().get(0);
		WidthStudy.Point wide = r.points().get(r.points().size() - 1);
		assertTrue(wide.movement() < narrow.movement(), r.points().toString());
		assertTrue(wide.movement() < 0.01, "movement at m = 8192: " + wide.movement());
	}

	@Test
	void distanceIsRelativeFrobenius() {
		// ‖a − b‖_F / ‖b‖_F for a = 2b is exactly 1
		var b = new org.spectralbias.math.linalg.GramMatrix(2, new double[] { 1, 2, 2, 4 });
		var a = new org.spectralbias.math.linalg.GramMatrix(2, new double[] { 2, 4, 4, 8 });
		assertEquals(1.0, WidthStudy.distance(a, b), 1e-15);
	}
}
