package org.spectralbias.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

	@TempDir
	Path folder;

	@Test
	void replacesContentAndLeavesNoTemporaryFiles() throws IOException {
		Path target = folder.resolve("run.csv");
		AtomicFiles.writeString(target, "first version, rather long\n");
		AtomicFiles.writeString(target, "second");
		assertEquals("second", Files.readString(target));
		AtomicFiles.write(target, new byte[] { 1, 2, 3 });
		assertArrayEquals(new byte[] { 1, 2, 3 }, Files.readAllBytes(target));
		assertEquals(List.of(target), list());
	}

	@Test
	void failingContentLeavesTargetUnchangedAndCleansUp() throws IOException {
		Path target = folder.resolve("figure.svg");
		AtomicFiles.writeString(target, "old");
		IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
			out.write("half of the new con".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		}));
		assertEquals("disk full", thrown.getMessage());
		assertEquals("old", Files.readString(target));
		assertEquals(List.of(target), list());
	}

	@Test
	void missingFolderIsReported() {
		assertThrows(NoSuchFileException.class,
				() -> AtomicFiles.writeString(folder.resolve("absent").resolve("x.txt"), "x"));
	}

	@Test
	void concurrentReaderSeesOnlyWholeVersions() throws Exception {
		Path target = folder.resolve("big.bin");
		byte[] a = new byte[200_000];
		byte[] b = new byte[300_000];
		Arrays.fill(a, (byte) 'a');
		Arrays.fill(b, (byte) 'b');
		AtomicFiles.write(target, a);
		AtomicReference<String> failure = new AtomicReference<>();
		Thread reader = new Thread(() -> {
			try {
				for (int i = 0; i < 200 && failure.get() == null; i++) {
					byte[] seen = Files.readAllBytes(target);
					if (!Arrays.equals(seen, a) && !Arrays.equals(seen, b)) {
						failure.set("read a partial file of " + seen.length + " bytes");
					}
				}
			} catch (IOException e) {
				failure.set(e.toString());
			}
		});
		reader.start();
		for (int i = 0; i < 20; i++) {
			AtomicFiles.write(target, i % 2 == 0 ? b : a);
		}
		reader.join();
		assertNull(failure.get());
		assertEquals(a.length, Files.size(target));
		assertEquals(List.of(target), list());
	}

	private List<Path> list() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.toList();
		}
	}
}
