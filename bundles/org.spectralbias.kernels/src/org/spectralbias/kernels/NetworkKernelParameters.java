package org.spectralbias.kernels;

import java.util.List;

import org.spectralbias.core.contrib.KernelRequest;
import org.spectralbias.core.contrib.ParameterDescriptor;
import org.spectralbias.core.contrib.ParameterException;
import org.spectralbias.math.activation.ActivationFunction;

/** The parameters shared by the network kernels (NTK, NNGP): bias and first-layer weight variance. */
final class NetworkKernelParameters {

	static final List<ParameterDescriptor> DESCRIPTORS = List.of(
			ParameterDescriptor.ofBoolean("bias", false, "first layer acts on x̃ = (x, 1)"),
			ParameterDescriptor.ofDouble("weightVariance", 2.0, 1e-6, 1e3, "",
					"c_w: first-layer weights ~ N(0, c_w); 2 = He, the paper's ReLU initialisation"));

	private NetworkKernelParameters() {
	}

	static ActivationFunction activation(KernelRequest request, String kernelId) {
		return request.activation().orElseThrow(() -> new ParameterException(
				"kernel '" + kernelId + "' needs an activation (e.g. --activation relu)"));
	}

	static boolean bias(KernelRequest request) {
		return request.parameters().getBoolean("bias");
	}

	static double weightVariance(KernelRequest request) {
		return request.parameters().getDouble("weightVariance");
	}
}
