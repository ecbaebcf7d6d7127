package org.spectralbias.runs.heatmap;

import java.util.List;
import java.util.Objects;

/**
 * A matrix of values drawn as coloured cells with row and column labels, a colour bar and the values written in
 * the cells where they fit. Immutable (the values are copied in and out).
 *
 * @param title        the title
 * @param subtitle     one line under it, empty for none
 * @param rowAxis      what the rows are, e.g. "target degree"
 * @param columnAxis   what the columns are
 * @param rowLabels    one per row
 * @param columnLabels one per column
 * @param values       rows × columns; NaN for no value
 * @param scale        how values map to colours
 */
public record HeatMap(String title, String subtitle, String rowAxis, String columnAxis, List<String> rowLabels,
		List<String> columnLabels, double[][] values, ColourScale scale) {

	/**
	 * @throws IllegalArgumentException when the labels do not match the matrix
	 */
	public HeatMap {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(subtitle, "subtitle");
		Objects.requireNonNull(scale, "scale");
		rowLabels = List.copyOf(rowLabels);
		columnLabels = List.copyOf(columnLabels);
		if (values.length != rowLabels.size()) {
			throw new IllegalArgumentException(rowLabels.size() + " row labels for " + values.length + " rows");
		}
		double[][] copy = new double[values.length][];
		for (int r = 0; r < values.length; r++) {
			if (values[r].length != columnLabels.size()) {
				throw new IllegalArgumentException("row " + r + " has " + values[r].length + " values for "
						+ columnLabels.size() + " columns");
			}
			copy[r] = values[r].clone();
		}
		values = copy;
	}

	/** @return a copy of the values */
	@Override
	public double[][] values() {
		double[][] copy = new double[values.length][];
		for (int r = 0; r < values.length; r++) {
			copy[r] = values[r].clone();
		}
		return copy;
	}

	/** @return the value in a cell */
	public double value(int row, int column) {
		return values[row][column];
	}

	/** @return the number of rows */
	public int rows() {
		return rowLabels.size();
	}

	/** @return the number of columns */
	public int columns() {
		return columnLabels.size();
	}
}
