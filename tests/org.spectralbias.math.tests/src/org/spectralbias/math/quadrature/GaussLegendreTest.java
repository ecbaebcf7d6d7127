package org.spectralbias.math.quadrature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class GaussLegendreTest {

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 4, 5, 8, 13, 20, 64, 101 })
	void integratesMonomialsUpToDegreeTwoNMinusOneExactly(int n) {
		QuadratureRule rule = GaussLegendre.rule(n);
		for (int k = 0; k <= 2 * n - 1; k++) {
			final int power = k;
			// exact: ∫_{-1}^{1} t^k dt = 2/(k+1) for even k, 0 for odd k
			double expected = k % 2 == 0 ? 2.0 / (k + 1) : 0.0;
			assertEquals(expected, rule.integrate(t -> Math.pow(t, power)), 1e-14, "n=" + n + ", k=" + k);
		}
	}

	@Test
	void isNotExactBeyondDegreeTwoNMinusOne() {
		// exact: ∫ t^6 = 2/7; the 3-point rule gives 2·(5/9)·(3/5)^3 = 6/25, not 2/7 (Gauss rules stop at 2n−1)
		assertEquals(6.0 / 25.0, GaussLegendre.rule(3).integrate(t -> Math.pow(t, 6)), 1e-15);
	}

	@Test
	void thousandNodesIntegrateOscillationAndHighDegreeToRoundOff() {
		QuadratureRule rule = GaussLegendre.rule(1000);
		// exact: ∫_{-1}^{1} cos(ωt) dt = 2 sin(ω)/ω. Rounding each node to double (≤ 1e−16) perturbs cos(ωt) by
		// ≤ ω·1e−16, so the attainable accuracy is ~ω·1e−16: 1e−15 at ω = 10, 5e−14 at ω = 500
		assertEquals(2 * Math.sin(10) / 10, rule.integrate(t -> Math.cos(10 * t)), 1e-15);
		assertEquals(2 * Math.sin(500) / 500, rule.integrate(t -> Math.cos(500 * t)), 5e-14);
		// exact: ∫ t^1998 dt = 2/1999 (degree ≤ 2n−1)
		assertEquals(2.0 / 1999, rule.integrate(t -> Math.pow(t, 1998)), 1e-14 * 2.0 / 1999);
		// exact: Σ w_i = 2
		assertEquals(2.0, rule.integrate(t -> 1.0), 2e-15);
	}

	@Test
	void thousandNodesAreSymmetricSortedAndInside() {
		QuadratureRule rule = GaussLegendre.rule(1000);
		for (int i = 0; i < rule.size(); i++) {
			assertEquals(-rule.node(i), rule.node(rule.size() - 1 - i), 0.0);
			assertEquals(rule.weight(i), rule.weight(rule.size() - 1 - i), 0.0);
			assertTrue(rule.weight(i) > 0);
			assertTrue(Math.abs(rule.node(i)) < 1);
			if (i > 0) {
				assertTrue(rule.node(i) > rule.node(i - 1));
			}
		}
	}

	@Test
	void smallRulesMatchClosedForms() {
		// closed forms: n=2 nodes ±1/√3 weights 1; n=3 nodes 0, ±√(3/5), weights 8/9, 5/9
		QuadratureRule two = GaussLegendre.rule(2);
		assertEquals(1 / Math.sqrt(3), two.node(1), 2e-16);
		assertEquals(1.0, two.weight(0), 1e-15);
		QuadratureRule three = GaussLegendre.rule(3);
		assertEquals(0.0, three.node(1), 0.0);
		assertEquals(Math.sqrt(0.6), three.node(2), 2e-16);
		assertEquals(8.0 / 9.0, three.weight(1), 1e-15);
		assertEquals(5.0 / 9.0, three.weight(0), 1e-15);
	}

	@Test
	void semicircleConvergesAlgebraically() {
		// exact: ∫_{-1}^{1} sqrt(1−t²) dt = π/2; the endpoint square-root singularity limits Gauss–Legendre to an
		// algebraic rate (error O(n^−3)), so we only require monotone improvement and a 1e−7 error at n = 1000
		double previous = Double.POSITIVE_INFINITY;
		for (int n : new int[] { 10, 30, 100, 300, 1000 }) {
			double err = Math.abs(GaussLegendre.rule(n).integrate(t -> Math.sqrt(1 - t * t)) - Math.PI / 2);
			assertTrue(err < previous, "n=" + n);
			previous = err;
		}
		assertTrue(previous < 1e-7, "error at n=1000: " + previous);
	}

	@Test
	void mappedRuleIntegratesOnInterval() {
		// exact: ∫_0^π sin θ dθ = 2; ∫_2^5 t^3 dt = (625 − 16)/4
		assertEquals(2.0, GaussLegendre.on(30, 0, Math.PI).integrate(Math::sin), 1e-15);
		assertEquals((625.0 - 16.0) / 4, GaussLegendre.on(2, 2, 5).integrate(t -> t * t * t), 1e-12);
	}

	@Test
	void rulesAreCachedAndSafeUnderConcurrency() {
		QuadratureRule[] rules = IntStream.range(0, 64).parallel().mapToObj(i -> GaussLegendre.rule(257))
				.toArray(QuadratureRule[]::new);
		for (QuadratureRule r : rules) {
			assertSame(rules[0], r);
		}
	}

	@Test
	void rejectsBadArguments() {
		assertThrows(IllegalArgumentException.class, () -> GaussLegendre.rule(0));
		assertThrows(IllegalArgumentException.class, () -> GaussLegendre.rule(GaussLegendre.MAX_NODES + 1));
		assertThrows(IllegalArgumentException.class, () -> GaussLegendre.on(5, 0, Double.NaN));
	}
}
