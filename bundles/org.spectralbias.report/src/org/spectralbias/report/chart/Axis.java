package org.spectralbias.report.chart;

import java.util.Objects;
import java.util.Optional;

/**
 * One axis of a {@link Chart}: a label with its unit, a {@link Scale} and an optional fixed range (otherwise the
 * range follows the data, widened to nice tick values). Immutable and thread-safe.
 * <p>
 * Example: {@code Axis.log("|v_kᵀ r_t|", "").withRange(1e-6, 1)}.
 */
public final class Axis {

	private final String label;
	private final String unit;
	private final Scale scale;
	private final Range range;

	private Axis(String label, String unit, Scale scale, Range range) {
		this.label = Objects.requireNonNull(label, "label");
		this.unit = Objects.requireNonNull(unit, "unit");
		this.scale = Objects.requireNonNull(scale, "scale");
		if (range != null && scale == Scale.LOG && range.min() <= 0) {
			throw new IllegalArgumentException("a log axis needs a positive range, got " + range);
		}
		this.range = range;
	}

	/**
	 * @param label what the axis shows, e.g. "iteration t"
	 * @param unit its unit, empty when dimensionless
	 * @return a linear axis with an automatic range
	 */
	public static Axis linear(String label, String unit) {
		return new Axis(label, unit, Scale.LINEAR, null);
	}

	/**
	 * @param label what the axis shows
	 * @param unit its unit, empty when dimensionless
	 * @return a logarithmic (base 10) axis with an automatic range
	 */
	public static Axis log(String label, String unit) {
		return new Axis(label, unit, Scale.LOG, null);
	}

	/**
	 * @param min lower bound (positive on a log axis)
	 * @param max upper bound, greater than min
	 * @return this axis with a fixed range; data outside it are clipped
	 * @throws IllegalArgumentException for an invalid range
	 */
	public Axis withRange(double min, double max) {
		return new Axis(label, unit, scale, new Range(min, max));
	}

	/**
	 * @return this axis with a range that follows the data
	 */
	public Axis withAutoRange() {
		return new Axis(label, unit, scale, null);
	}

	/**
	 * @return the label without unit
	 */
	public String label() {
		return label;
	}

	/**
	 * @return the unit, empty when dimensionless
	 */
	public String unit() {
		return unit;
	}

	/**
	 * @return the scale
	 */
	public Scale scale() {
		return scale;
	}

	/**
	 * @return the fixed range, empty when the range follows the data
	 */
	public Optional<Range> range() {
		return Optional.ofNullable(range);
	}

	/**
	 * @return the text shown beside the axis: "label (unit)", or the label alone without unit
	 */
	public String title() {
		return unit.isEmpty() ? label : label + " (" + unit + ")";
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Axis a && label.equals(a.label) && unit.equals(a.unit) && scale == a.scale
				&& Objects.equals(range, a.range);
	}

	@Override
	public int hashCode() {
		return Objects.hash(label, unit, scale, range);
	}

	@Override
	public String toString() {
		return "Axis[" + title() + ", " + scale + (range == null ? "" : ", " + range) + "]";
	}
}
