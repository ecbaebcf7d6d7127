package org.spectralbias.core.run;

import java.util.Locale;

/** Where a run stands; stored in {@code run.json}. */
public enum RunStatus {
	/** Started and not finished (a run left in this state was interrupted by a crash or a kill). */
	RUNNING,
	/** Finished all steps and analyses. */
	COMPLETED,
	/** Stopped by the user; what was recorded until then is kept. */
	CANCELLED,
	/** Training diverged (NaN, Inf or a growing loss); what was recorded until then is kept. */
	DIVERGED,
	/** Stopped by an error; the message says which. */
	FAILED;

	/** @return the lower-case word stored in files */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @return the status for a stored word */
	public static RunStatus of(String label) {
		return valueOf(label.toUpperCase(Locale.ROOT));
	}
}
