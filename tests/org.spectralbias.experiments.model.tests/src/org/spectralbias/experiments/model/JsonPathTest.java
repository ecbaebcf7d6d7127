package org.spectralbias.experiments.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/** Paths in the reader's notation (docs/experiment-files.md, "Keys that are not identifiers appear in brackets"). */
class JsonPathTest {

	@ParameterizedTest
	@ValueSource(strings = { "$", "$.width", "$.optimizer.record.points", "$.analyses[1].id",
			"$.target.parameters['odd key']", "$.target.parameters['it\\'s']", "$.a[0][2]" })
	void printsWhatItParses(String text) {
		assertEquals(text, JsonPath.parse(text).toString());
	}

	@Test
	void buildsTheReadersNotation() {
		assertEquals("$.target.parameters['odd key']",
				JsonPath.ROOT.child("target").child("parameters").child("odd key").toString());
		assertEquals("$.analyses[2].id", JsonPath.ROOT.child("analyses").element(2).child("id").toString());
		assertEquals(JsonPath.parse("$.analyses"), JsonPath.parse("$.analyses[2]").parent());
		assertEquals("id", JsonPath.parse("$.analyses[2].id").lastKey());
		assertEquals("", JsonPath.parse("$.analyses[2]").lastKey());
	}

	@Test
	void rejectsWhatIsNotAPath() {
		assertThrows(IllegalArgumentException.class, () -> JsonPath.parse("width"));
		assertThrows(IllegalArgumentException.class, () -> JsonPath.parse("$..a"));
		assertThrows(IllegalArgumentException.class, () -> JsonPath.parse("$.a[x]"));
		assertThrows(IllegalArgumentException.class, () -> JsonPath.parse("$.a['open"));
	}

	@Test
	void prefixesGoBySegmentsNotCharacters() {
		assertTrue(JsonPath.parse("$.optimizer").isPrefixOf(JsonPath.parse("$.optimizer.steps")));
		assertTrue(JsonPath.ROOT.isPrefixOf(JsonPath.parse("$.width")));
		assertFalse(JsonPath.parse("$.optimizer.step").isPrefixOf(JsonPath.parse("$.optimizer.steps")));
		assertFalse(JsonPath.parse("$.optimizer.steps").isPrefixOf(JsonPath.parse("$.optimizer")));
	}

	@Test
	void readsSetsAndRemovesValues() {
		JsonObject tree = JsonParser.parseString("{ \"a\": { \"b\": [ { \"c\": 1 }, 2 ] } }").getAsJsonObject();
		assertEquals(1, JsonPath.parse("$.a.b[0].c").get(tree).getAsInt());
		assertNull(JsonPath.parse("$.a.b[5]").get(tree));
		assertNull(JsonPath.parse("$.a.x.y").get(tree));

		JsonPath.parse("$.a.b[1]").set(tree, new JsonPrimitive(3));
		JsonPath.parse("$.n.m").set(tree, new JsonPrimitive("new"));
		assertEquals("{\"a\":{\"b\":[{\"c\":1},3]},\"n\":{\"m\":\"new\"}}", tree.toString());

		assertTrue(JsonPath.parse("$.a.b[0]").remove(tree));
		assertFalse(JsonPath.parse("$.a.zz").remove(tree));
		assertEquals("{\"a\":{\"b\":[3]},\"n\":{\"m\":\"new\"}}", tree.toString());
		assertThrows(IllegalArgumentException.class, () -> JsonPath.parse("$.a.b[7]").set(tree, new JsonPrimitive(1)));
		assertThrows(IllegalArgumentException.class, () -> JsonPath.ROOT.set(tree, new JsonObject()));
	}

	@Test
	void replacesANonObjectOnTheWay() {
		JsonObject tree = JsonParser.parseString("{ \"samples\": 5 }").getAsJsonObject();
		JsonPath.parse("$.samples.train").set(tree, new JsonPrimitive(10));
		assertEquals("{\"samples\":{\"train\":10}}", tree.toString());
	}
}
