package org.spectralbias.runs.view;

/**
 * Builds a tab's {@link Page} from a run. Implementations are stateless and thread-safe, read only the model, and
 * must cope with a live run (measured arrays NaN after the recorded steps, no analyses yet) and with runs that
 * lack some files (older runs, cancelled runs): they then show what there is and say what is missing.
 * <p>
 * The workbench's run editor gets its tabs from the extension point {@code org.spectralbias.ui.runs.runEditorTabs};
 * a contribution whose class implements this interface needs no UI code at all. Example:
 *
 * <pre>{@code
 * public final class MyAnalysisPage implements RunPageFactory {
 * 	public Page create(RunModel run) {
 * 		List<Block> blocks = new ArrayList<>();
 * 		run.table("my-analysis-result.csv").ifPresent(t ->
 * 				blocks.add(new TableBlock("result", "My analysis", t, "my-analysis-result.csv")));
 * 		return new Page("My analysis", blocks);
 * 	}
 * }
 * }</pre>
 */
public interface RunPageFactory {

	/**
	 * @param run the run
	 * @return its page
	 */
	Page create(RunModel run);
}
