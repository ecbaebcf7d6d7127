package org.spectralbias.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Starts the OSGi framework found through {@link FrameworkFactory} (Felix or Equinox), installs the distribution's
 * bundles and any {@code --plugins} folders, waits for the command-line service and runs it.
 */
public final class FrameworkLauncher {

	private static final long SERVICE_TIMEOUT_MS = 30_000;

	private FrameworkLauncher() {
	}

	/**
	 * @param home       the distribution folder (holds {@code plugins/})
	 * @param pluginDirs extra folders of bundles to install (third-party plug-ins)
	 * @param args       the command line for the {@code spectralbias} tool
	 * @return the exit code
	 */
	public static int launch(Path home, List<String> pluginDirs, List<String> args) throws Exception {
		Iterator<FrameworkFactory> factories = ServiceLoader.load(FrameworkFactory.class).iterator();
		if (!factories.hasNext()) {
			System.err.println("spectralbias: no OSGi framework on the class path");
			return 1;
		}
		Path storage = Files.createTempDirectory("spectralbias-osgi");
		Map<String, String> config = new HashMap<>();
		config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
		config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
		config.put("felix.log.level", "1");
		Framework framework = factories.next().newFramework(config);
		try {
			framework.init();
			BundleContext context = framework.getBundleContext();
			List<Path> jars = new ArrayList<>(jars(home.resolve("plugins")));
			for (String dir : pluginDirs) {
				Path folder = Path.of(dir);
				if (!Files.isDirectory(folder)) {
					System.err.println("spectralbias: --plugins " + dir + " is not a folder");
					return 2;
				}
				jars.addAll(jars(folder));
			}
			List<Bundle> bundles = new ArrayList<>();
			for (Path jar : jars) {
				try {
					bundles.add(context.installBundle(jar.toUri().toString()));
				} catch (BundleException e) {
					System.err.println("spectralbias: skipped " + jar.getFileName() + ": " + e.getMessage());
				}
			}
			framework.start();
			for (Bundle b : bundles) {
				if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
					try {
						b.start(Bundle.START_ACTIVATION_POLICY);
					} catch (BundleException e) {
						// reported by 'list' as a failed plug-in with this reason; the others go on
					}
				}
			}
			return runCommand(context, args);
		} finally {
			framework.stop();
			framework.waitForStop(10_000);
			deleteTree(storage);
		}
	}

	private static int runCommand(BundleContext context, List<String> args)
			throws InvalidSyntaxException, InterruptedException {
		Filter filter = context.createFilter("(&(" + Constants.OBJECTCLASS + "=" + ToIntFunction.class.getName()
				+ ")(spectralbias.command=cli))");
		ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, filter, null);
		tracker.open();
		try {
			Object service = tracker.waitForService(SERVICE_TIMEOUT_MS);
			if (service == null) {
				System.err.println("spectralbias: the command-line service did not start within "
						+ SERVICE_TIMEOUT_MS / 1000 + " s; bundles not active:");
				for (Bundle b : context.getBundles()) {
					if (b.getState() == Bundle.INSTALLED) {
						System.err.println("  " + b.getSymbolicName() + " " + b.getVersion() + " (not resolved)");
					}
				}
				return 1;
			}
			@SuppressWarnings("unchecked")
			ToIntFunction<String[]> cli = (ToIntFunction<String[]>) service;
			return cli.applyAsInt(args.toArray(String[]::new));
		} finally {
			tracker.close();
		}
	}

	private static List<Path> jars(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
		}
	}

	private static void deleteTree(Path root) {
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// a temporary folder left behind is harmless
		}
	}
}
