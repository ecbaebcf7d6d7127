package org.spectralbias.core.catalogue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.spectralbias.core.contrib.Activation;
import org.spectralbias.core.contrib.Analysis;
import org.spectralbias.core.contrib.Architecture;
import org.spectralbias.core.contrib.Contribution;
import org.spectralbias.core.contrib.InputDistribution;
import org.spectralbias.core.contrib.Kernel;
import org.spectralbias.core.contrib.TargetFunction;

/**
 * The catalogues of all contribution points, as one service. The command line and the workbench look
 * contributions up here; nothing else reads the service registry for contributions.
 */
@Component(service = Catalogues.class)
public final class Catalogues {

	private final BundleContext context;
	private final ScrDiagnostics diagnostics;
	private final Map<ContributionKind, Catalogue<?>> catalogues = new EnumMap<>(ContributionKind.class);

	/**
	 * Opens one catalogue per point.
	 *
	 * @param context the core bundle's context
	 */
	@Activate
	public Catalogues(BundleContext context) {
		this.context = context;
		this.diagnostics = new ScrDiagnostics(context);
		diagnostics.open();
		catalogues.put(ContributionKind.ACTIVATION,
				new Catalogue<>(context, ContributionKind.ACTIVATION, Activation.class, diagnostics));
		catalogues.put(ContributionKind.KERNEL, new Catalogue<>(context, ContributionKind.KERNEL, Kernel.class, diagnostics));
		catalogues.put(ContributionKind.DISTRIBUTION,
				new Catalogue<>(context, ContributionKind.DISTRIBUTION, InputDistribution.class, diagnostics));
		catalogues.put(ContributionKind.TARGET,
				new Catalogue<>(context, ContributionKind.TARGET, TargetFunction.class, diagnostics));
		catalogues.put(ContributionKind.ARCHITECTURE,
				new Catalogue<>(context, ContributionKind.ARCHITECTURE, Architecture.class, diagnostics));
		catalogues.put(ContributionKind.ANALYSIS,
				new Catalogue<>(context, ContributionKind.ANALYSIS, Analysis.class, diagnostics));
		catalogues.values().forEach(Catalogue::open);
	}

	/** Closes the trackers. */
	@Deactivate
	public void close() {
		catalogues.values().forEach(Catalogue::close);
		diagnostics.close();
	}

	/** @return the activation catalogue */
	@SuppressWarnings("unchecked")
	public Catalogue<Activation> activations() {
		return (Catalogue<Activation>) catalogues.get(ContributionKind.ACTIVATION);
	}

	/** @return the kernel catalogue */
	@SuppressWarnings("unchecked")
	public Catalogue<Kernel> kernels() {
		return (Catalogue<Kernel>) catalogues.get(ContributionKind.KERNEL);
	}

	/** @return the input-distribution catalogue */
	@SuppressWarnings("unchecked")
	public Catalogue<InputDistribution> distributions() {
		return (Catalogue<InputDistribution>) catalogues.get(ContributionKind.DISTRIBUTION);
	}

	/** @return the target-function catalogue */
	@SuppressWarnings("unchecked")
	public Catalogue<TargetFunction> targets() {
		return (Catalogue<TargetFunction>) catalogues.get(ContributionKind.TARGET);
	}

	/** @return the architecture catalogue */
	@SuppressWarnings("unchecked")
	public Catalogue<Architecture> architectures() {
		return (Catalogue<Architecture>) catalogues.get(ContributionKind.ARCHITECTURE);
	}

	/** @return the analysis catalogue */
	@SuppressWarnings("unchecked")
	public Catalogue<Analysis> analyses() {
		return (Catalogue<Analysis>) catalogues.get(ContributionKind.ANALYSIS);
	}

	/** @return every entry of every point, in point order */
	public List<ContributionEntry<? extends Contribution>> allEntries() {
		List<ContributionEntry<? extends Contribution>> all = new ArrayList<>();
		catalogues.values().forEach(c -> all.addAll(c.entries()));
		return all;
	}

	/**
	 * @return bundles that declare components ({@code Service-Component} header) but are not resolved, with the
	 *         framework's reason; their contributions are missing from the catalogues
	 */
	public List<BundleProblem> bundleProblems() {
		List<BundleProblem> problems = new ArrayList<>();
		for (Bundle b : context.getBundles()) {
			if (b.getHeaders("").get("Service-Component") == null || b.getState() != Bundle.INSTALLED) {
				continue;
			}
			String reason = "the bundle is not resolved";
			try {
				b.start(Bundle.START_TRANSIENT);
				continue; // resolved after all
			} catch (BundleException | IllegalStateException e) {
				reason = e.getMessage();
			}
			problems.add(new BundleProblem(b.getSymbolicName(), b.getVersion().toString(), reason));
		}
		return problems;
	}
}
