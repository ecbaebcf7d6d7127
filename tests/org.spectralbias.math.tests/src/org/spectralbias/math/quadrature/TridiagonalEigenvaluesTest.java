package org.spectralbias.math.quadrature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TridiagonalEigenvaluesTest {

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 10, 100, 500 })
	void secondDifferenceMatrix(int n) {
		// closed form: tridiag(−1, 2, −1) of order n has eigenvalues 2 − 2 cos(jπ/(n+1)), j = 1..n
		double[] d = new double[n];
		double[] e = new double[n - 1];
		Arrays.fill(d, 2.0);
		Arrays.fill(e, -1.0);
		double[] expected = new double[n];
		for (int j = 1; j <= n; j++) {
			expected[j - 1] = 2 - 2 * Math.cos(j * Math.PI / (n + 1));
		}
		Arrays.sort(expected);
		assertArrayEquals(expected, TridiagonalEigenvalues.of(d, e), 1e-13);
	}

	@Test
	void hermiteJacobiMatrixOfOrderThree() {
		// closed form: zeros of He_3(x) = x³ − 3x are 0, ±√3
		double[] values = TridiagonalEigenvalues.of(new double[3], new double[] { 1, Math.sqrt(2) });
		assertEquals(-Math.sqrt(3), values[0], 1e-15);
		assertEquals(0.0, values[1], 1e-15);
		assertEquals(Math.sqrt(3), values[2], 1e-15);
	}

	@Test
	void doesNotModifyItsInput() {
		double[] d = { 1, 2, 3 };
		double[] e = { 0.5, 0.25 };
		TridiagonalEigenvalues.of(d, e);
		assertArrayEquals(new double[] { 1, 2, 3 }, d, 0.0);
		assertArrayEquals(new double[] { 0.5, 0.25 }, e, 0.0);
	}
}
