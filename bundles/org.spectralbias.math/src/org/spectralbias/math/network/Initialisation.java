package org.spectralbias.math.network;

/** How the weights of a {@link TwoLayerNetwork} are drawn. */
public enum Initialisation {

	/** Every neuron independent: w_r ~ N(0, c_w I), a_r ~ N(0, 1). The initial output f_0 is a random function. */
	STANDARD,

	/**
	 * m/2 neurons drawn as in {@link #STANDARD}, each followed by a copy with the same w and the negated a (neurons
	 * 2j and 2j + 1), so f_0 ≡ 0 exactly on every input while the NTK keeps its infinite-width limit (science.md,
	 * "symmetric initialisation"). Requires an even width.
	 */
	SYMMETRIC
}
