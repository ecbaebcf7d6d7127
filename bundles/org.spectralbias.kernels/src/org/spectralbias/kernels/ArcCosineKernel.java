package org.spectralbias.kernels;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.spectralbias.core.contrib.ContributionInfo;
import org.spectralbias.core.contrib.Kernel;
import org.spectralbias.core.contrib.KernelRequest;
import org.spectralbias.core.contrib.ParameterDescriptor;
import org.spectralbias.math.kernel.ArcCosine;
import org.spectralbias.math.kernel.PairKernel;

/** Built-in kernel {@code arccos}: the arc-cosine kernels of Cho and Saul (2009), order 0, 1 or 2. */
@Component(service = Kernel.class)
@ContributionInfo(id = "arccos", name = "Arc-cosine kernel",
		description = "k_n(t) = J_n(θ)/π, θ = arccos t (Cho & Saul 2009)")
public final class ArcCosineKernel implements Kernel {

	private static final List<ParameterDescriptor> PARAMETERS = List
			.of(ParameterDescriptor.ofInt("order", 1, 0, 2, "the order n (0: step, 1: ReLU, 2: squared ReLU)"));

	@Override
	public List<ParameterDescriptor> parameters() {
		return PARAMETERS;
	}

	@Override
	public PairKernel create(KernelRequest request) {
		return new ArcCosine(request.parameters().getInt("order"));
	}
}
