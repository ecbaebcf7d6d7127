package org.spectralbias.experiments.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonParser;

/** Typed text to JSON values and back. */
class JsonValuesTest {

	@Test
	void numbersKeepTheirText() {
		assertEquals("4096", JsonValues.fromText(FieldKind.INTEGER, "4096").toString());
		assertEquals("1e-5", JsonValues.fromText(FieldKind.NUMBER, " 1e-5 ").toString());
		assertTrue(JsonValues.fromText(FieldKind.NUMBER, "1e-5").getAsJsonPrimitive().isNumber());
		assertEquals("1e-5", JsonValues.toText(JsonValues.fromText(FieldKind.NUMBER, "1e-5")));
	}

	@Test
	void textThatIsNotANumberStaysTextForTheReaderToReport() {
		for (String bad : new String[] { "abc", "+1", ".5", "1.", "NaN", "Infinity", "0x10", "1 000" }) {
			var value = JsonValues.fromText(FieldKind.INTEGER, bad);
			assertTrue(value.getAsJsonPrimitive().isString(), bad);
			assertEquals(bad, value.getAsString());
		}
	}

	@Test
	void blankRemovesTheKey() {
		assertNull(JsonValues.fromText(FieldKind.INTEGER, "  "));
		assertNull(JsonValues.fromText(FieldKind.TEXT, ""));
	}

	@Test
	void listsBecomeArraysOfNumbersWhenEveryElementIsOne() {
		assertEquals("[1,2,4]", JsonValues.fromText(FieldKind.NUMBER_LIST, "1, 2,4").toString());
		assertEquals("\"1, x\"", JsonValues.fromText(FieldKind.NUMBER_LIST, "1, x").toString());
		assertEquals("\"1,\"", JsonValues.fromText(FieldKind.NUMBER_LIST, "1,").toString());
		assertEquals("1, 2, 4", JsonValues.toText(JsonParser.parseString("[1, 2, 4]")));
	}

	@Test
	void booleansAndTexts() {
		assertEquals("false", JsonValues.fromText(FieldKind.BOOLEAN, "false").toString());
		assertEquals("\"yes\"", JsonValues.fromText(FieldKind.BOOLEAN, "yes").toString());
		assertEquals("\" keeps spaces \"", JsonValues.fromText(FieldKind.TEXT, " keeps spaces ").toString());
		assertEquals("true", JsonValues.toText(JsonParser.parseString("true")));
		assertEquals("symmetric", JsonValues.toText(JsonParser.parseString("\"symmetric\"")));
		assertEquals("{ \"a\": 1 }", JsonValues.toText(JsonParser.parseString("{\"a\":1}")));
		assertEquals("", JsonValues.toText(null));
	}
}
