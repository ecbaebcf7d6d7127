package org.spectralbias.report.layout;

/**
 * Estimates how wide a text is drawn, so a layout can make room for labels without a graphics context. Ascent and
 * descent are taken as fixed fractions of the font size.
 */
@FunctionalInterface
public interface TextMetrics {

	/** Height above the baseline of capitals and digits, as a fraction of the font size. */
	double ASCENT = 0.76;
	/** Depth below the baseline of descenders, as a fraction of the font size. */
	double DESCENT = 0.24;

	/**
	 * @param text one line of text
	 * @param fontSize font size in pixels
	 * @param bold whether the text is bold
	 * @return the advance width in pixels
	 */
	double width(String text, double fontSize, boolean bold);

	/**
	 * Deterministic widths of DejaVu Sans (the widest common sans-serif; Helvetica and Arial come out narrower), so a
	 * layout that fits with these also fits in the fonts an SVG viewer substitutes.
	 *
	 * @return the default metrics
	 */
	static TextMetrics sansSerif() {
		return SansSerifMetrics.INSTANCE;
	}
}
