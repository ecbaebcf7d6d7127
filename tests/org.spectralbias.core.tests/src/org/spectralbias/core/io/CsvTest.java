package org.spectralbias.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTest {

	@Test
	void writerQuotesAsRfc4180Requires() {
		CsvTable table = CsvTable.builder("name", "value").row("plain", 1).row("a,b", "say \"hi\"")
				.row("two\nlines", "").build();
		assertEquals("name,value\r\nplain,1\r\n\"a,b\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",\r\n",
				CsvWriter.toString(table));
	}

	@Test
	void roundTripKeepsTextExactly() throws CsvFormatException {
		CsvTable table = CsvTable.builder("label", "note", "empty").row("degree 1, measured", "\"quoted\"", "")
				.row("μ_k ≈ 3/(4D)", "line\r\nbreak", null).row("  spaces  ", ",", "\"").build();
		CsvTable back = CsvReader.parse(CsvWriter.toString(table));
		assertEquals(table, back);
		assertEquals("", back.cell(1, 2));
	}

	@Test
	void numbersRoundTripBitForBit() throws CsvFormatException {
		SplittableRandom random = new SplittableRandom(1);
		double[] values = new double[200];
		for (int i = 0; i < values.length; i++) {
			values[i] = Double.longBitsToDouble(random.nextLong());
		}
		values[0] = 0.1 + 0.2;
		values[1] = -0.0;
		values[2] = Double.MIN_VALUE;
		values[3] = Double.NaN;
		values[4] = Double.NEGATIVE_INFINITY;
		CsvTable.Builder builder = CsvTable.builder("x");
		for (double v : values) {
			builder.numbers(v);
		}
		double[] back = CsvReader.parse(CsvWriter.toString(builder.build())).numbers("x");
		for (int i = 0; i < values.length; i++) {
			assertEquals(Double.doubleToRawLongBits(Double.isNaN(values[i]) ? Double.NaN : values[i]),
					Double.doubleToRawLongBits(back[i]), "value " + i);
		}
	}

	@Test
	void singleEmptyCellIsNotAnEmptyLine() throws CsvFormatException {
		CsvTable table = CsvTable.builder("only").row("").row("x").build();
		String text = CsvWriter.toString(table);
		assertEquals("only\r\n\"\"\r\nx\r\n", text);
		assertEquals(table, CsvReader.parse(text));
	}

	@Test
	void readerAcceptsLfBomAndMissingFinalLineEnd() throws CsvFormatException {
		CsvTable table = CsvReader.parse("\uFEFFt,r\n0,1.5\n50,\"0.75\"");
		assertEquals(List.of("t", "r"), table.header());
		assertEquals(2, table.rowCount());
		assertEquals(0.75, table.number(1, table.column("r")));
	}

	@Test
	void malformedInputIsReportedWithItsLine() {
		assertEquals(2, assertThrows(CsvFormatException.class, () -> CsvReader.parse("a,b\r\n1,2,3\r\n")).line());
		assertEquals(2, assertThrows(CsvFormatException.class, () -> CsvReader.parse("a\r\nx\"y\r\n")).line());
		assertEquals(2, assertThrows(CsvFormatException.class, () -> CsvReader.parse("a\r\n\"x\"y\r\n")).line());
		assertEquals(3, assertThrows(CsvFormatException.class, () -> CsvReader.parse("a\r\n\"open\r\n")).line());
		assertThrows(CsvFormatException.class, () -> CsvReader.parse(""));
		assertThrows(IllegalArgumentException.class, () -> CsvTable.builder("a", "b").row(1));
	}

	@Test
	void fileRoundTrip(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("projections.csv");
		CsvTable table = CsvTable.builder("iteration", "degree", "projection").row(0, 1, 0.7).row(50, 1, 0.68)
				.build();
		CsvWriter.write(table, file);
		assertEquals(CsvWriter.toString(table), Files.readString(file, StandardCharsets.UTF_8));
		assertEquals(table, CsvReader.read(file));
		try (var files = Files.list(folder)) {
			assertEquals(List.of(file), files.toList());
		}
	}
}
