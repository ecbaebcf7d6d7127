package org.spectralbias.integrationtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The example third-party plug-in of {@code releng/example-plugin}, built once per test run exactly as its author
 * would build it: a copy of the folder in a temporary directory, its own Maven wrapper, its own Tycho build, with our
 * API resolved only from the update site this build published ({@code -Dspectralbias.repository}). Several tests share
 * the one build.
 */
final class ExamplePlugin {

	/** Feature installed by the tests. */
	static final String FEATURE_IU = "org.example.spectralbias.feature.feature.group";

	/** Symbolic name of the example bundle. */
	static final String BUNDLE = "org.example.spectralbias";

	/**
	 * The build's results.
	 *
	 * @param site    the example's update site (a p2 repository folder)
	 * @param bundle  the bundle jar as published on the site
	 * @param feature the feature jar as published on the site
	 * @param log     the nested build's output
	 */
	record Build(Path site, Path bundle, Path feature, String log) {
	}

	private static Build build;

	private ExamplePlugin() {
	}

	/** @return the example, building it on first use (about 20 s with a warm ~/.m2) */
	static synchronized Build build() throws IOException, InterruptedException {
		if (build == null) {
			build = runBuild();
		}
		return build;
	}

	private static Build runBuild() throws IOException, InterruptedException {
		Path source = Repo.root().resolve("releng/example-plugin");
		Path copy = Files.createTempDirectory("sb-example-plugin");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(copy)));
		copyTree(source, copy);
		List<String> command = new ArrayList<>(List.of(copy.resolve("mvnw").toString(), "-B", "-ntp"));
		// offline when the outer build is (warm ~/.m2); the same local repository as the outer build
		if (System.getProperty("spectralbias.maven.offline", "").equals("offline=true")) {
			command.add("-o");
		}
		String localRepository = System.getProperty("spectralbias.maven.repo.local", "");
		if (!localRepository.isBlank() && !localRepository.contains("${")) {
			command.add("-Dmaven.repo.local=" + localRepository);
		}
		command.add("-Dspectralbias.repository=" + Repo.updateSite().toUri());
		command.add("verify");
		Map<String, String> environment = new HashMap<>();
		environment.put("JAVA_HOME", System.getProperty("java.home"));
		// the outer Maven's own variables would point the nested build at our reactor
		environment.put("MAVEN_PROJECTBASEDIR", null);
		environment.put("MAVEN_CMD_LINE_ARGS", null);
		environment.put("MAVEN_BASEDIR", null);
		Repo.Result r = Repo.run(copy, 900, environment, command.toArray(String[]::new));
		String log = r.out() + r.err();
		assertEquals(0, r.exitCode(), "the example plug-in builds against our update site:\n" + tail(log));
		assertTrue(log.contains("Adding repository ") && log.contains("org.spectralbias.updatesite/target/repository"),
				"the example resolves our API from the published update site:\n" + tail(log));
		Path site = copy.resolve("org.example.spectralbias.site/target/repository");
		return new Build(site, single(site.resolve("plugins"), BUNDLE + "_"),
				single(site.resolve("features"), "org.example.spectralbias.feature_"), log);
	}

	/**
	 * The same plug-in as if built for an API version the product does not have: the bundle's manifest imports our
	 * packages with {@code newRange} instead of [0.1,1.0), published with p2's own publisher (run inside the given
	 * product, which ships it) into a new repository.
	 *
	 * @param product  a product folder to run the publisher in (its bundles.info and profile are not touched)
	 * @param newRange e.g. {@code [9.0,10.0)}
	 * @return the p2 repository folder holding the variant's feature and bundle
	 */
	static Path incompatibleVariant(ProductCopy product, String newRange) throws IOException, InterruptedException {
		Build b = build();
		Path source = Files.createTempDirectory("sb-incompatible-src");
		Path repository = Files.createTempDirectory("sb-incompatible-repo");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			delete(source);
			delete(repository);
		}));
		Files.createDirectories(source.resolve("plugins"));
		Files.createDirectories(source.resolve("features"));
		Files.copy(b.feature(), source.resolve("features").resolve(b.feature().getFileName()));
		rewriteImports(b.bundle(), source.resolve("plugins").resolve(b.bundle().getFileName()), newRange);
		Repo.Result r = product.application("org.eclipse.equinox.p2.publisher.FeaturesAndBundlesPublisher",
				"-metadataRepository", repository.toUri().toString(), "-artifactRepository",
				repository.toUri().toString(), "-source", source.toString(), "-publishArtifacts");
		assertEquals(0, r.exitCode(), "p2 publisher: " + r.out() + r.err());
		return repository;
	}

	/** Copies a bundle jar, replacing the version range of every org.spectralbias import. */
	private static void rewriteImports(Path jar, Path target, String newRange) throws IOException {
		try (JarFile in = new JarFile(jar.toFile())) {
			Manifest manifest = new Manifest(in.getManifest());
			Attributes main = manifest.getMainAttributes();
			String imports = main.getValue("Import-Package");
			String rewritten = imports.replaceAll("(org\\.spectralbias\\.[a-z.]+;version=)\"[^\"]*\"",
					"$1\"" + newRange + "\"");
			assertTrue(!rewritten.equals(imports), "the example imports org.spectralbias packages: " + imports);
			main.putValue("Import-Package", rewritten);
			try (OutputStream out = Files.newOutputStream(target); JarOutputStream jarOut = new JarOutputStream(out,
					manifest)) {
				Enumeration<JarEntry> entries = in.entries();
				while (entries.hasMoreElements()) {
					JarEntry entry = entries.nextElement();
					if (entry.getName().equalsIgnoreCase("META-INF/MANIFEST.MF")) {
						continue;
					}
					jarOut.putNextEntry(new JarEntry(entry.getName()));
					try (InputStream content = in.getInputStream(entry)) {
						content.transferTo(jarOut);
					}
					jarOut.closeEntry();
				}
			}
		}
	}

	private static Path single(Path dir, String prefix) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			List<Path> matches = files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
			assertEquals(1, matches.size(), "one " + prefix + "* in " + dir + ": " + matches);
			return matches.get(0);
		}
	}

	/** Copies a folder, leaving out build output ({@code target}) an author's own build may have left there. */
	static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path p : paths.toList()) {
				Path relative = from.relativize(p);
				boolean buildOutput = false;
				for (Path part : relative) {
					buildOutput |= part.toString().equals("target");
				}
				if (buildOutput) {
					continue;
				}
				Path target = to.resolve(relative.toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				} else {
					Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	static void delete(Path dir) {
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// best effort: a temporary folder left behind
		}
	}

	private static String tail(String log) {
		return log.length() <= 6000 ? log : "…" + log.substring(log.length() - 6000);
	}
}
