package org.spectralbias.core.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A table of strings with a header row; every row has as many cells as the header. Numbers are stored as the text
 * {@link Double#toString(double)} gives, which parses back to the identical double. Immutable and thread-safe.
 *
 * <pre>{@code
 * CsvTable table = CsvTable.builder("iteration", "degree", "projection")
 * 		.row(0, 1, 0.71)
 * 		.row(0, 2, 0.69)
 * 		.build();
 * }</pre>
 */
public final class CsvTable {

	private final List<String> header;
	private final List<List<String>> rows;

	/**
	 * @param header column names, at least one
	 * @param rows rows of exactly header.size() cells each
	 * @throws IllegalArgumentException when a row has the wrong number of cells or the header is empty
	 */
	public CsvTable(List<String> header, List<List<String>> rows) {
		if (header.isEmpty()) {
			throw new IllegalArgumentException("a table needs at least one column");
		}
		this.header = List.copyOf(header);
		List<List<String>> copy = new ArrayList<>(rows.size());
		for (List<String> row : rows) {
			if (row.size() != header.size()) {
				throw new IllegalArgumentException(
						"row " + copy.size() + " has " + row.size() + " cells, the header " + header.size());
			}
			copy.add(List.copyOf(row));
		}
		this.rows = List.copyOf(copy);
	}

	/**
	 * @param columns column names, at least one
	 * @return a builder for a table with these columns
	 */
	public static Builder builder(String... columns) {
		return new Builder(List.of(columns));
	}

	/**
	 * @return the column names
	 */
	public List<String> header() {
		return header;
	}

	/**
	 * @return the rows, each as a list of cells
	 */
	public List<List<String>> rows() {
		return rows;
	}

	/**
	 * @return the number of rows (without the header)
	 */
	public int rowCount() {
		return rows.size();
	}

	/**
	 * @param name a column name
	 * @return its index
	 * @throws IllegalArgumentException when there is no such column
	 */
	public int column(String name) {
		int index = header.indexOf(name);
		if (index < 0) {
			throw new IllegalArgumentException("no column " + name + " in " + header);
		}
		return index;
	}

	/**
	 * @param row row index
	 * @param column column index
	 * @return the cell text
	 */
	public String cell(int row, int column) {
		return rows.get(row).get(column);
	}

	/**
	 * @param row row index
	 * @param column column index
	 * @return the cell parsed by {@link Double#parseDouble} (accepts "NaN" and "Infinity")
	 * @throws NumberFormatException when the cell is not a number
	 */
	public double number(int row, int column) {
		return Double.parseDouble(cell(row, column));
	}

	/**
	 * @param name a column name
	 * @return all cells of the column parsed as numbers
	 * @throws IllegalArgumentException when there is no such column
	 * @throws NumberFormatException when a cell is not a number
	 */
	public double[] numbers(String name) {
		int c = column(name);
		double[] values = new double[rows.size()];
		for (int r = 0; r < values.length; r++) {
			values[r] = number(r, c);
		}
		return values;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CsvTable t && header.equals(t.header) && rows.equals(t.rows);
	}

	@Override
	public int hashCode() {
		return Objects.hash(header, rows);
	}

	@Override
	public String toString() {
		return "CsvTable" + header + " × " + rows.size() + " rows";
	}

	/**
	 * Collects rows for a {@link CsvTable}. Not thread-safe.
	 */
	public static final class Builder {

		private final List<String> header;
		private final List<List<String>> rows = new ArrayList<>();

		private Builder(List<String> header) {
			this.header = header;
		}

		/**
		 * @param cells one value per column: a {@link Double} or {@link Float} is written with
		 *            {@link Double#toString(double)}, other numbers and objects with {@link String#valueOf}; null
		 *            gives an empty cell
		 * @return this builder
		 * @throws IllegalArgumentException when the number of cells differs from the number of columns
		 */
		public Builder row(Object... cells) {
			if (cells.length != header.size()) {
				throw new IllegalArgumentException(
						"expected " + header.size() + " cells, got " + cells.length + ": " + Arrays.toString(cells));
			}
			List<String> row = new ArrayList<>(cells.length);
			for (Object cell : cells) {
				row.add(text(cell));
			}
			rows.add(row);
			return this;
		}

		/**
		 * @param cells one number per column
		 * @return this builder
		 */
		public Builder numbers(double... cells) {
			Object[] boxed = new Object[cells.length];
			for (int i = 0; i < cells.length; i++) {
				boxed[i] = cells[i];
			}
			return row(boxed);
		}

		private static String text(Object cell) {
			if (cell == null) {
				return "";
			}
			if (cell instanceof Double || cell instanceof Float) {
				return Double.toString(((Number) cell).doubleValue());
			}
			return String.valueOf(cell);
		}

		/**
		 * @return the table
		 */
		public CsvTable build() {
			return new CsvTable(header, rows);
		}
	}
}
