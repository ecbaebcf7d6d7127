package org.spectralbias.cli.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints benchmark rows as csv or as an aligned table with notes. Stateless.
 */
public final class BenchReport {

	/** The csv header, exactly. */
	public static final String CSV_HEADER = "workload,java_seconds,reference_seconds,ratio";

	private static final String MISSING = "—";

	private BenchReport() {
	}

	/**
	 * Prints {@link #CSV_HEADER} and one line per row: seconds and the ratio with 6 significant digits (Locale.ROOT,
	 * so with a decimal point), an empty cell where a value is missing.
	 *
	 * @param rows the rows
	 * @param out  where to print
	 */
	public static void csv(List<BenchRow> rows, PrintWriter out) {
		out.println(CSV_HEADER);
		for (BenchRow row : rows) {
			out.println(String.join(",", row.workload().replace(",", ";"), csvNumber(row.javaSeconds()),
					csvNumber(row.referenceSeconds()), csvNumber(row.ratio())));
		}
		out.flush();
	}

	/**
	 * Prints a preamble, the rows as aligned columns (workload, Java, reference, ratio, timed samples Java/reference)
	 * with times in convenient units, and the notes as a list.
	 *
	 * @param preamble lines printed first (machine, method)
	 * @param rows     the rows
	 * @param notes    lines printed after the table, each as a list item
	 * @param out      where to print
	 */
	public static void table(List<String> preamble, List<BenchRow> rows, List<String> notes, PrintWriter out) {
		preamble.forEach(out::println);
		if (!preamble.isEmpty()) {
			out.println();
		}
		List<List<String>> cells = new ArrayList<>();
		cells.add(List.of("workload", "java", "reference", "ratio", "samples"));
		for (BenchRow row : rows) {
			cells.add(List.of(row.workload(), duration(row.javaSeconds()), duration(row.referenceSeconds()),
					ratio(row.ratio()), row.javaRepetitions() + "/" + row.referenceRepetitions()));
		}
		int[] width = new int[cells.get(0).size()];
		for (List<String> line : cells) {
			for (int c = 0; c < width.length; c++) {
				width[c] = Math.max(width[c], line.get(c).length());
			}
		}
		for (int r = 0; r < cells.size(); r++) {
			out.println(alignedLine(cells.get(r), width));
			if (r == 0) {
				StringBuilder rule = new StringBuilder();
				for (int w : width) {
					rule.append("-".repeat(w)).append("  ");
				}
				out.println(rule.toString().stripTrailing());
			}
		}
		if (!notes.isEmpty()) {
			out.println();
			notes.forEach(note -> out.println("- " + note));
		}
		out.flush();
	}

	/**
	 * @param seconds a duration, or NaN
	 * @return e.g. "12.3 ms", "2.51 s", "18.4 µs"; "—" for NaN
	 */
	public static String duration(double seconds) {
		if (Double.isNaN(seconds)) {
			return MISSING;
		}
		// thresholds just below the unit so that rounding to three digits never gives "1.00e+03 ms"
		if (seconds >= 0.9995) {
			return String.format(Locale.ROOT, "%.3g s", seconds);
		}
		if (seconds >= 0.9995e-3) {
			return String.format(Locale.ROOT, "%.3g ms", seconds * 1e3);
		}
		return String.format(Locale.ROOT, "%.3g µs", seconds * 1e6);
	}

	/**
	 * @param value a ratio, or NaN
	 * @return three significant digits, "—" for NaN
	 */
	public static String ratio(double value) {
		return Double.isNaN(value) ? MISSING : String.format(Locale.ROOT, "%.3g", value);
	}

	/**
	 * @param value a number, or NaN
	 * @return six significant digits, or "" for NaN
	 */
	public static String csvNumber(double value) {
		return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.6g", value);
	}

	private static String alignedLine(List<String> cells, int[] width) {
		StringBuilder line = new StringBuilder();
		for (int c = 0; c < cells.size(); c++) {
			String cell = cells.get(c);
			String pad = " ".repeat(width[c] - cell.length());
			// numbers right-aligned, the name left-aligned
			line.append(c == 0 ? cell + pad : pad + cell).append("  ");
		}
		return line.toString().stripTrailing();
	}
}
