package org.spectralbias.networks;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.spectralbias.core.contrib.Architecture;
import org.spectralbias.core.contrib.ContributionInfo;
import org.spectralbias.core.contrib.NetworkRequest;
import org.spectralbias.core.contrib.ParameterDescriptor;
import org.spectralbias.core.contrib.ParameterException;
import org.spectralbias.core.contrib.ParameterType;
import org.spectralbias.core.contrib.Parameters;
import org.spectralbias.math.network.DeepNetwork;
import org.spectralbias.math.network.Initialisation;
import org.spectralbias.math.network.TrainableNetwork;

/**
 * Built-in architecture {@code deep}: a fully connected network with L hidden layers of width m in the NTK
 * parameterisation, all layers trained; its infinite-width kernel is the NTK recursion ({@code DeepNtk}), which for
 * L = 1 is the paper's two-layer kernel.
 */
@Component(service = Architecture.class)
@ContributionInfo(id = "deep", name = "Deep fully connected network",
		description = "L hidden layers of width m, NTK parameterisation, all layers trained; L = 1 is the paper's net")
public final class DeepArchitecture implements Architecture {

	private static final List<ParameterDescriptor> PARAMETERS = List.of(
			ParameterDescriptor.ofInt("depth", 2, 1, 20, "L, the number of hidden layers"),
			new ParameterDescriptor("initialisation", ParameterType.STRING, "symmetric", Double.NEGATIVE_INFINITY,
					Double.POSITIVE_INFINITY, "",
					"symmetric (two copies subtracted: f_0 ≡ 0, same NTK) or standard (i.i.d.)"),
			ParameterDescriptor.ofBoolean("bias", false, "every layer sees its input with a 1 appended"),
			ParameterDescriptor.ofDouble("weightVariance", 2.0, 1e-6, 1e3, "",
					"c_w: hidden weights ~ N(0, c_w) in the NTK parameterisation; 2 = He"));

	@Override
	public List<ParameterDescriptor> parameters() {
		return PARAMETERS;
	}

	@Override
	public TrainableNetwork create(NetworkRequest request) {
		Parameters p = request.parameters();
		Initialisation initialisation = TwoLayerArchitecture.initialisation(p.getString("initialisation"));
		if (initialisation == Initialisation.SYMMETRIC && request.width() % 2 != 0) {
			throw new ParameterException("width m = " + request.width()
					+ " is odd; the symmetric initialisation splits the neurons into two equal copies, so m must be even");
		}
		return new DeepNetwork(request.ambientDim(), p.getInt("depth"), request.width(),
				request.activation().orElseThrow(() -> new ParameterException("architecture 'deep' needs an activation")),
				p.getDouble("weightVariance"), p.getBoolean("bias"), initialisation, request.random(),
				request.threads());
	}
}
