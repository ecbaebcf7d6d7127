package org.spectralbias.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class FreshJvmTimerTest {

	@Test
	void freshJvmsDropOnlyTheBenchHeapSettings() {
		// what ./spectralbias passes for 'bench' (its own heap settings last) and what a product run keeps
		List<String> bench = List.of("--enable-native-access=ALL-UNNAMED", "-XX:+UseTransparentHugePages",
				"--add-modules", "jdk.incubator.vector", "-Xms2g", "-XX:+AlwaysPreTouch", "-Xmx6g");
		assertEquals(List.of("--enable-native-access=ALL-UNNAMED", "-XX:+UseTransparentHugePages", "--add-modules",
				"jdk.incubator.vector", "-Xmx6g"), FreshJvmTimer.productOptions(bench));
	}
}
