package org.spectralbias.math.network;

import java.util.Objects;

/**
 * How a {@link GradientDescent} run ended. A user-level failure (divergence) is a result, not an exception;
 * everything recorded before it has been delivered to the recorder.
 *
 * @param status         COMPLETED or DIVERGED
 * @param stepsTaken     updates applied to the network, 0 … T (for DIVERGED, including the step whose loss was
 *                       detected)
 * @param divergedAtStep the step whose training loss was not finite or too large, or −1
 * @param finalLoss      the last training loss computed (at T when completed; the offending loss when diverged)
 * @param message        a sentence for a person
 */
public record TrainingResult(Status status, int stepsTaken, int divergedAtStep, double finalLoss, String message) {

	/** The outcome. */
	public enum Status {
		/** All T steps were taken and step T was evaluated. */
		COMPLETED,
		/** The training loss became NaN/infinite or exceeded the divergence threshold. */
		DIVERGED
	}

	/** @throws NullPointerException when status or message is null */
	public TrainingResult {
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(message, "message");
	}

	/** @return whether the run completed */
	public boolean completed() {
		return status == Status.COMPLETED;
	}
}
