package org.spectralbias.report.layout;

/**
 * Which point of a text sits at its position, along the writing direction.
 */
public enum Anchor {
	/** The text starts at the position. */
	START,
	/** The text is centred on the position. */
	MIDDLE,
	/** The text ends at the position. */
	END
}
