package org.spectralbias.report.svg;

/**
 * XML text helpers: escaping and compact, locale-independent number formatting.
 */
final class Xml {

	private static final int MAX_DECIMALS = 3;
	private static final int SIGNIFICANT = 6;

	private Xml() {
	}

	/**
	 * Escapes the five XML special characters and replaces characters XML 1.0 does not allow (control characters
	 * other than tab, LF and CR; unpaired surrogates; U+FFFE, U+FFFF) by U+FFFD. Tabs and line breaks become spaces.
	 *
	 * @param text any text
	 * @return text safe in element content and in quoted attribute values
	 */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> out.append("&amp;");
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&apos;");
			case '\t', '\n', '\r' -> out.append(' ');
			default -> {
				if (Character.isHighSurrogate(c) && i + 1 < text.length()
						&& Character.isLowSurrogate(text.charAt(i + 1))) {
					out.append(c).append(text.charAt(++i));
				} else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
					out.append('\uFFFD');
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.toString();
	}

	/**
	 * @param value a finite number
	 * @return the value rounded to 6 significant digits but at most 3 decimals, without trailing zeros or
	 *         exponent, e.g. "12.5", "-0.125", "1024"
	 */
	static String number(double value) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("not a finite coordinate: " + value);
		}
		double magnitude = Math.abs(value);
		int digitsBeforePoint = magnitude < 1 ? 1 : (int) Math.floor(Math.log10(magnitude)) + 1;
		int decimals = Math.max(0, Math.min(MAX_DECIMALS, SIGNIFICANT - digitsBeforePoint));
		long scale = 1;
		for (int i = 0; i < decimals; i++) {
			scale *= 10;
		}
		long scaled = Math.round(magnitude * scale);
		if (scaled == 0) {
			return "0";
		}
		StringBuilder out = new StringBuilder(16);
		if (value < 0) {
			out.append('-');
		}
		out.append(scaled / scale);
		long fraction = scaled % scale;
		if (fraction != 0) {
			String digits = Long.toString(fraction + scale).substring(1);
			int end = digits.length();
			while (digits.charAt(end - 1) == '0') {
				end--;
			}
			out.append('.').append(digits, 0, end);
		}
		return out.toString();
	}
}
