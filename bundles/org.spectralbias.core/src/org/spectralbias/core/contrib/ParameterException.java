package org.spectralbias.core.contrib;

/**
 * A user-level problem with a parameter value: the message names the parameter, the offending value and the
 * allowed range, and is meant to be shown as it is.
 */
public final class ParameterException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	/** @param message the complete message for a person */
	public ParameterException(String message) {
		super(message);
	}
}
