package org.spectralbias.math.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spectralbias.math.VectorApi;
import org.spectralbias.math.activation.Relu;
import org.spectralbias.math.activation.Tanh;
import org.spectralbias.math.sphere.SphereSampling;

/**
 * The opt-in Vector API path of {@link TwoLayerNetwork} against the plain-Java path, its oracle (itself checked
 * against finite differences and the definition in {@link TwoLayerNetworkTest}). The contract ({@link VectorApi}):
 * both perform the same floating-point operations in the same order, so residuals and weights must be equal bit for
 * bit (tolerance 0), for any thread count and vector width. Skipped, with the reason, when the JVM or the OSGi
 * runtime lacks {@code jdk.incubator.vector} or the fragment.
 */
class VectorApiPathTest {

	/**
	 * Widths that are not whole blocks of 128 (the zero padding must stay zero), sample counts that are not whole
	 * groups of 4, with and without bias, both layers or the first only, 1 and 2 threads.
	 */
	@ParameterizedTest
	@CsvSource({ "300, 37, false, false, 1", "256, 40, true, false, 2", "130, 21, false, true, 2",
			"1000, 101, true, true, 1", "2, 3, false, false, 2" })
	void vectorPathGivesTheSameDoublesAsThePlainPath(int width, int n, boolean bias, boolean firstOnly, int threads) {
		assumeTrue(VectorApi.available(), () -> VectorApi.unavailableReason().orElse(""));
		SplittableRandom random = new SplittableRandom(width * 31L + n);
		double[][] x = SphereSampling.uniform(n, 10, random);
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			y[i] = Math.cos(2 * x[i][0]) + x[i][1];
		}
		NetworkParameters start = NetworkParameters.sample(10, width, 2.0, bias, Initialisation.STANDARD, random);
		try (TwoLayerNetwork plain = new TwoLayerNetwork(start, new Relu(), firstOnly, threads);
				TwoLayerNetwork vector = new TwoLayerNetwork(start, new Relu(), firstOnly, threads)) {
			plain.useVectorApi(false);
			assertTrue(vector.useVectorApi(true), "the Vector API path is available, so ReLU uses it");
			assertTrue(vector.computePath().startsWith("Vector API"), vector.computePath());
			for (int t = 0; t < 8; t++) {
				assertArrayEquals(plain.step(x, y, 1.5), vector.step(x, y, 1.5), 0.0, "residual at step " + t);
			}
			assertEquals(plain.parameters(), vector.parameters(), "weights after 8 steps");
			assertArrayEquals(plain.predict(x), vector.predict(x), 0.0);
			assertNotEquals(start, vector.parameters(), "the steps changed the weights");
		}
	}

	/** Symmetric pairs cancel exactly on the Vector API path too (science.md: f_0 ≡ 0). */
	@Test
	void symmetricInitialisationGivesExactlyZeroOutput() {
		assumeTrue(VectorApi.available(), () -> VectorApi.unavailableReason().orElse(""));
		double[][] x = SphereSampling.uniform(50, 10, new SplittableRandom(4));
		try (TwoLayerNetwork net = new TwoLayerNetwork(10, 302, new Relu(), 2, false, false,
				Initialisation.SYMMETRIC, new SplittableRandom(1), 2)) {
			assertTrue(net.useVectorApi(true));
			for (double f : net.predict(x)) {
				assertEquals(0.0, f, 0.0);
			}
		}
	}

	/** Only ReLU has a Vector API path; other activations stay on the plain path and say so. */
	@Test
	void otherActivationsStayOnThePlainPath() {
		try (TwoLayerNetwork net = new TwoLayerNetwork(4, 16, new Tanh(), 1, false, false, Initialisation.STANDARD,
				new SplittableRandom(2), 1)) {
			assertFalse(net.useVectorApi(true));
			assertTrue(net.computePath().startsWith("plain Java"), net.computePath());
		}
	}

	/** Without the module or the fragment the path is unavailable, the reason says what to do, nothing fails. */
	@Test
	void unavailablePathExplainsItselfAndFallsBack() {
		assumeFalse(VectorApi.available(), "the Vector API path is available here");
		String reason = VectorApi.unavailableReason().orElseThrow();
		assertTrue(reason.contains(VectorApi.MODULE) || reason.contains(VectorApi.FRAGMENT), reason);
		try (TwoLayerNetwork net = new TwoLayerNetwork(4, 16, new Relu(), 2, false, false, Initialisation.STANDARD,
				new SplittableRandom(2), 1)) {
			assertFalse(net.useVectorApi(true));
			assertTrue(net.computePath().startsWith("plain Java"), net.computePath());
		}
	}
}
