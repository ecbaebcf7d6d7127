package org.spectralbias.experiments.model;

import java.util.List;
import java.util.Optional;

import org.spectralbias.core.experiment.ContributionSlot;

/**
 * What the experiment form's pickers offer: the usable contributions for each place of an experiment, and a word
 * about the ones that are installed but broken (which are not offered).
 */
public interface ContributionChoices {

	/** No contributions at all (the catalogues are not available). */
	ContributionChoices NONE = new ContributionChoices() {
		@Override
		public List<ContributionChoice> choices(ContributionSlot slot) {
			return List.of();
		}

		@Override
		public List<String> failures(ContributionSlot slot) {
			return List.of();
		}
	};

	/**
	 * @param slot a place of the experiment
	 * @return the active contributions for it, sorted by id
	 */
	List<ContributionChoice> choices(ContributionSlot slot);

	/**
	 * @param slot a place of the experiment
	 * @return one line per installed contribution for it that cannot be used, e.g.
	 *         {@code "swish (org.example.swish): activation failed: …"}
	 */
	List<String> failures(ContributionSlot slot);

	/**
	 * @param slot a place of the experiment
	 * @param id   a contribution id
	 * @return the offered contribution with that id
	 */
	default Optional<ContributionChoice> find(ContributionSlot slot, String id) {
		return choices(slot).stream().filter(c -> c.id().equals(id)).findFirst();
	}
}
