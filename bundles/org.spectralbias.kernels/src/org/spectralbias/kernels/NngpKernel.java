package org.spectralbias.kernels;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.spectralbias.core.contrib.ContributionInfo;
import org.spectralbias.core.contrib.Kernel;
import org.spectralbias.core.contrib.KernelRequest;
import org.spectralbias.core.contrib.ParameterDescriptor;
import org.spectralbias.math.kernel.Nngp;
import org.spectralbias.math.kernel.PairKernel;

/** Built-in kernel {@code nngp}: the conjugate kernel E[σ(u)σ(v)] (only the output layer trained). */
@Component(service = Kernel.class)
@ContributionInfo(id = "nngp", name = "NNGP / conjugate kernel",
		description = "E[σ(w·x̃)σ(w·x̃′)], the kernel of training only the output layer")
public final class NngpKernel implements Kernel {

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
		return new Nngp(NetworkKernelParameters.activation(request, "nngp"),
				NetworkKernelParameters.weightVariance(request), NetworkKernelParameters.bias(request));
	}
}
