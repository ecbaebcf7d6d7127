package org.spectralbias.core.contrib;

/** The value types a contribution parameter can have. */
public enum ParameterType {
	/** A finite double, optionally bounded. */
	DOUBLE,
	/** A 32-bit integer, optionally bounded. */
	INTEGER,
	/** {@code true} or {@code false}. */
	BOOLEAN,
	/** A comma-separated list of finite doubles, each within the bounds. */
	DOUBLE_LIST,
	/** Free text. */
	STRING
}
