package org.spectralbias.ui.charts;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;

import org.spectralbias.report.layout.TickLabels;

/**
 * Tick labels of a log axis drawn as a linear axis over log₁₀ of the values: integer exponents are labelled as
 * the report's figures label them (10⁻³), the ticks between decades get no label.
 */
final class DecadeFormat extends Format {

	private static final long serialVersionUID = 1L;

	@Override
	public StringBuffer format(Object value, StringBuffer out, FieldPosition position) {
		double e = ((Number) value).doubleValue();
		long exponent = Math.round(e);
		if (Math.abs(e - exponent) < 1e-9) {
			out.append(TickLabels.powerOfTen((int) exponent));
		}
		return out;
	}

	@Override
	public Object parseObject(String source, ParsePosition position) {
		return null;
	}
}
