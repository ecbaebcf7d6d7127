package org.spectralbias.experiments.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spectralbias.core.contrib.ParameterDescriptor;
import org.spectralbias.core.contrib.ParameterType;

/** Fields generated from a contribution's descriptors. */
class ParameterFieldsTest {

	@Test
	void oneFieldPerDescriptorWithDefaultUnitAndBounds() {
		List<FormField> fields = ParameterFields.of(JsonPath.parse("$.analyses[1]"), List.of(
				ParameterDescriptor.ofDouble("sigma", 0.5, 1e-4, 1e4, "rad", "spread"),
				ParameterDescriptor.ofInt("components", 3, 1, 1000, "number of components"),
				ParameterDescriptor.ofBoolean("bias", false, "with bias"),
				ParameterDescriptor.ofDoubleList("degrees", "1,2,4", 0, 1000, "degrees"),
				new ParameterDescriptor("initialisation", ParameterType.STRING, "symmetric", Double.NEGATIVE_INFINITY,
						Double.POSITIVE_INFINITY, "", "symmetric or standard")));
		assertEquals(List.of("$.analyses[1].parameters.sigma", "$.analyses[1].parameters.components",
				"$.analyses[1].parameters.bias", "$.analyses[1].parameters.degrees",
				"$.analyses[1].parameters.initialisation"), fields.stream().map(f -> f.path().toString()).toList());
		assertEquals(List.of(FieldKind.NUMBER, FieldKind.INTEGER, FieldKind.BOOLEAN, FieldKind.NUMBER_LIST,
				FieldKind.TEXT), fields.stream().map(FormField::kind).toList());
		FormField sigma = fields.get(0);
		assertEquals("0.5", sigma.defaultText());
		assertEquals("default 0.5", sigma.placeholder());
		assertEquals("rad", sigma.unit());
		assertEquals("a number in [1.0E-4, 10000]; spread", sigma.hint());
		assertEquals("spread", sigma.description());
		assertFalse(sigma.required());
		assertEquals("an integer in [1, 1000]; number of components", fields.get(1).hint());
		assertEquals("symmetric or standard", fields.get(4).hint(), "free text: the description names the words");
		assertEquals("1,2,4", fields.get(3).defaultText());
	}
}
