package org.spectralbias.math.network;

import java.util.Objects;

import org.spectralbias.math.activation.ActivationFunction;
import org.spectralbias.math.activation.AngularIntegrals;
import org.spectralbias.math.kernel.DotProductKernel;

/**
 * The infinite-width NTK of a two-layer network whose second layer is frozen: only ∂f/∂w_r = a_r σ'(h_r) x̃/√m
 * contributes, so κ(x, y) = ⟨x̃, ỹ⟩ E[σ'(u)σ'(v)] (E[a²] = 1), with (u, v) as in
 * {@link org.spectralbias.math.kernel.TwoLayerNtk} — that kernel without its E[σσ] term, computed directly rather
 * than as a difference. Valid off the sphere ({@link #value}); {@link #kappa} is for unit vectors.
 * <p>
 * Thread safety: immutable if the activation is.
 */
final class FirstLayerNtk implements DotProductKernel {

	private final ActivationFunction activation;
	private final double weightVariance;
	private final boolean bias;

	FirstLayerNtk(ActivationFunction activation, double weightVariance, boolean bias) {
		this.activation = Objects.requireNonNull(activation, "activation");
		if (!(weightVariance > 0.0) || !Double.isFinite(weightVariance)) {
			throw new IllegalArgumentException("weightVariance must be finite and > 0, got " + weightVariance);
		}
		this.weightVariance = weightVariance;
		this.bias = bias;
	}

	@Override
	public double kappa(double t) {
		double c = AngularIntegrals.clampCosine(t);
		double shift = bias ? 1.0 : 0.0;
		return kernel(c + shift, 1.0 + shift, 1.0 + shift);
	}

	@Override
	public double value(double[] x, double[] y) {
		double shift = bias ? 1.0 : 0.0;
		return kernel(DotProductKernel.dot(x, y) + shift, DotProductKernel.dot(x, x) + shift,
				DotProductKernel.dot(y, y) + shift);
	}

	private double kernel(double xy, double xx, double yy) {
		return xy * activation.derivativeDual(weightVariance * xx, weightVariance * yy, weightVariance * xy);
	}

	@Override
	public String toString() {
		return "FirstLayerNtk(" + activation + ", c_w=" + weightVariance + (bias ? ", bias" : "") + ")";
	}
}
