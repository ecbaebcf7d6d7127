package org.spectralbias.ui.runs;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/** The input of the run editor: a run folder (absolute, normalised). Equal for equal folders. */
public final class RunEditorInput implements IEditorInput {

	private final Path folder;

	/**
	 * @param folder a run folder
	 */
	public RunEditorInput(Path folder) {
		this.folder = folder.toAbsolutePath().normalize();
	}

	/** @return the run folder */
	public Path folder() {
		return folder;
	}

	@Override
	public boolean exists() {
		return Files.isDirectory(folder);
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJ_FOLDER);
	}

	@Override
	public String getName() {
		return folder.getFileName().toString();
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return folder.toString();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RunEditorInput i && folder.equals(i.folder);
	}

	@Override
	public int hashCode() {
		return folder.hashCode();
	}

	@Override
	public String toString() {
		return "RunEditorInput[" + folder + "]";
	}
}
