package org.spectralbias.kernels;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.spectralbias.core.contrib.ContributionInfo;
import org.spectralbias.core.contrib.Kernel;
import org.spectralbias.core.contrib.KernelRequest;
import org.spectralbias.core.contrib.ParameterDescriptor;
import org.spectralbias.math.kernel.LaplaceKernel;
import org.spectralbias.math.kernel.PairKernel;

/** Built-in kernel {@code laplace}: exp(−‖x − x′‖/ℓ). */
@Component(service = Kernel.class)
@ContributionInfo(id = "laplace", name = "Laplace kernel", description = "exp(−‖x − x′‖/ℓ) = exp(−√(2 − 2t)/ℓ) on the sphere")
public final class LaplaceKernelContribution implements Kernel {

	static final List<ParameterDescriptor> PARAMETERS = List
			.of(ParameterDescriptor.ofDouble("lengthscale", 1.0, 1e-3, 1e3, "", "ℓ"));

	@Override
	public List<ParameterDescriptor> parameters() {
		return PARAMETERS;
	}

	@Override
	public PairKernel create(KernelRequest request) {
		return new LaplaceKernel(request.parameters().getDouble("lengthscale"));
	}
}
