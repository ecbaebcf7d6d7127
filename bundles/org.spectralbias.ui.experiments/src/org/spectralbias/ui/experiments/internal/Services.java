package org.spectralbias.ui.experiments.internal;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.spectralbias.core.catalogue.Catalogues;
import org.spectralbias.core.experiment.ContributionSlot;
import org.spectralbias.core.experiment.Problem;
import org.spectralbias.experiments.model.CatalogueChoices;
import org.spectralbias.experiments.model.ContributionCheck;
import org.spectralbias.experiments.model.ContributionChoice;
import org.spectralbias.experiments.model.ContributionChoices;
import org.spectralbias.experiments.model.ExperimentValidator;
import org.spectralbias.experiments.model.ResolverCheck;

/**
 * The platform services the experiment UI uses: the contribution catalogues (a Declarative Services component of the
 * core, tracked here) and what is built on them, the pickers' choices and the editor's validator. Both look the
 * catalogues up on every call, so an editor opened before the catalogues started works once they have.
 */
public final class Services {

	private static ServiceTracker<Catalogues, Catalogues> tracker;

	private Services() {
	}

	/** @return the catalogues, or {@code null} while they are not available */
	public static synchronized Catalogues catalogues() {
		if (tracker == null) {
			BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
			tracker = new ServiceTracker<>(context, Catalogues.class, null);
			tracker.open();
		}
		return tracker.getService();
	}

	/** @return the pickers' contributions, read from the catalogues at each call */
	public static ContributionChoices choices() {
		return new ContributionChoices() {
			@Override
			public List<ContributionChoice> choices(ContributionSlot slot) {
				Catalogues c = catalogues();
				return c == null ? List.of() : new CatalogueChoices(c).choices(slot);
			}

			@Override
			public List<String> failures(ContributionSlot slot) {
				Catalogues c = catalogues();
				return c == null ? List.of() : new CatalogueChoices(c).failures(slot);
			}
		};
	}

	/** @return a validator that checks the file and, through the engine's resolver, its contributions */
	public static ExperimentValidator validator() {
		ContributionCheck check = spec -> {
			Catalogues c = catalogues();
			return c == null ? List.of(new Problem("$", "the contribution catalogues are not available "
					+ "(is the Declarative Services runtime org.apache.felix.scr started?)"))
					: new ResolverCheck(c).check(spec);
		};
		return new ExperimentValidator(check);
	}
}
