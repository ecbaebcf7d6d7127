package org.spectralbias.networks;

import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.spectralbias.core.contrib.Architecture;
import org.spectralbias.core.contrib.ContributionInfo;
import org.spectralbias.core.contrib.NetworkRequest;
import org.spectralbias.core.contrib.ParameterDescriptor;
import org.spectralbias.core.contrib.ParameterException;
import org.spectralbias.core.contrib.ParameterType;
import org.spectralbias.core.contrib.Parameters;
import org.spectralbias.math.network.Initialisation;
import org.spectralbias.math.network.TrainableNetwork;
import org.spectralbias.math.network.TwoLayerNetwork;

/**
 * Built-in architecture {@code two-layer}: the paper's network f(x) = √m·W2·σ(W1 x) (optionally with a first-layer
 * bias), trained by full-batch gradient descent on both layers or on the first only, with the standard or the
 * symmetric (f_0 ≡ 0) initialisation.
 */
@Component(service = Architecture.class)
@ContributionInfo(id = "two-layer", name = "Two-layer network (the paper's)",
		description = "f(x) = √m·W2·σ(W1x), W1 ~ N(0, c_w/m), W2 ~ N(0, 1/m); both layers or the first trained")
public final class TwoLayerArchitecture implements Architecture {

	private static final List<ParameterDescriptor> PARAMETERS = List.of(
			new ParameterDescriptor("initialisation", ParameterType.STRING, "symmetric", Double.NEGATIVE_INFINITY,
					Double.POSITIVE_INFINITY, "",
					"symmetric (m/2 neurons duplicated with W2 negated: f_0 ≡ 0) or standard (i.i.d.)"),
			new ParameterDescriptor("trainedLayers", ParameterType.STRING, "both", Double.NEGATIVE_INFINITY,
					Double.POSITIVE_INFINITY, "", "both, or first (W2 fixed)"),
			ParameterDescriptor.ofBoolean("bias", false, "first layer acts on x̃ = (x, 1)"),
			ParameterDescriptor.ofDouble("weightVariance", 2.0, 1e-6, 1e3, "",
					"c_w: W1 entries ~ N(0, c_w/m); 2 is the paper's (He) initialisation"));

	@Override
	public List<ParameterDescriptor> parameters() {
		return PARAMETERS;
	}

	/** @return the initialisation named by the parameter text */
	static Initialisation initialisation(String text) {
		return switch (text.toLowerCase(Locale.ROOT)) {
		case "symmetric" -> Initialisation.SYMMETRIC;
		case "standard" -> Initialisation.STANDARD;
		default -> throw new ParameterException(
				"parameter 'initialisation' = '" + text + "' is not one of: symmetric, standard");
		};
	}

	@Override
	public TrainableNetwork create(NetworkRequest request) {
		Parameters p = request.parameters();
		Initialisation initialisation = initialisation(p.getString("initialisation"));
		boolean firstOnly = switch (p.getString("trainedLayers").toLowerCase(Locale.ROOT)) {
		case "both" -> false;
		case "first" -> true;
		default -> throw new ParameterException(
				"parameter 'trainedLayers' = '" + p.getString("trainedLayers") + "' is not one of: both, first");
		};
		if (initialisation == Initialisation.SYMMETRIC && request.width() % 2 != 0) {
			throw new ParameterException("width m = " + request.width()
					+ " is odd; the symmetric initialisation pairs neurons, so m must be even");
		}
		return new TwoLayerNetwork(request.ambientDim(), request.width(),
				request.activation().orElseThrow(() -> new ParameterException("architecture 'two-layer' needs an activation")),
				p.getDouble("weightVariance"), p.getBoolean("bias"), firstOnly, initialisation, request.random(),
				request.threads());
	}
}
