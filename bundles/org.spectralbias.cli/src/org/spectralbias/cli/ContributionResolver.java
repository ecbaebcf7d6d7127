package org.spectralbias.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.spectralbias.core.catalogue.Catalogue;
import org.spectralbias.core.catalogue.ContributionEntry;
import org.spectralbias.core.contrib.Activation;
import org.spectralbias.core.contrib.Contribution;
import org.spectralbias.core.contrib.InputDistribution;
import org.spectralbias.core.contrib.Kernel;
import org.spectralbias.core.contrib.KernelRequest;
import org.spectralbias.core.contrib.ParameterDescriptor;
import org.spectralbias.core.contrib.ParameterException;
import org.spectralbias.core.contrib.Parameters;
import org.spectralbias.math.activation.ActivationFunction;
import org.spectralbias.math.kernel.PairKernel;

/**
 * Turns the ids and {@code -P} values of one command into contributions, with messages that name what is wrong.
 * <p>
 * {@code -P name=value} goes to the one contribution of the command that declares {@code name};
 * {@code -P kind.name=value} (e.g. {@code activation.slope=0.1}) names it explicitly. After resolving, call
 * {@link #requireAllUsed()} so that a misspelt parameter is an error rather than silently ignored.
 */
final class ContributionResolver {

	private final CliContext context;
	private final Map<String, String> values;
	private final Map<String, Integer> uses = new HashMap<>();
	private final List<String> declared = new ArrayList<>();

	ContributionResolver(CliContext context, Map<String, String> values) {
		this.context = context;
		this.values = values == null ? Map.of() : values;
	}

	/** A resolved contribution with its parameters. */
	record Resolved<T>(String id, T contribution, Parameters parameters) {
	}

	ActivationFunction activation(String id) {
		Resolved<Activation> a = resolve("activation", id, context.catalogues().activations());
		try {
			return a.contribution().create(a.parameters());
		} catch (ParameterException e) {
			throw new UsageError(e.getMessage());
		} catch (RuntimeException | LinkageError e) {
			throw broken("activation", id, context.catalogues().activations(), e);
		}
	}

	InputDistribution distribution(String id) {
		return resolve("distribution", id, context.catalogues().distributions()).contribution();
	}

	Resolved<InputDistribution> distributionWithParameters(String id) {
		return resolve("distribution", id, context.catalogues().distributions());
	}

	/** Builds a kernel; the activation is created only when the kernel needs one. */
	PairKernel kernel(String id, int ambientDim, String activationId) {
		Resolved<Kernel> k = resolve("kernel", id, context.catalogues().kernels());
		Optional<ActivationFunction> activation = Optional.empty();
		if (k.contribution().needsActivation()) {
			if (activationId == null) {
				throw new UsageError("kernel '" + id + "' needs --activation (available: "
						+ String.join(", ", context.catalogues().activations().ids()) + ")");
			}
			activation = Optional.of(activation(activationId));
		} else if (activationId != null) {
			throw new UsageError("kernel '" + id + "' takes no activation; drop --activation " + activationId);
		}
		try {
			return k.contribution().create(new KernelRequest(ambientDim, activation, k.parameters()));
		} catch (ParameterException e) {
			throw new UsageError(e.getMessage());
		} catch (RuntimeException | LinkageError e) {
			throw broken("kernel", id, context.catalogues().kernels(), e);
		}
	}

	<T extends Contribution> Resolved<T> resolve(String kind, String id, Catalogue<T> catalogue) {
		Optional<T> found = catalogue.find(id);
		if (found.isEmpty()) {
			Optional<ContributionEntry<T>> failed = catalogue.entry(id);
			if (failed.isPresent()) {
				throw new UsageError(kind + " '" + id + "' from " + failed.get().bundle() + " failed: "
						+ failed.get().reason());
			}
			throw new UsageError("unknown " + kind + " '" + id + "'; available: " + String.join(", ", catalogue.ids()));
		}
		T contribution = found.get();
		List<ParameterDescriptor> descriptors = contribution.parameters();
		declared.add(kind + " '" + id + "' takes "
				+ (descriptors.isEmpty() ? "no parameters"
						: descriptors.stream().map(ParameterDescriptor::name).collect(Collectors.joining(", "))));
		Map<String, String> raw = new LinkedHashMap<>();
		for (ParameterDescriptor d : descriptors) {
			for (String key : List.of(kind + "." + d.name(), d.name())) {
				if (values.containsKey(key)) {
					raw.put(d.name(), values.get(key));
					uses.merge(key, 1, Integer::sum);
				}
			}
		}
		try {
			return new Resolved<>(id, contribution, Parameters.resolve(kind + " '" + id + "'", descriptors, raw));
		} catch (ParameterException e) {
			throw new UsageError(e.getMessage());
		}
	}

	/** @return an error naming the contribution, its bundle and what it threw */
	private static IllegalStateException broken(String kind, String id, Catalogue<?> catalogue, Throwable e) {
		String bundle = catalogue.entry(id).map(x -> x.bundle() + " " + x.version()).orElse("?");
		return new IllegalStateException(kind + " '" + id + "' from " + bundle + " is broken: " + e, e);
	}

	/** @throws UsageError when a {@code -P} value went to no contribution, or to several */
	void requireAllUsed() {
		for (String key : values.keySet()) {
			int n = uses.getOrDefault(key, 0);
			if (n == 0) {
				throw new UsageError("-P " + key + ": no contribution of this command takes it ("
						+ String.join("; ", declared) + ")");
			}
			if (n > 1) {
				throw new UsageError("-P " + key + " is ambiguous: several contributions take it; write it as "
						+ "kind.name, e.g. -P kernel." + key + "=…");
			}
		}
	}
}
