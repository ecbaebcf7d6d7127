package org.spectralbias.experiments.model;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The paper's experiment files as the command line ships them: {@value #FOLDER}/*{@value #SUFFIX} in bundle
 * {@value #BUNDLE}, the files {@code spectralbias reproduce} runs. The workbench reads the same files, so a template
 * and a reproduced figure are the same experiment.
 */
public final class ShippedExperiments {

	/** The bundle that ships them. */
	public static final String BUNDLE = "org.spectralbias.cli";
	/** The folder inside it. */
	public static final String FOLDER = "experiments";
	/** Their file-name ending. */
	public static final String SUFFIX = ".experiment.json";

	private ShippedExperiments() {
	}

	/**
	 * @param context any bundle context
	 * @return the files by name with their UTF-8 text; empty when the bundle is not installed
	 * @throws IOException when a file cannot be read
	 */
	public static Map<String, String> read(BundleContext context) throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		for (Bundle b : context.getBundles()) {
			if (!BUNDLE.equals(b.getSymbolicName())) {
				continue;
			}
			Enumeration<URL> entries = b.findEntries(FOLDER, "*" + SUFFIX, false);
			while (entries != null && entries.hasMoreElements()) {
				URL url = entries.nextElement();
				String path = url.getPath();
				try (InputStream in = url.openStream()) {
					files.put(path.substring(path.lastIndexOf('/') + 1), new String(in.readAllBytes(),
							StandardCharsets.UTF_8));
				}
			}
			break;
		}
		return files;
	}
}
