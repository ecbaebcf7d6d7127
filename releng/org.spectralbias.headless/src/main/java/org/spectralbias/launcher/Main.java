package org.spectralbias.launcher;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Entry point of the headless distribution: {@code java -jar launcher.jar [--framework felix|equinox]
 * [--plugins DIR]... [--vector] COMMAND ...}. {@code --vector} sets the system property {@code spectralbias.vector}
 * that selects the opt-in Vector API path; that path also needs the JVM option
 * {@code --add-modules jdk.incubator.vector}, which the start scripts add when they see {@code --vector} (without
 * it the workbench warns and computes in plain Java).
 * <p>
 * Puts exactly one OSGi framework ({@code framework/<name>/*.jar}) on a fresh class loader together with this jar and
 * hands over to {@link FrameworkLauncher} there; this class itself touches no OSGi type, so the framework chosen at
 * run time is the only one visible (build-notes.md: two frameworks on one class path conflict).
 */
public final class Main {

	private Main() {
	}

	/**
	 * @param args launcher options first, then the command line of the {@code spectralbias} tool
	 */
	public static void main(String[] args) {
		System.exit(run(args));
	}

	static int run(String[] args) {
		List<String> rest = new ArrayList<>(Arrays.asList(args));
		String framework = "felix";
		List<String> pluginDirs = new ArrayList<>();
		while (!rest.isEmpty() && (rest.get(0).equals("--framework") || rest.get(0).equals("--plugins")
				|| rest.get(0).equals("--vector"))) {
			String option = rest.remove(0);
			if (option.equals("--vector")) {
				System.setProperty("spectralbias.vector", "true");
				continue;
			}
			if (rest.isEmpty()) {
				System.err.println("spectralbias: " + option + " needs a value");
				return 2;
			}
			if (option.equals("--framework")) {
				framework = rest.remove(0);
			} else {
				pluginDirs.add(rest.remove(0));
			}
		}
		try {
			Path home = home();
			Path frameworkDir = home.resolve("framework").resolve(framework);
			if (!framework.equals("felix") && !framework.equals("equinox")) {
				System.err.println("spectralbias: --framework must be felix or equinox, not '" + framework + "'");
				return 2;
			}
			List<URL> urls = new ArrayList<>();
			urls.add(home.resolve("launcher.jar").toUri().toURL());
			try (Stream<Path> jars = Files.list(frameworkDir)) {
				for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
					urls.add(jar.toUri().toURL());
				}
			}
			if (urls.size() < 2) {
				System.err.println("spectralbias: no framework jar in " + frameworkDir);
				return 1;
			}
			ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
			Thread.currentThread().setContextClassLoader(loader);
			Class<?> launcher = Class.forName("org.spectralbias.launcher.FrameworkLauncher", true, loader);
			Object code = launcher.getMethod("launch", Path.class, List.class, List.class).invoke(null, home,
					pluginDirs, rest);
			return (Integer) code;
		} catch (InvocationTargetException e) {
			System.err.println("spectralbias: the OSGi framework failed: " + e.getCause());
			return 1;
		} catch (IOException | ReflectiveOperationException | URISyntaxException e) {
			System.err.println("spectralbias: cannot start: " + e);
			return 1;
		}
	}

	/** @return the distribution folder: where launcher.jar lies */
	private static Path home() throws URISyntaxException, MalformedURLException {
		Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		return Files.isDirectory(jar) ? jar : jar.getParent();
	}
}
