package org.spectralbias.integrationtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The materialized product is complete (launch script, Equinox launcher, p2 profile) and the p2 director inside it
 * installs a feature from our update site — the same machinery as Help ▸ Install New Software.
 */
class ProductInstallTest {

	private Path copy;

	@BeforeEach
	void copyProduct() throws IOException {
		copy = Files.createTempDirectory("sb-product");
		try (Stream<Path> paths = Files.walk(Repo.product())) {
			for (Path p : paths.toList()) {
				Path target = copy.resolve(Repo.product().relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				} else {
					Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}

	@AfterEach
	void delete() throws IOException {
		try (Stream<Path> paths = Files.walk(copy)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	private Path launcherJar() throws IOException {
		try (Stream<Path> jars = Files.list(copy.resolve("plugins"))) {
			return jars.filter(p -> p.getFileName().toString().startsWith("org.eclipse.equinox.launcher_")).findFirst()
					.orElseThrow(() -> new AssertionError("no equinox launcher in the product"));
		}
	}

	/** @return whether the newest state of the product's p2 profile names the installable unit */
	private boolean profileMentions(String iu) throws IOException {
		Path registry = copy.resolve("p2/org.eclipse.equinox.p2.engine/profileRegistry/SpectralBiasProfile.profile");
		try (Stream<Path> states = Files.list(registry)) {
			Path newest = states.filter(p -> p.getFileName().toString().endsWith(".profile.gz"))
					.max(Comparator.comparing(p -> p.getFileName().toString()))
					.orElseThrow(() -> new AssertionError("no profile state in " + registry));
			try (InputStream in = new GZIPInputStream(Files.newInputStream(newest))) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("id='" + iu + "'");
			}
		}
	}

	@Test
	void theProductHasItsLaunchScriptAndP2Profile() throws IOException {
		Path script = copy.resolve("spectralbias-workbench");
		assertTrue(Files.isExecutable(script), "launch script in the product root");
		assertTrue(Files.readString(script).contains("23"), "the script restarts on exit code 23");
		assertTrue(Files.isDirectory(copy.resolve("p2/org.eclipse.equinox.p2.engine/profileRegistry")),
				"p2 profile registry present (needed by Install New Software)");
		String config = Files.readString(copy.resolve("configuration/config.ini"));
		assertTrue(config.contains("eclipse.product=org.spectralbias.ui.product"), config);
		launcherJar();
	}

	@Test
	void theDirectorInstallsTheSdkFeatureFromTheUpdateSite() throws Exception {
		Repo.Result r = Repo.run(copy, 300, Repo.java(), "-jar", launcherJar().toString(), "-nosplash", "-application",
				"org.eclipse.equinox.p2.director", "-repository", Repo.updateSite().toUri().toString(), "-installIU",
				"org.spectralbias.sdk.feature.feature.group");
		assertEquals(0, r.exitCode(), r.out() + r.err());
		try (Stream<Path> plugins = Files.list(copy.resolve("plugins"))) {
			List<String> names = plugins.map(p -> p.getFileName().toString()).toList();
			assertTrue(names.stream().anyMatch(n -> n.startsWith("org.spectralbias.core.source_")), names.toString());
			assertTrue(names.stream().anyMatch(n -> n.startsWith("org.spectralbias.math.source_")), names.toString());
			// the run and report models of a run-editor tab's RunPageFactory, with sources
			assertTrue(names.stream().anyMatch(n -> n.startsWith("org.spectralbias.runs.source_")), names.toString());
			assertTrue(names.stream().anyMatch(n -> n.startsWith("org.spectralbias.report.source_")), names.toString());
		}
		assertTrue(profileMentions("org.spectralbias.sdk.feature.feature.group"),
				"the p2 profile records the installed feature");
	}

	@Test
	void anUnknownFeatureFailsAndChangesNothing() throws Exception {
		String before = Files
				.readString(copy.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
		Repo.Result r = Repo.run(copy, 300, Repo.java(), "-jar", launcherJar().toString(), "-nosplash", "-application",
				"org.eclipse.equinox.p2.director", "-repository", Repo.updateSite().toUri().toString(), "-installIU",
				"org.spectralbias.no.such.feature.feature.group");
		assertTrue(r.exitCode() != 0, "the director must fail");
		assertTrue(!profileMentions("org.spectralbias.no.such.feature.feature.group"));
		assertTrue((r.out() + r.err()).contains("org.spectralbias.no.such.feature.feature.group"), r.out() + r.err());
		assertEquals(before, Files
				.readString(copy.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info")));
	}
}
