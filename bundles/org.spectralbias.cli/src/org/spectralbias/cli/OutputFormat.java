package org.spectralbias.cli;

/** How a command prints its table. */
enum OutputFormat {
	/** Aligned columns for a person. */
	table,
	/** Comma-separated values with a header line (RFC 4180 quoting). */
	csv,
	/** A JSON array of objects. */
	json
}
