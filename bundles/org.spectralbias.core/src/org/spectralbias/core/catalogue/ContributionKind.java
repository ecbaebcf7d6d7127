package org.spectralbias.core.catalogue;

import org.spectralbias.core.contrib.Activation;
import org.spectralbias.core.contrib.Analysis;
import org.spectralbias.core.contrib.Architecture;
import org.spectralbias.core.contrib.Contribution;
import org.spectralbias.core.contrib.InputDistribution;
import org.spectralbias.core.contrib.Kernel;
import org.spectralbias.core.contrib.TargetFunction;

/** The contribution points, with the word a person sees and the service interface behind each. */
public enum ContributionKind {
	/** {@link Activation}. */
	ACTIVATION("activation", Activation.class),
	/** {@link Kernel}. */
	KERNEL("kernel", Kernel.class),
	/** {@link InputDistribution}. */
	DISTRIBUTION("distribution", InputDistribution.class),
	/** {@link TargetFunction}. */
	TARGET("target", TargetFunction.class),
	/** {@link Architecture}. */
	ARCHITECTURE("architecture", Architecture.class),
	/** {@link Analysis}. */
	ANALYSIS("analysis", Analysis.class);

	private final String label;
	private final Class<? extends Contribution> type;

	ContributionKind(String label, Class<? extends Contribution> type) {
		this.label = label;
		this.type = type;
	}

	/** @return the lower-case word used in listings and experiment files */
	public String label() {
		return label;
	}

	/** @return the service interface */
	public Class<? extends Contribution> type() {
		return type;
	}
}
