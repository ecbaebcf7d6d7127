package org.spectralbias.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The stand-in dgemm against the triple loop of the definition C_ij = Σ_k A_ik B_kj (its oracle). Orders that are
 * not multiples of the register tiles (4) or the blocks (128 in k, 512 in j) exercise every remainder loop; entries
 * in [−0.5, 0.5) give |C_ij| ≤ n/4 and rounding differences ≲ n·1e−16, so 1e−12 is a wide margin.
 */
class BlockedMatmulTest {

	@ParameterizedTest
	@CsvSource({ "1, 1", "7, 1", "37, 3", "130, 2", "515, 2" })
	void productMatchesTheDefinition(int n, int threads) {
		SplittableRandom random = new SplittableRandom(n);
		double[] a = new double[n * n];
		double[] b = new double[n * n];
		for (int i = 0; i < a.length; i++) {
			a[i] = random.nextDouble() - 0.5;
			b[i] = random.nextDouble() - 0.5;
		}
		try (BlockedMatmul matmul = new BlockedMatmul(a, b, n, threads)) {
			for (int round = 0; round < 2; round++) {
				double[] c = matmul.multiply();
				for (int i = 0; i < n; i++) {
					for (int j = 0; j < n; j++) {
						double expected = 0.0;
						for (int k = 0; k < n; k++) {
							expected += a[i * n + k] * b[k * n + j];
						}
						assertEquals(expected, c[i * n + j], 1e-12, "entry " + i + ", " + j);
					}
				}
			}
		}
	}
}
