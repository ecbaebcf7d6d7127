package org.spectralbias.ui.runs.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.spectralbias.runs.view.RunModel;
import org.spectralbias.runs.view.RunPageFactory;
import org.spectralbias.ui.runs.IRunEditorTab;
import org.spectralbias.ui.runs.RunEditors;

/**
 * One contribution to the extension point {@value RunEditors#TABS_EXTENSION_POINT}.
 *
 * @param id          the tab's id
 * @param name        its title
 * @param order       its position (smaller first)
 * @param analysis    the analysis whose results it needs, empty for none
 * @param contributor the contributing bundle's name
 * @param element     the configuration element (null for tabs made in code)
 */
record TabDescriptor(String id, String name, int order, String analysis, String contributor,
		IConfigurationElement element) {

	static final String PLUGIN_ID = "org.spectralbias.ui.runs";
	private static final int DEFAULT_ORDER = 1000;

	/**
	 * Reads every contribution, sorted by order then name; a malformed one (missing id, name or class, a bad order,
	 * an id already taken) is logged and left out.
	 */
	static List<TabDescriptor> read() {
		List<TabDescriptor> tabs = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (IConfigurationElement e : Platform.getExtensionRegistry()
				.getConfigurationElementsFor(RunEditors.TABS_EXTENSION_POINT)) {
			String contributor = e.getContributor().getName();
			String id = e.getAttribute("id");
			String name = e.getAttribute("name");
			if (id == null || id.isBlank() || name == null || name.isBlank() || e.getAttribute("class") == null) {
				log(IStatus.ERROR, "run editor tab from " + contributor + " ignored: it needs id, name and class", null);
				continue;
			}
			if (!ids.add(id)) {
				log(IStatus.ERROR, "run editor tab '" + id + "' from " + contributor + " ignored: the id is taken", null);
				continue;
			}
			int order = DEFAULT_ORDER;
			String text = e.getAttribute("order");
			if (text != null && !text.isBlank()) {
				try {
					order = Integer.parseInt(text.trim());
				} catch (NumberFormatException x) {
					log(IStatus.WARNING, "run editor tab '" + id + "' from " + contributor + ": order '" + text
							+ "' is not an integer; using " + DEFAULT_ORDER, null);
				}
			}
			String analysis = e.getAttribute("analysis");
			tabs.add(new TabDescriptor(id, name, order, analysis == null ? "" : analysis.trim(), contributor, e));
		}
		tabs.sort(Comparator.comparingInt(TabDescriptor::order).thenComparing(TabDescriptor::name));
		return tabs;
	}

	/** @return whether the tab is shown for this run */
	boolean appliesTo(RunModel run) {
		return analysis.isEmpty() || run.record().analysis(analysis).isPresent();
	}

	/**
	 * @return a new tab
	 * @throws CoreException when the class cannot be created or implements neither tab interface
	 */
	IRunEditorTab create() throws CoreException {
		Object o = element.createExecutableExtension("class");
		if (o instanceof IRunEditorTab tab) {
			return tab;
		}
		if (o instanceof RunPageFactory factory) {
			return new PageTab(factory);
		}
		throw new CoreException(Status.error("run editor tab '" + id + "' from " + contributor + ": "
				+ o.getClass().getName() + " implements neither " + RunPageFactory.class.getName() + " nor "
				+ IRunEditorTab.class.getName()));
	}

	static void log(int severity, String message, Throwable cause) {
		ILog.of(Platform.getBundle(PLUGIN_ID)).log(new Status(severity, PLUGIN_ID, message, cause));
	}
}
