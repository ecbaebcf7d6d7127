package org.spectralbias.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.spectralbias.math.kernel.PairKernel;

import picocli.CommandLine.Option;

/** The options that choose a kernel: {@code --kernel}, {@code --activation}, {@code --bias} and {@code -P}. */
final class KernelOptions {

	@Option(names = "--kernel", defaultValue = "ntk", description = "kernel id (default: ${DEFAULT-VALUE}); see 'list'")
	String kernel;

	@Option(names = "--activation", description = "activation id for network kernels (ntk, nngp), e.g. relu")
	String activation;

	@Option(names = "--bias", description = "first layer with bias: the kernel of x̃ = (x, 1)")
	boolean bias;

	@Option(names = { "-P", "--parameter" }, paramLabel = "NAME=VALUE",
			description = "a parameter of a contribution: name=value, or kind.name=value (e.g. activation.slope=0.1)")
	Map<String, String> parameters = new LinkedHashMap<>();

	/** @return the -P values with --bias folded in */
	Map<String, String> values() {
		Map<String, String> all = new LinkedHashMap<>(parameters);
		if (bias) {
			all.putIfAbsent("kernel.bias", "true");
		}
		return all;
	}

	/** Builds the chosen kernel; {@link ContributionResolver#requireAllUsed()} is the caller's. */
	PairKernel create(ContributionResolver resolver, int ambientDim) {
		return resolver.kernel(kernel, ambientDim, activation);
	}

	/** @return a short description for output headers, e.g. {@code ntk/relu+bias} */
	String label() {
		return kernel + (activation == null ? "" : "/" + activation) + (bias ? "+bias" : "");
	}
}
