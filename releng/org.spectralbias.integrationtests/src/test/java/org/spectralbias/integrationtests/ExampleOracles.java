package org.spectralbias.integrationtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

/**
 * What the example plug-in's contributions must produce, from closed forms computed here, independently of the
 * workbench's numerics. Shared by the tests that run the example in the installed product and on Felix.
 */
final class ExampleOracles {

	/** Ambient dimension D of the checks (the paper's). */
	static final int AMBIENT_DIM = 10;

	/** Angular radius θ of the polar cap in the checks. */
	static final double THETA = 0.3;

	/** Variance c_w of the first-layer weights: the {@code ntk} kernel's default {@code weightVariance}. */
	private static final double WEIGHT_VARIANCE = 2;

	private ExampleOracles() {
	}

	/** Arguments of {@code spectrum} for the example's activation. */
	static String[] spectrumOfSilu() {
		return new String[] { "spectrum", "--kernel", "ntk", "--activation", "silu", "--ambient-dim",
				String.valueOf(AMBIENT_DIM), "--max-degree", "5", "--format", "csv" };
	}

	/** Arguments of {@code nystrom} for points from the example's distribution. */
	static String[] nystromOnPolarCap() {
		return new String[] { "nystrom", "--kernel", "ntk", "--activation", "relu", "--distribution", "polar-cap", "-P",
				"distribution.theta=" + THETA, "--ambient-dim", String.valueOf(AMBIENT_DIM), "--samples", "200",
				"--top", "1", "--seed", "7", "--format", "csv" };
	}

	/** {@code list --format csv} names both contributions, from the example bundle, active. */
	static void assertListed(String csv) {
		for (String kindAndId : new String[] { "activation,silu", "distribution,polar-cap" }) {
			assertTrue(Pattern.compile("(?m)^" + kindAndId + ",[^,]*,org\\.example\\.spectralbias,1\\.0\\.0\\.[^,]+,active$")
					.matcher(csv).find(), kindAndId + " listed as active:\n" + csv);
		}
		assertTrue(csv.contains("\nactivation,relu,ReLU,org.spectralbias.activations,"), "built-ins still there:\n" + csv);
	}

	/**
	 * The NTK spectrum of the SiLU. SiLU(u) = u/2 + (u/2)·tanh(u/2) is linear plus even, so σ′ = 1/2 + odd. With
	 * u ~ N(0, c_w) the odd part of κ(t) = t·E[σ′(u)σ′(v)] + E[σ(u)σ(v)] is then exactly linear: t·E[σ′]² + c_w·t/4
	 * = (1/4 + c_w/4)·t (the cross terms vanish by parity; the even and odd Hermite parts do not mix). Funk–Hecke on
	 * S^{D−1}: κ(t) = a·t contributes a/D to degree 1 and nothing to other degrees, so μ_1 = (1 + c_w)/(4D) = 0.075
	 * and μ_k = 0 for every odd k ≥ 3, while the even degrees are positive.
	 */
	static void assertSiluSpectrum(String csv) {
		String[] lines = csv.strip().split("\\R");
		assertEquals("degree,multiplicity,eigenvalue", lines[0], csv);
		assertEquals(7, lines.length, csv);
		double[] mu = new double[6];
		for (int k = 0; k <= 5; k++) {
			String[] cells = lines[k + 1].split(",");
			assertEquals(String.valueOf(k), cells[0], csv);
			mu[k] = Double.parseDouble(cells[2]);
		}
		// the duals are integrated numerically (Gauss–Hermite); 1e-10 is far below any modelling error
		assertEquals((1 + WEIGHT_VARIANCE) / (4.0 * AMBIENT_DIM), mu[1], 1e-10, csv);
		assertEquals(0, mu[3], 1e-12, csv);
		assertEquals(0, mu[5], 1e-12, csv);
		assertTrue(mu[0] > 0 && mu[2] > 0 && mu[4] > 0, "even degrees positive:\n" + csv);
	}

	/**
	 * The top eigenvalue of K/N for N points of the cap ⟨x, e_1⟩ ≥ cos θ. Any two such points are at most 2θ apart,
	 * so every entry of K is at least κ(cos 2θ) (the ReLU NTK increases in t) and the Rayleigh quotient of the
	 * constant vector gives λ_max ≥ κ(cos 2θ); and λ_max ≤ trace(K/N) = κ(1). Points uniform on the whole sphere give
	 * λ_max ≈ μ_0 = 0.35 (the same command with uniform-sphere), far below the lower bound κ(cos 0.6) = 1.18. κ is
	 * the closed-form ReLU NTK with c_w = 2 (arc-cosine kernels of degree 0 and 1, Cho and Saul 2009):
	 * κ(t) = t·(π − φ)/(2π) + c_w·(sin φ + (π − φ)·t)/(2π), φ = arccos t.
	 */
	static void assertPolarCapEigenvalue(String csv) {
		String[] lines = csv.strip().split("\\R");
		assertEquals("index,eigenvalue", lines[0], csv);
		double top = Double.parseDouble(lines[1].split(",")[1]);
		double lower = reluNtk(Math.cos(2 * THETA));
		double upper = reluNtk(1);
		assertTrue(top >= lower && top <= upper + 1e-12,
				"λ_max = " + top + " must lie in [κ(cos 2θ), κ(1)] = [" + lower + ", " + upper + "]");
	}

	static double reluNtk(double t) {
		double phi = Math.acos(t);
		return t * (Math.PI - phi) / (2 * Math.PI)
				+ WEIGHT_VARIANCE * (Math.sin(phi) + (Math.PI - phi) * t) / (2 * Math.PI);
	}
}
