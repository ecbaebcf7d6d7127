package org.spectralbias.ui.charts;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;

/** Tick labels of an axis of integers (degrees, steps): integral ticks are labelled, fractional ones are not. */
final class IntegerFormat extends Format {

	private static final long serialVersionUID = 1L;

	@Override
	public StringBuffer format(Object value, StringBuffer out, FieldPosition position) {
		double v = ((Number) value).doubleValue();
		if (Math.abs(v - Math.rint(v)) < 1e-9) {
			out.append(Long.toString(Math.round(v)));
		}
		return out;
	}

	@Override
	public Object parseObject(String source, ParsePosition position) {
		return null;
	}
}
