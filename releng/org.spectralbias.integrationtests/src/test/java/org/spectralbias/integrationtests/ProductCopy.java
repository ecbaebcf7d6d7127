package org.spectralbias.integrationtests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * A throw-away copy of the materialized product, to install into and to start Equinox applications in (the p2
 * director, the p2 publisher, the headless command line) without touching the build's product.
 */
final class ProductCopy implements AutoCloseable {

	/** The headless command line as an Eclipse application (bundle org.spectralbias.cli.application). */
	static final String HEADLESS_APPLICATION = "org.spectralbias.cli.application.headless";

	private final Path root;

	ProductCopy() throws IOException {
		root = Files.createTempDirectory("sb-product");
		try (Stream<Path> paths = Files.walk(Repo.product())) {
			for (Path p : paths.toList()) {
				Path target = root.resolve(Repo.product().relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				} else {
					Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}

	/** @return the copy's folder */
	Path root() {
		return root;
	}

	private Path launcherJar() throws IOException {
		try (Stream<Path> jars = Files.list(root.resolve("plugins"))) {
			return jars.filter(p -> p.getFileName().toString().startsWith("org.eclipse.equinox.launcher_")).findFirst()
					.orElseThrow(() -> new AssertionError("no equinox launcher in the product"));
		}
	}

	/** Starts one Eclipse application of the product with its arguments and waits for it (at most 5 minutes). */
	Repo.Result application(String application, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Repo.java(), "--enable-native-access=ALL-UNNAMED", "-jar",
				launcherJar().toString(), "-nosplash", "-application", application));
		command.addAll(List.of(args));
		return Repo.run(root, 300, command.toArray(String[]::new));
	}

	/** Runs the p2 director: installs an installable unit from a repository. */
	Repo.Result install(Path repository, String installableUnit) throws IOException, InterruptedException {
		return application("org.eclipse.equinox.p2.director", "-repository", repository.toUri().toString(),
				"-installIU", installableUnit);
	}

	/** Runs a command of the headless command line inside the product (e.g. {@code list}, {@code spectrum …}). */
	Repo.Result command(String... args) throws IOException, InterruptedException {
		return application(HEADLESS_APPLICATION, args);
	}

	/** @return the simple configurator's bundle list: what the product starts */
	String bundlesInfo() throws IOException {
		return Files.readString(root.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
	}

	/** @return every state of the product's p2 profile, by file name, with its uncompressed content */
	TreeMap<String, String> profileStates() throws IOException {
		Path registry = root.resolve("p2/org.eclipse.equinox.p2.engine/profileRegistry/SpectralBiasProfile.profile");
		TreeMap<String, String> states = new TreeMap<>();
		try (Stream<Path> files = Files.list(registry)) {
			for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".profile.gz")).toList()) {
				try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
					states.put(p.getFileName().toString(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		if (states.isEmpty()) {
			throw new AssertionError("no profile state in " + registry);
		}
		return states;
	}

	/** @return the file names in the product's plugins folder, sorted */
	List<String> plugins() throws IOException {
		try (Stream<Path> files = Files.list(root.resolve("plugins"))) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Override
	public void close() throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}
}
