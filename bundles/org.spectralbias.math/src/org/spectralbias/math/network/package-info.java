/**
 * Finite two-layer networks and their training, in plain Java: {@link org.spectralbias.math.network.TwoLayerNetwork}
 * (NTK parameterisation, vectorised multi-threaded full-batch gradient descent, empirical NTK; a
 * {@link org.spectralbias.math.network.TrainableNetwork}) with its weights in
 * {@link org.spectralbias.math.network.NetworkParameters}, {@link org.spectralbias.math.network.GradientDescent}
 * (recording schedule, progress, cancellation, divergence detection),
 * {@link org.spectralbias.math.network.LinearisedModel} (the NTK linear model, discrete and continuous time) and
 * {@link org.spectralbias.math.network.ResidualProjections} (the paper's |v_kᵀ r| measurement).
 * <p>
 * Learning rates are η_eff = η·m, the paper's step in the NTK parameterisation (derivation in
 * {@link org.spectralbias.math.network.TwoLayerNetwork}). Results are bit-identical for a given seed whatever the
 * thread count.
 */
package org.spectralbias.math.network;
