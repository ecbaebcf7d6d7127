package org.spectralbias.ui.experiments.editor;

import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/** Restores the experiment editors of the last session: an {@link ExperimentFileInput} from its path. */
public final class ExperimentInputFactory implements IElementFactory {

	/** The factory's id in plugin.xml. */
	public static final String ID = "org.spectralbias.ui.experiments.fileInput";
	/** The memento key of the file path. */
	static final String PATH = "path";

	@Override
	public IAdaptable createElement(IMemento memento) {
		String path = memento.getString(PATH);
		if (path == null) {
			return null;
		}
		ExperimentFileInput input = new ExperimentFileInput(Path.of(path));
		return input.exists() ? input : null;
	}
}
