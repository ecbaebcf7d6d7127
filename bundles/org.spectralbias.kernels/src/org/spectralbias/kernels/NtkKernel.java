package org.spectralbias.kernels;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.spectralbias.core.contrib.ContributionInfo;
import org.spectralbias.core.contrib.Kernel;
import org.spectralbias.core.contrib.KernelRequest;
import org.spectralbias.core.contrib.ParameterDescriptor;
import org.spectralbias.math.kernel.PairKernel;
import org.spectralbias.math.kernel.TwoLayerNtk;

/**
 * Built-in kernel {@code ntk}: the two-layer NTK in the paper's parameterisation for any activation,
 * κ = ⟨x̃,x̃′⟩·E[σ′(u)σ′(v)] + E[σ(u)σ(v)]; closed forms where the activation has them (ReLU: the arc-cosine kernels
 * of degree 0 and 1), Gaussian quadrature otherwise.
 */
@Component(service = Kernel.class)
@ContributionInfo(id = "ntk", name = "Two-layer NTK",
		description = "neural tangent kernel of f = √m·W2·σ(W1x), both layers trained, for any activation")
public final class NtkKernel implements Kernel {

	@Override
	public List<ParameterDescriptor> parameters() {
		return NetworkKernelParameters.DESCRIPTORS;
	}

	@Override
	public boolean needsActivation() {
		return true;
	}

	@Override
	public PairKernel create(KernelRequest request) {
		return new TwoLayerNtk(NetworkKernelParameters.activation(request, "ntk"),
				NetworkKernelParameters.weightVariance(request), NetworkKernelParameters.bias(request));
	}
}
