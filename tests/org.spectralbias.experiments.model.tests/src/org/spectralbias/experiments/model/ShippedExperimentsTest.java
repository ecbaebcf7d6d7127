package org.spectralbias.experiments.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The templates are the command line's shipped experiments (bundle org.spectralbias.cli, experiments/). */
class ShippedExperimentsTest {

	@Test
	void readsThePapersExperimentsAndAddsQuickVariants() throws Exception {
		Map<String, String> files = ShippedExperiments.read(PlatformFixture.context());
		// the experiments `spectralbias reproduce` knows: fig1, fig2, fig3 (a and b), parity, fig4, fig5, fig6, density
		assertEquals(List.of("density.experiment.json", "fig1.experiment.json", "fig2.experiment.json", "fig3a.experiment.json",
				"fig3b.experiment.json", "fig4.experiment.json", "fig5.experiment.json", "fig6.experiment.json",
				"parity.experiment.json"), files.keySet().stream().sorted().toList());
		TemplateLibrary library = TemplateLibrary.of(files);
		assertEquals(List.of(), library.problems());
		assertEquals(List.of("density", "density-quick", "fig1", "fig1-quick", "fig2", "fig2-quick", "fig3a", "fig3a-quick", "fig3b", "fig3b-quick",
				"fig4", "fig4-quick", "fig5", "fig5-quick", "fig6", "fig6-quick", "parity", "parity-quick"),
				library.templates().stream().map(ExperimentTemplate::id).toList());
		// the paper's Fig. 1 (docs/experiment-files.md): D = 10, n = 1000, m = 4096, 20 000 steps
		assertEquals("D = 10, n = 1000, m = 4096, 20000 steps", library.find("fig1").orElseThrow().size());
	}
}
