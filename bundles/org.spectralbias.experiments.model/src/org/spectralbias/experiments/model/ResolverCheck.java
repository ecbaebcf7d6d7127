package org.spectralbias.experiments.model;

import java.util.List;

import org.spectralbias.core.catalogue.Catalogues;
import org.spectralbias.core.engine.ExperimentResolver;
import org.spectralbias.core.experiment.ExperimentFileException;
import org.spectralbias.core.experiment.ExperimentSpec;
import org.spectralbias.core.experiment.Problem;

/**
 * The engine's own check of contributions ({@link ExperimentResolver}), so the form says exactly what a run would:
 * {@code unknown target 'x'; available: …}, a failed plug-in with its bundle and reason, a parameter out of range.
 * A contribution that throws while being checked is reported as a problem, never thrown.
 */
public final class ResolverCheck implements ContributionCheck {

	private final Catalogues catalogues;

	/** @param catalogues where the contributions are looked up */
	public ResolverCheck(Catalogues catalogues) {
		this.catalogues = catalogues;
	}

	@Override
	public List<Problem> check(ExperimentSpec spec) {
		try {
			new ExperimentResolver(catalogues).resolve(spec, null);
			return List.of();
		} catch (ExperimentFileException e) {
			return e.problems();
		} catch (RuntimeException | LinkageError e) {
			return List.of(new Problem("$", "checking the contributions failed: " + e));
		}
	}
}
