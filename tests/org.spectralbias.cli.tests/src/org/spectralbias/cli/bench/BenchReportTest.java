package org.spectralbias.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

/** csv and table formatting of benchmark rows. */
class BenchReportTest {

	private static final List<BenchRow> ROWS = List.of(new BenchRow("gd-step-m4096", 0.0112, 0.0371, 5, 5),
			new BenchRow("eigh-n2000", 2.5, Double.NaN, 3, 0), BenchRow.external("startup", 1.25));

	@Test
	void csvHasTheExactHeaderAndEmptyCellsForMissingValues() {
		StringWriter text = new StringWriter();
		BenchReport.csv(ROWS, new PrintWriter(text));
		String[] lines = text.toString().split("\\R");
		assertEquals(4, lines.length, text.toString());
		assertEquals("workload,java_seconds,reference_seconds,ratio", lines[0]);
		assertEquals("gd-step-m4096,0.0112000,0.0371000,0.301887", lines[1]);
		assertEquals("eigh-n2000,2.50000,,", lines[2]);
		assertEquals("startup,1.25000,,", lines[3]);
		String[] cells = lines[1].split(",", -1);
		assertEquals(0.0112 / 0.0371, Double.parseDouble(cells[3]), 1e-6, "ratio = java/reference");
	}

	@Test
	void csvNumbersUseADecimalPointAndScientificNotationForTinyTimes() {
		assertEquals("5.10000e-06", BenchReport.csvNumber(5.1e-6));
		assertEquals("", BenchReport.csvNumber(Double.NaN));
	}

	@Test
	void tableAlignsColumnsAndMarksMissingValues() {
		StringWriter text = new StringWriter();
		BenchReport.table(List.of("preamble line"), ROWS, List.of("a note"), new PrintWriter(text));
		String[] lines = text.toString().split("\\R");
		assertEquals("preamble line", lines[0]);
		assertEquals("", lines[1]);
		assertTrue(lines[2].startsWith("workload"), lines[2]);
		assertTrue(lines[3].matches("-+( +-+){4}"), lines[3]);
		assertTrue(lines[4].matches("gd-step-m4096 +11\\.2 ms +37\\.1 ms +0\\.302 +5/5"), lines[4]);
		assertTrue(lines[5].matches("eigh-n2000 +2\\.50 s +— +— +3/0"), lines[5]);
		assertEquals(lines[2].length(), lines[4].length(), "right-aligned numbers end in the same column");
		assertEquals("- a note", lines[lines.length - 1]);
	}

	@Test
	void durationsPickAUnitWithoutScientificNotation() {
		assertEquals("2.51 s", BenchReport.duration(2.512));
		assertEquals("1.00 s", BenchReport.duration(0.9997));
		assertEquals("12.3 ms", BenchReport.duration(0.01234));
		assertEquals("1.00 ms", BenchReport.duration(0.0009999));
		assertEquals("18.4 µs", BenchReport.duration(18.4e-6));
		assertEquals("—", BenchReport.duration(Double.NaN));
	}

	@Test
	void ratioIsJavaOverReference() {
		assertEquals(0.5, new BenchRow("x", 1.0, 2.0, 1, 1).ratio());
		assertTrue(Double.isNaN(new BenchRow("x", 1.0, Double.NaN, 1, 0).ratio()));
	}
}
