package org.spectralbias.ui.experiments.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Image;
import org.osgi.framework.FrameworkUtil;

/** The bundle's icons, created once per display (JFace's image registry disposes them with it). */
public final class Images {

	/** The Run icon. */
	public static final String RUN = "icons/run.png";
	/** An experiment file. */
	public static final String EXPERIMENT = "icons/experiment.png";
	/** New experiment. */
	public static final String NEW = "icons/new.png";

	private Images() {
	}

	/**
	 * @param path one of the constants
	 * @return the image; call on the UI thread
	 */
	public static Image get(String path) {
		ImageRegistry registry = JFaceResources.getImageRegistry();
		String key = Images.class.getName() + "/" + path;
		Image image = registry.get(key);
		if (image == null) {
			registry.put(key, descriptor(path));
			image = registry.get(key);
		}
		return image;
	}

	/**
	 * @param path one of the constants
	 * @return its descriptor
	 */
	public static ImageDescriptor descriptor(String path) {
		return ImageDescriptor.createFromURL(FrameworkUtil.getBundle(Images.class).getEntry(path));
	}
}
