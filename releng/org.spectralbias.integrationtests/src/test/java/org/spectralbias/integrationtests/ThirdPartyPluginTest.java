package org.spectralbias.integrationtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A third-party plug-in, built here from source against the published API bundles exactly as a researcher would
 * build one, added to the headless distribution with {@code --plugins}: its activation appears in {@code list} and
 * works in a spectrum computation, and a deliberately broken plug-in beside it is listed as failed with its reason
 * while everything else keeps working.
 */
class ThirdPartyPluginTest {

	private static Path plugins;

	private static final String SWISH = """
			package org.example.swish;

			import org.spectralbias.core.contrib.Activation;
			import org.spectralbias.core.contrib.Parameters;
			import org.spectralbias.math.activation.ActivationFunction;

			public final class SwishActivation implements Activation {
				@Override
				public ActivationFunction create(Parameters parameters) {
					return new ActivationFunction() {
						public double value(double z) { return z / (1 + Math.exp(-z)); }
						public double derivative(double z) {
							double s = 1 / (1 + Math.exp(-z));
							return s * (1 + z * (1 - s));
						}
					};
				}
			}
			""";

	private static final String BROKEN = """
			package org.example.broken;

			import org.spectralbias.core.contrib.Activation;
			import org.spectralbias.core.contrib.Parameters;
			import org.spectralbias.math.activation.ActivationFunction;

			public final class BrokenActivation implements Activation {
				public BrokenActivation() {
					throw new IllegalStateException("deliberately broken plug-in");
				}

				@Override
				public ActivationFunction create(Parameters parameters) {
					return null;
				}
			}
			""";

	/** The DS descriptor the build would generate from @Component + @ContributionInfo. */
	private static String component(String name, String implementation, String id) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.4.0" name="%s">
				   <property name="spectralbias.id" value="%s"/>
				   <property name="spectralbias.name" value="%s"/>
				   <service><provide interface="org.spectralbias.core.contrib.Activation"/></service>
				   <implementation class="%s"/>
				</scr:component>
				""".formatted(name, id, id, implementation);
	}

	@BeforeAll
	static void buildPlugins() throws IOException {
		plugins = Files.createTempDirectory("sb-plugins");
		bundle("org.example.swish", "org/example/swish/SwishActivation", SWISH,
				component("org.example.swish.SwishActivation", "org.example.swish.SwishActivation", "swish"));
		bundle("org.example.broken", "org/example/broken/BrokenActivation", BROKEN,
				component("org.example.broken.BrokenActivation", "org.example.broken.BrokenActivation", "broken"));
	}

	@AfterAll
	static void delete() throws IOException {
		try (Stream<Path> paths = Files.walk(plugins)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	/** Compiles one class against the distribution's API jars and packs it as a DS bundle. */
	private static void bundle(String symbolicName, String classPath, String source, String componentXml)
			throws IOException {
		Path src = Files.createTempDirectory("sb-src");
		Path file = src.resolve(classPath + ".java");
		Files.createDirectories(file.getParent());
		Files.writeString(file, source);
		List<String> api = new ArrayList<>();
		try (Stream<Path> jars = Files.list(Repo.headless().resolve("plugins"))) {
			jars.map(Path::toString).filter(p -> p.contains("org.spectralbias.core_") || p.contains("org.spectralbias.math_"))
					.forEach(api::add);
		}
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		int rc = javac.run(null, null, null, "--release", "21", "-d", src.toString(), "-cp",
				String.join(java.io.File.pathSeparator, api), file.toString());
		assertEquals(0, rc, "the plug-in compiles against the API bundles");
		Manifest mf = new Manifest();
		Attributes a = mf.getMainAttributes();
		a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		a.putValue("Bundle-ManifestVersion", "2");
		a.putValue("Bundle-SymbolicName", symbolicName);
		a.putValue("Bundle-Version", "1.0.0");
		a.putValue("Bundle-ActivationPolicy", "lazy");
		a.putValue("Service-Component", "OSGI-INF/component.xml");
		a.putValue("Import-Package", "org.spectralbias.core.contrib;version=\"[0.1.0,1.0.0)\","
				+ "org.spectralbias.math.activation;version=\"[0.1.0,1.0.0)\"");
		try (OutputStream out = Files.newOutputStream(plugins.resolve(symbolicName + "_1.0.0.jar"));
				JarOutputStream jar = new JarOutputStream(out, mf)) {
			jar.putNextEntry(new JarEntry("OSGI-INF/component.xml"));
			jar.write(componentXml.getBytes(StandardCharsets.UTF_8));
			jar.closeEntry();
			Path classes = src.resolve(classPath).getParent();
			try (Stream<Path> compiled = Files.list(classes)) {
				for (Path c : compiled.filter(p -> p.toString().endsWith(".class")).toList()) {
					jar.putNextEntry(new JarEntry(src.relativize(c).toString().replace('\\', '/')));
					jar.write(Files.readAllBytes(c));
					jar.closeEntry();
				}
			}
		}
	}

	@Test
	void thePluginAppearsAndTheBrokenOneIsReportedWithoutHidingOthers() throws Exception {
		Repo.Result r = Repo.run(Repo.root(), 120,
				Repo.headlessCommand("--plugins", plugins.toString(), "list", "--format", "json"));
		assertEquals(0, r.exitCode(), r.err());
		assertTrue(r.out().contains("\"id\": \"swish\""), r.out());
		assertTrue(r.out().matches("(?s).*\"id\": \"swish\".*?\"status\": \"active\".*"), r.out());
		assertTrue(r.out().matches("(?s).*\"id\": \"broken\".*?\"status\": \"failed\".*?deliberately broken plug-in.*"),
				r.out());
		assertTrue(r.out().matches("(?s).*\"id\": \"relu\".*?\"status\": \"active\".*"), "built-ins unaffected");
	}

	@Test
	void thePluginsActivationWorksInASpectrumComputation() throws Exception {
		Repo.Result r = Repo.run(Repo.root(), 120, Repo.headlessCommand("--plugins", plugins.toString(), "spectrum",
				"--kernel", "ntk", "--activation", "swish", "--ambient-dim", "10", "--max-degree", "3", "--format",
				"csv"));
		assertEquals(0, r.exitCode(), r.err());
		String[] lines = r.out().split("\\R");
		assertEquals("degree,multiplicity,eigenvalue", lines[0]);
		assertEquals(5, lines.length, r.out());
		// Σ_k N(D,k)μ_k ≤ κ(1) and every μ_k ≥ 0: the NTK is positive definite (Funk–Hecke, science.md)
		for (int k = 1; k < lines.length; k++) {
			assertTrue(Double.parseDouble(lines[k].split(",")[2]) >= 0, lines[k]);
		}
		assertTrue(Double.parseDouble(lines[1].split(",")[2]) > 0, "μ_0 > 0");
	}
}
