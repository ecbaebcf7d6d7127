package org.spectralbias.report.layout;

/**
 * Advance widths of DejaVu Sans per 1000 units of font size (measured from the font), with class averages for
 * characters outside printable ASCII.
 */
final class SansSerifMetrics implements TextMetrics {

	static final SansSerifMetrics INSTANCE = new SansSerifMetrics();

	private static final double BOLD_FACTOR = 1.13;
	private static final short[] ASCII = { //
			318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, //
			636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, //
			1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, //
			603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, //
			500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, //
			635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838 };

	private SansSerifMetrics() {
	}

	@Override
	public double width(String text, double fontSize, boolean bold) {
		double units = 0;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			units += advance(c);
			i += Character.charCount(c);
		}
		return units / 1000 * fontSize * (bold ? BOLD_FACTOR : 1);
	}

	private static int advance(int c) {
		if (c >= 32 && c < 127) {
			return ASCII[c - 32];
		}
		if (c >= 0x2070 && c <= 0x209F || c >= 0x1D2C && c <= 0x1D6A || c == 0xB2 || c == 0xB3 || c == 0xB9) {
			return 410;
		}
		if (c == 0xD7 || c >= 0x2190 && c <= 0x22FF) {
			return 838;
		}
		if (c == 0xB7 || c == 0x2009 || c == 0x202F) {
			return 318;
		}
		if (c == 0x2014 || c == 0x2026) {
			return 1000;
		}
		if (Character.getType(c) == Character.NON_SPACING_MARK) {
			return 0;
		}
		return 640;
	}
}
