package org.spectralbias.core.engine;

import org.spectralbias.math.Progress;
import org.spectralbias.math.activation.ActivationFunction;
import org.spectralbias.math.kernel.ChebyshevDotProductKernel;
import org.spectralbias.math.kernel.DotProductKernel;
import org.spectralbias.math.kernel.Nngp;
import org.spectralbias.math.kernel.PairKernel;
import org.spectralbias.math.kernel.TwoLayerNtk;

/** Prepares kernels for the many evaluations of a Gram matrix. */
public final class GramKernels {

	/** Chebyshev degree for network kernels whose duals are computed by quadrature (error ≤ 1e−14 for tanh). */
	private static final int CHEBYSHEV_DEGREE = 128;

	private GramKernels() {
	}

	/**
	 * @param kernel any kernel
	 * @return the kernel itself when κ is a closed form, otherwise (network kernels of activations without
	 *         closed-form duals) a Chebyshev interpolant of κ, about a thousand times faster than the quadrature
	 */
	public static PairKernel forGram(PairKernel kernel) {
		ActivationFunction activation = kernel instanceof TwoLayerNtk ntk ? ntk.activation()
				: kernel instanceof Nngp nngp ? nngp.activation() : null;
		if (activation == null || activation.hasClosedFormDuals()) {
			return kernel;
		}
		return ChebyshevDotProductKernel.of((DotProductKernel) kernel, CHEBYSHEV_DEGREE, Progress.NONE);
	}
}
