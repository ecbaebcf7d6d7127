package org.spectralbias.math.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AngularIntegralsTest {

	@Test
	void valuesAtTheEndsAndTheMiddle() {
		// J_n of Cho & Saul (2009) eq. 6 at θ = 0, π/2, π
		assertEquals(Math.PI, AngularIntegrals.j0(1), 0);
		assertEquals(Math.PI / 2, AngularIntegrals.j0(0), 1e-16);
		assertEquals(0.0, AngularIntegrals.j0(-1), 0);
		assertEquals(Math.PI, AngularIntegrals.j1(1), 0);
		assertEquals(1.0, AngularIntegrals.j1(0), 1e-16);
		assertEquals(0.0, AngularIntegrals.j1(-1), 0);
		assertEquals(3 * Math.PI, AngularIntegrals.j2(1), 1e-15);
		assertEquals(Math.PI / 2, AngularIntegrals.j2(0), 1e-16);
		assertEquals(0.0, AngularIntegrals.j2(-1), 0);
	}

	@Test
	void seriesNearMinusOneJoinsTheClosedForm() {
		// either side of the switch at φ = π − θ = 0.01 the other branch, written out here in φ, must agree; the
		// closed form in φ cancels terms of size φ, so its error is ~1e−16·φ absolute (the tolerance allows 10×)
		for (double phi : new double[] { 0.0099, 0.0101, 0.005, 0.02 }) {
			double t = -Math.cos(phi);
			double p = Math.acos(-t);
			double j1 = Math.sin(p) - p * Math.cos(p);
			double j2 = p * (1 + 2 * Math.cos(p) * Math.cos(p)) - 3 * Math.sin(p) * Math.cos(p);
			assertEquals(j1, AngularIntegrals.j1(t), 1e-15 * p, "J1 at phi " + phi);
			assertEquals(j2, AngularIntegrals.j2(t), 1e-15 * p, "J2 at phi " + phi);
		}
		// at tiny φ the closed form is useless; compare with the leading terms φ³/3 − φ⁵/30 and 4φ⁵/15 − 16φ⁷/315
		double t = -Math.cos(1e-4);
		double p = Math.acos(-t);
		assertEquals(1.0, AngularIntegrals.j1(t) / (p * p * p / 3 - Math.pow(p, 5) / 30), 1e-14);
		assertEquals(1.0, AngularIntegrals.j2(t) / (4 * Math.pow(p, 5) / 15 - 16 * Math.pow(p, 7) / 315), 1e-14);
	}

	@Test
	void cosinesJustOutsideTheIntervalAreClampedAndFurtherOnesRejected() {
		assertEquals(Math.PI, AngularIntegrals.j1(1 + 1e-12), 0);
		assertThrows(IllegalArgumentException.class, () -> AngularIntegrals.j0(1.01));
		assertThrows(IllegalArgumentException.class, () -> AngularIntegrals.j0(Double.NaN));
	}
}
