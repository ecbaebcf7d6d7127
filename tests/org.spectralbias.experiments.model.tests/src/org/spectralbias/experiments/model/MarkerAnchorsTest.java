package org.spectralbias.experiments.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Which field shows a marker. */
class MarkerAnchorsTest {

	private static final List<JsonPath> FIELDS = List.of(p("$.name"), p("$.samples.train"), p("$.samples.test"),
			p("$.target.id"), p("$.target.parameters.degrees"), p("$.projectionDegrees"),
			p("$.optimizer.effectiveLearningRate"), p("$.optimizer.steps"));

	@Test
	void ownPathFirst() {
		assertEquals(Optional.of(p("$.optimizer.steps")), MarkerAnchors.anchor(p("$.optimizer.steps"), FIELDS));
	}

	@Test
	void belowAFieldGoesToTheField() {
		assertEquals(Optional.of(p("$.projectionDegrees")), MarkerAnchors.anchor(p("$.projectionDegrees[2]"), FIELDS));
	}

	@Test
	void anObjectGoesToItsFirstField() {
		assertEquals(Optional.of(p("$.samples.train")), MarkerAnchors.anchor(p("$.samples"), FIELDS));
		assertEquals(Optional.of(p("$.optimizer.effectiveLearningRate")), MarkerAnchors.anchor(p("$.optimizer"), FIELDS));
		assertEquals(Optional.of(p("$.target.id")), MarkerAnchors.anchor(p("$.target.parameters"), List.of(p("$.target.id"))));
	}

	@Test
	void aPlaceWithoutAFieldHasNoAnchor() {
		assertEquals(Optional.empty(), MarkerAnchors.anchor(p("$.unknownKey"), FIELDS));
		assertEquals(Optional.empty(), MarkerAnchors.anchor(JsonPath.ROOT, FIELDS));
	}

	private static JsonPath p(String text) {
		return JsonPath.parse(text);
	}
}
