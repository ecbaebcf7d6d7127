package org.spectralbias.experiments.model;

import java.util.ArrayList;
import java.util.List;

import org.spectralbias.core.catalogue.Catalogue;
import org.spectralbias.core.catalogue.Catalogues;
import org.spectralbias.core.catalogue.ContributionEntry;
import org.spectralbias.core.contrib.Contribution;
import org.spectralbias.core.contrib.ParameterDescriptor;
import org.spectralbias.core.experiment.ContributionSlot;

/**
 * The pickers' contributions, read from the catalogues each time they are asked (contributions come and go with
 * their bundles). Failed contributions are not offered; a contribution whose {@code parameters()} throws is treated
 * as failed, so one broken plug-in costs its own entry only. Thread-safe.
 */
public final class CatalogueChoices implements ContributionChoices {

	private final Catalogues catalogues;

	/** @param catalogues the platform's catalogues */
	public CatalogueChoices(Catalogues catalogues) {
		this.catalogues = catalogues;
	}

	@Override
	public List<ContributionChoice> choices(ContributionSlot slot) {
		List<ContributionChoice> choices = new ArrayList<>();
		for (ContributionEntry<? extends Contribution> e : entries(slot)) {
			if (!e.isActive() || e.service().isEmpty()) {
				continue;
			}
			List<ParameterDescriptor> parameters = parameters(e);
			if (parameters != null) {
				choices.add(new ContributionChoice(e.id(), e.name(), e.description(), e.bundle(), parameters));
			}
		}
		return choices;
	}

	@Override
	public List<String> failures(ContributionSlot slot) {
		List<String> failures = new ArrayList<>();
		for (ContributionEntry<? extends Contribution> e : entries(slot)) {
			if (!e.isActive()) {
				failures.add(e.id() + " (" + e.bundle() + "): " + e.reason());
			} else if (e.service().isPresent() && parameters(e) == null) {
				failures.add(e.id() + " (" + e.bundle() + "): its parameters() failed");
			}
		}
		return failures;
	}

	private static List<ParameterDescriptor> parameters(ContributionEntry<? extends Contribution> e) {
		try {
			return List.copyOf(e.service().orElseThrow().parameters());
		} catch (RuntimeException | LinkageError broken) {
			return null;
		}
	}

	private List<? extends ContributionEntry<? extends Contribution>> entries(ContributionSlot slot) {
		Catalogue<? extends Contribution> catalogue = switch (slot) {
		case DISTRIBUTION -> catalogues.distributions();
		case TARGET -> catalogues.targets();
		case ARCHITECTURE -> catalogues.architectures();
		case ACTIVATION -> catalogues.activations();
		case ANALYSIS -> catalogues.analyses();
		};
		try {
			return catalogue.entries();
		} catch (RuntimeException broken) {
			return List.of();
		}
	}
}
