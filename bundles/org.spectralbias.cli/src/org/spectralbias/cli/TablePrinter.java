package org.spectralbias.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;

/** Prints rows of text in one of the {@link OutputFormat}s. */
final class TablePrinter {

	private TablePrinter() {
	}

	/**
	 * @param out    where to print
	 * @param format the format
	 * @param header the column names
	 * @param rows   the rows, each as long as the header
	 */
	static void print(PrintWriter out, OutputFormat format, List<String> header, List<List<String>> rows) {
		switch (format) {
		case csv -> {
			out.println(String.join(",", header.stream().map(TablePrinter::csvCell).toList()));
			rows.forEach(r -> out.println(String.join(",", r.stream().map(TablePrinter::csvCell).toList())));
		}
		case json -> {
			List<Map<String, String>> objects = rows.stream().map(r -> {
				Map<String, String> o = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					o.put(header.get(i), r.get(i));
				}
				return o;
			}).toList();
			out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(objects));
		}
		case table -> printAligned(out, header, rows);
		}
		out.flush();
	}

	private static void printAligned(PrintWriter out, List<String> header, List<List<String>> rows) {
		int[] width = new int[header.size()];
		for (int i = 0; i < width.length; i++) {
			width[i] = header.get(i).length();
			for (List<String> r : rows) {
				width[i] = Math.max(width[i], r.get(i).length());
			}
		}
		printRow(out, header, width);
		StringBuilder rule = new StringBuilder();
		for (int w : width) {
			rule.append("-".repeat(w)).append("  ");
		}
		out.println(rule.toString().stripTrailing());
		rows.forEach(r -> printRow(out, r, width));
	}

	private static void printRow(PrintWriter out, List<String> cells, int[] width) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			line.append(cells.get(i)).append(" ".repeat(width[i] - cells.get(i).length() + 2));
		}
		out.println(line.toString().stripTrailing());
	}

	private static String csvCell(String cell) {
		if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
			return "\"" + cell.replace("\"", "\"\"") + "\"";
		}
		return cell;
	}
}
