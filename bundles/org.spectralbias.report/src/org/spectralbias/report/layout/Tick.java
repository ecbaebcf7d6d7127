package org.spectralbias.report.layout;

import java.util.Objects;

/**
 * A tick on an axis: a data value and its label. Labelled ticks are major (longer tick mark, darker grid line);
 * ticks with an empty label are minor. Immutable.
 *
 * @param value the data value
 * @param label the label, empty for a minor tick
 */
public record Tick(double value, String label) {

	/**
	 * @throws NullPointerException when label is null
	 */
	public Tick {
		Objects.requireNonNull(label, "label");
	}

	/**
	 * @return whether the tick has a label
	 */
	public boolean isMajor() {
		return !label.isEmpty();
	}
}
