package org.spectralbias.ui.runs.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** The input of the compare editor: run folders, in order. Equal for equal lists. */
public final class CompareEditorInput implements IEditorInput {

	private final List<Path> folders;

	/**
	 * @param folders at least one run folder
	 */
	public CompareEditorInput(List<Path> folders) {
		if (folders.isEmpty()) {
			throw new IllegalArgumentException("nothing to compare");
		}
		this.folders = folders.stream().map(p -> p.toAbsolutePath().normalize()).toList();
	}

	/** @return the run folders */
	public List<Path> folders() {
		return folders;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.createFromFile(CompareEditorInput.class, "/icons/compare16.png");
	}

	@Override
	public String getName() {
		return "Compare " + folders.size() + " run" + (folders.size() == 1 ? "" : "s");
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return String.join("\n", folders.stream().map(Path::toString).toList());
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CompareEditorInput i && folders.equals(i.folders);
	}

	@Override
	public int hashCode() {
		return folders.hashCode();
	}
}
