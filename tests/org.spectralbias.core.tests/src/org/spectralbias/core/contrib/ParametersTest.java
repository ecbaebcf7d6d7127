package org.spectralbias.core.contrib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ParametersTest {

	private static final List<ParameterDescriptor> DESCRIPTORS = List.of(
			ParameterDescriptor.ofDouble("slope", 0.01, 0.0, 1.0, "", "negative slope"),
			ParameterDescriptor.ofInt("order", 1, 0, 2, "arc-cosine order"),
			ParameterDescriptor.ofBoolean("bias", false, "bias term"),
			ParameterDescriptor.ofDoubleList("coefficients", "1,1,1", -100, 100, "a_k"));

	@Test
	void defaultsAreFilledIn() {
		Parameters p = Parameters.resolve("test", DESCRIPTORS, Map.of());
		assertEquals(0.01, p.getDouble("slope"));
		assertEquals(1, p.getInt("order"));
		assertEquals(false, p.getBoolean("bias"));
		assertArrayEquals(new double[] { 1, 1, 1 }, p.getDoubleList("coefficients"));
	}

	@Test
	void valuesAreParsed() {
		Parameters p = Parameters.resolve("test", DESCRIPTORS,
				Map.of("slope", "0.2", "order", "2", "bias", "TRUE", "coefficients", "1, 3,5"));
		assertEquals(0.2, p.getDouble("slope"));
		assertEquals(2, p.getInt("order"));
		assertEquals(true, p.getBoolean("bias"));
		assertArrayEquals(new double[] { 1, 3, 5 }, p.getDoubleList("coefficients"));
	}

	@Test
	void everyProblemIsNamedAtOnce() {
		ParameterException e = assertThrows(ParameterException.class, () -> Parameters.resolve("activation 'x'",
				DESCRIPTORS, Map.of("slope", "2", "order", "1.5", "bias", "maybe", "colour", "red")));
		String m = e.getMessage();
		assertTrue(m.contains("'slope' = '2' is not a number in [0, 1]"), m);
		assertTrue(m.contains("'order' = '1.5' is not an integer in [0, 2]"), m);
		assertTrue(m.contains("'bias' = 'maybe' is not true or false"), m);
		assertTrue(m.contains("activation 'x' has no parameter 'colour'"), m);
		assertEquals(4, m.lines().count(), m);
	}

	@Test
	void nanAndInfinityAreRefused() {
		assertThrows(ParameterException.class, () -> Parameters.resolve("t", DESCRIPTORS, Map.of("slope", "NaN")));
		assertThrows(ParameterException.class,
				() -> Parameters.resolve("t", DESCRIPTORS, Map.of("coefficients", "1,Infinity")));
	}
}
