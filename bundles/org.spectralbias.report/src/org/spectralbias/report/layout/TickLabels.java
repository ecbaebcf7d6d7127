package org.spectralbias.report.layout;

import java.math.BigDecimal;

/**
 * Formats tick labels: decimals for linear axes, powers of ten with Unicode superscripts (10⁻³, 2×10⁻³) for log axes
 * and for very large or small linear values. Negative numbers use the minus sign U+2212. Stateless.
 */
public final class TickLabels {

	private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
	private static final char MINUS = '\u2212';

	private TickLabels() {
	}

	/**
	 * @param exponent n
	 * @return "10ⁿ", e.g. "10⁻³"
	 */
	public static String powerOfTen(int exponent) {
		return "10" + superscript(exponent);
	}

	/**
	 * @param mantissa a digit 1–9
	 * @param exponent n
	 * @return "m×10ⁿ", or "10ⁿ" when the mantissa is 1
	 */
	public static String multipleOfPowerOfTen(int mantissa, int exponent) {
		return mantissa == 1 ? powerOfTen(exponent) : mantissa + "×" + powerOfTen(exponent);
	}

	/**
	 * @param value an integer
	 * @return its digits (and sign) as Unicode superscripts
	 */
	public static String superscript(int value) {
		String digits = Integer.toString(value);
		StringBuilder out = new StringBuilder(digits.length());
		for (int i = 0; i < digits.length(); i++) {
			char c = digits.charAt(i);
			out.append(c == '-' ? '⁻' : SUPERSCRIPT_DIGITS.charAt(c - '0'));
		}
		return out.toString();
	}

	/**
	 * @param value a tick value, an exact multiple of the step
	 * @param step the tick step, m·10^e with m ∈ {1, 2, 5}
	 * @return the value with as many decimals as the step needs, e.g. "0.25", "15000", "−2"
	 */
	public static String decimal(BigDecimal value, BigDecimal step) {
		if (value.signum() == 0) {
			return "0";
		}
		int decimals = Math.max(0, step.stripTrailingZeros().scale());
		return withMinus(value.setScale(decimals, java.math.RoundingMode.HALF_EVEN).toPlainString());
	}

	/**
	 * @param value a tick value
	 * @return "m×10ⁿ" with the shortest exact mantissa, e.g. "2.5×10⁶"; "0" for zero
	 */
	public static String scientific(BigDecimal value) {
		if (value.signum() == 0) {
			return "0";
		}
		BigDecimal v = value.stripTrailingZeros();
		int exponent = v.precision() - v.scale() - 1;
		String mantissa = v.movePointLeft(exponent).stripTrailingZeros().toPlainString();
		return withMinus(mantissa) + "×" + powerOfTen(exponent);
	}

	private static String withMinus(String text) {
		return text.replace('-', MINUS);
	}
}
