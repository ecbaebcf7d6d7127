package org.spectralbias.runs.view;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.spectralbias.core.io.CsvTable;
import org.spectralbias.runs.Numbers;

/** Small helpers for reading stored tables and building display tables. */
final class Tables {

	private Tables() {
	}

	/** @return the column's index, if the table has it */
	static OptionalInt column(CsvTable table, String name) {
		int i = table.header().indexOf(name);
		return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
	}

	/** @return the column's cells as numbers (NaN for empty or non-numeric cells); all NaN when it is missing */
	static double[] numbers(CsvTable table, String name) {
		double[] values = new double[table.rowCount()];
		OptionalInt c = column(table, name);
		for (int r = 0; r < values.length; r++) {
			values[r] = c.isPresent() ? parse(table.cell(r, c.getAsInt())) : Double.NaN;
		}
		return values;
	}

	/** @return the column's cells as text (empty when it is missing) */
	static List<String> texts(CsvTable table, String name) {
		List<String> values = new ArrayList<>();
		OptionalInt c = column(table, name);
		for (int r = 0; r < table.rowCount(); r++) {
			values.add(c.isPresent() ? table.cell(r, c.getAsInt()) : "");
		}
		return values;
	}

	static double parse(String cell) {
		if (cell == null || cell.isEmpty()) {
			return Double.NaN;
		}
		try {
			return Double.parseDouble(cell);
		} catch (NumberFormatException e) {
			return Double.NaN;
		}
	}

	/**
	 * @param header column names
	 * @param rows   cells; a {@link Double} is formatted for people, anything else with toString
	 * @return the table
	 */
	static CsvTable display(List<String> header, List<List<Object>> rows) {
		List<List<String>> text = new ArrayList<>();
		for (List<Object> row : rows) {
			List<String> cells = new ArrayList<>();
			for (Object cell : row) {
				cells.add(cell instanceof Double d ? Numbers.format(d) : String.valueOf(cell));
			}
			text.add(cells);
		}
		return new CsvTable(header, text);
	}
}
