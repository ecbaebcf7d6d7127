package org.spectralbias.kernels;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.spectralbias.core.contrib.ContributionInfo;
import org.spectralbias.core.contrib.Kernel;
import org.spectralbias.core.contrib.KernelRequest;
import org.spectralbias.core.contrib.ParameterDescriptor;
import org.spectralbias.math.kernel.GaussianKernel;
import org.spectralbias.math.kernel.PairKernel;

/** Built-in kernel {@code gaussian}: exp(−‖x − x′‖²/(2ℓ²)). */
@Component(service = Kernel.class)
@ContributionInfo(id = "gaussian", name = "Gaussian kernel",
		description = "exp(−‖x − x′‖²/(2ℓ²)) = exp(−(1 − t)/ℓ²) on the sphere")
public final class GaussianKernelContribution implements Kernel {

	@Override
	public List<ParameterDescriptor> parameters() {
		return LaplaceKernelContribution.PARAMETERS;
	}

	@Override
	public PairKernel create(KernelRequest request) {
		return new GaussianKernel(request.parameters().getDouble("lengthscale"));
	}
}
