package org.spectralbias.math.network;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spectralbias.math.activation.ActivationFunction;
import org.spectralbias.math.activation.Relu;
import org.spectralbias.math.activation.Tanh;
import org.spectralbias.math.kernel.DeepNtk;
import org.spectralbias.math.sphere.SphereSampling;

class DeepNetworkLimitTest {

	/**
	 * Single-network fluctuation of an empirical NTK entry, in units of √(Θ(x, x)Θ(y, y)/m): measured (rms over 30–40
	 * networks at m = 1024 on S⁹, L = 2 and 3, ReLU and tanh, with and without bias) between 1.4 and 2.9 (2.9 for ReLU
	 * without bias, L = 2). Finite-width fluctuations grow like √L (Hanin &amp; Nica 2020).
	 */
	private static final double FLUCTUATION = 3.0;

	/**
	 * Oracle: {@link DeepNtk}. The mean of R independent networks' empirical NTKs at width m on 6 points uniform on
	 * S⁹ and 2 Gaussian points off it must lie within 5 standard errors, 5·{@value #FLUCTUATION}·√(Θ_xxΘ_yy/(R m)),
	 * of the limit, for every entry; the finite-width bias is O(1/m), far below. That is 12 % of √(Θ_xxΘ_yy) for the
	 * wide networks (m = 2048, R = 8) and 6 % for the narrow ones (m = 512, R = 128). For scale, conventions one
	 * could mistake for this one change κ at these settings by +8 to +41 % (a layer's own term Σ^{l+1} not divided
	 * by c_w, as in Jacot's parameterisation), −9 to −36 % (hidden biases untrained) or up to +25 % (Θ¹ = Σ¹).
	 */
	@ParameterizedTest
	@CsvSource({ "relu, 2, false, 2, 2048, 8", "tanh, 2, true, 1.5, 2048, 8", "relu, 2, true, 2, 512, 128",
			"relu, 3, true, 2, 512, 128", "tanh, 3, false, 1.2, 512, 128" })
	void meanEmpiricalNtkApproachesTheLimit(String name, int depth, boolean bias, double weightVariance, int width,
			int networks) {
		ActivationFunction sigma = name.equals("relu") ? new Relu() : new Tanh();
		SplittableRandom random = new SplittableRandom(depth * 100 + width);
		double[][] sphere = SphereSampling.uniform(6, 10, random);
		double[][] x = new double[8][];
		System.arraycopy(sphere, 0, x, 0, 6);
		System.arraycopy(Reference.gaussianPoints(2, 10, random), 0, x, 6, 2);
		int n = x.length;
		double[] mean = new double[n * n];
		for (int k = 0; k < networks; k++) {
			try (DeepNetwork net = new DeepNetwork(10, depth, width, sigma, weightVariance, bias,
					Initialisation.STANDARD, random, 2)) {
				double[] theta = net.empiricalNtk(x).data();
				for (int e = 0; e < n * n; e++) {
					mean[e] += theta[e] / networks;
				}
			}
		}
		DeepNtk limit = new DeepNtk(sigma, depth, weightVariance, bias);
		double worst = 0;
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				double standardError = FLUCTUATION
						* Math.sqrt(limit.value(x[i], x[i]) * limit.value(x[j], x[j]) / ((double) networks * width));
				worst = Math.max(worst, Math.abs(mean[i * n + j] - limit.value(x[i], x[j])) / standardError);
			}
		}
		assertTrue(worst <= 5, "worst deviation " + worst + " standard errors");
	}
}
