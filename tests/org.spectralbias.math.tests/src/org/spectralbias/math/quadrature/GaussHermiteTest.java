package org.spectralbias.math.quadrature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GaussHermiteTest {

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 5, 10, 20, 40, 80 })
	void evenMomentsAreDoubleFactorials(int n) {
		QuadratureRule rule = GaussHermite.standardNormal(n);
		double doubleFactorial = 1;
		for (int j = 0; 2 * j <= 2 * n - 1; j++) {
			if (j > 0) {
				doubleFactorial *= 2 * j - 1;
			}
			final int power = 2 * j;
			// exact: E[Z^{2j}] = (2j−1)!! for Z ~ N(0,1); the n-point rule is exact up to degree 2n−1
			double got = rule.integrate(z -> Math.pow(z, power));
			assertEquals(doubleFactorial, got, 1e-13 * doubleFactorial, "n=" + n + ", 2j=" + power);
			final int odd = 2 * j + 1;
			// exact: odd moments vanish; the rule is exactly symmetric, so only summation round-off remains
			assertEquals(0.0, rule.integrate(z -> Math.pow(z, odd)), 1e-15 * doubleFactorial * (2 * j + 1));
		}
	}

	@Test
	void expectationOfCosine() {
		// exact: E[cos(aZ)] = exp(−a²/2)
		assertEquals(Math.exp(-0.5), GaussHermite.standardNormal(20).integrate(Math::cos), 1e-15);
		assertEquals(Math.exp(-4.5), GaussHermite.standardNormal(60).integrate(z -> Math.cos(3 * z)), 1e-16);
	}

	@Test
	void twoHundredNodesAreStableAndNormalised() {
		QuadratureRule rule = GaussHermite.standardNormal(200);
		double sum = 0;
		for (int i = 0; i < rule.size(); i++) {
			assertTrue(rule.weight(i) >= 0 && Double.isFinite(rule.weight(i)));
			assertEquals(-rule.node(i), rule.node(rule.size() - 1 - i), 0.0);
			sum += rule.weight(i);
		}
		// exact: Σ w_i = E[1] = 1
		assertEquals(1.0, sum, 1e-14);
		// exact: E[Z^100] = 99!!, computed in logs: log 99!! = log 100! − 50 log 2 − log 50!
		double log99dd = logFactorial(100) - 50 * Math.log(2) - logFactorial(50);
		double got = rule.integrate(z -> Math.pow(z, 100));
		assertEquals(0.0, Math.log(got) - log99dd, 1e-12);
		// exact: E[exp(Z)] = e^{1/2}
		assertEquals(Math.exp(0.5), rule.integrate(Math::exp), 1e-14);
	}

	@Test
	void smallRuleMatchesClosedForm() {
		// closed form: 3-point rule, nodes 0, ±√3, weights 2/3, 1/6 (roots of He_3 = z³ − 3z)
		QuadratureRule rule = GaussHermite.standardNormal(3);
		assertEquals(Math.sqrt(3), rule.node(2), 1e-15);
		assertEquals(2.0 / 3.0, rule.weight(1), 1e-15);
		assertEquals(1.0 / 6.0, rule.weight(0), 1e-15);
	}

	@Test
	void cachedAndValidated() {
		assertSame(GaussHermite.standardNormal(17), GaussHermite.standardNormal(17));
		assertThrows(IllegalArgumentException.class, () -> GaussHermite.standardNormal(0));
		assertThrows(IllegalArgumentException.class, () -> GaussHermite.standardNormal(GaussHermite.MAX_NODES + 1));
	}

	private static double logFactorial(int n) {
		double s = 0;
		for (int i = 2; i <= n; i++) {
			s += Math.log(i);
		}
		return s;
	}
}
