package org.spectralbias.integrationtests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Architecture rule: headless bundles (every bundle whose name has no {@code .ui} segment) import nothing from
 * SWT, JFace, org.eclipse.ui or a chart toolkit, and do not require org.eclipse.equinox.common, which needs the
 * Equinox framework itself and so would not start on Felix.
 */
class HeadlessManifestRuleTest {

	private static final List<String> FORBIDDEN = List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui",
			"org.eclipse.swtchart", "org.eclipse.equinox.common", "org.eclipse.core.runtime", "org.jfree");

	@Test
	void headlessBundlesStayHeadless() throws IOException {
		List<String> violations = new ArrayList<>();
		int checked = 0;
		try (Stream<Path> dirs = Files.list(Repo.root().resolve("bundles"))) {
			for (Path dir : dirs.sorted().toList()) {
				Path mf = dir.resolve("META-INF/MANIFEST.MF");
				String name = dir.getFileName().toString();
				if (!Files.exists(mf) || name.endsWith(".ui") || name.contains(".ui.")) {
					continue;
				}
				checked++;
				Manifest manifest;
				try (InputStream in = Files.newInputStream(mf)) {
					manifest = new Manifest(in);
				}
				for (String header : List.of("Import-Package", "Require-Bundle", "DynamicImport-Package")) {
					String value = manifest.getMainAttributes().getValue(header);
					if (value == null) {
						continue;
					}
					for (String forbidden : FORBIDDEN) {
						for (String clause : value.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
							String target = clause.split(";")[0].trim();
							if (target.equals(forbidden) || target.startsWith(forbidden + ".")) {
								violations.add(name + " " + header + ": " + target);
							}
						}
					}
				}
			}
		}
		assertTrue(checked >= 4, "found the headless bundles (" + checked + ")");
		assertTrue(violations.isEmpty(), "headless bundles must not depend on UI or Equinox-only bundles: "
				+ violations);
	}
}
