package org.spectralbias.ui.experiments.editor;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.spectralbias.ui.experiments.internal.Images;

/**
 * An experiment file as editor input: a file of the local file system (the workbench has no workspace projects).
 * Remembered between sessions by {@link ExperimentInputFactory}. Two inputs are equal when they name the same file.
 */
public final class ExperimentFileInput extends PlatformObject implements IPathEditorInput, IPersistableElement {

	private final Path file;

	/** @param file the experiment file */
	public ExperimentFileInput(Path file) {
		this.file = file.toAbsolutePath().normalize();
	}

	/** @return the file */
	public Path file() {
		return file;
	}

	@Override
	public IPath getPath() {
		return IPath.fromPath(file);
	}

	@Override
	public boolean exists() {
		return Files.isRegularFile(file);
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return Images.descriptor(Images.EXPERIMENT);
	}

	@Override
	public String getName() {
		return file.getFileName().toString();
	}

	@Override
	public IPersistableElement getPersistable() {
		return this;
	}

	@Override
	public String getToolTipText() {
		return file.toString();
	}

	@Override
	public String getFactoryId() {
		return ExperimentInputFactory.ID;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(ExperimentInputFactory.PATH, file.toString());
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof ExperimentFileInput i && i.file.equals(file);
	}

	@Override
	public int hashCode() {
		return file.hashCode();
	}
}
