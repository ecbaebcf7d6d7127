package org.spectralbias.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a reader sees either the old content or the complete new content, never a partial file: the
 * content goes to a hidden temporary file in the same folder, is forced to disk, and is then moved over the target
 * with {@link StandardCopyOption#ATOMIC_MOVE} (falling back to a plain replacing move where the file system cannot
 * move atomically). The temporary file is removed when anything fails. Temporary files are created with the
 * process's default permissions. Stateless and thread-safe; concurrent writers to one target each succeed, the last
 * move wins.
 */
public final class AtomicFiles {

	/**
	 * Produces the content of a file.
	 */
	@FunctionalInterface
	public interface Content {
		/**
		 * @param out where to write; closed by the caller
		 * @throws IOException when producing the content fails
		 */
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFiles() {
	}

	/**
	 * @param target the file to create or replace; its folder must exist
	 * @param bytes the new content
	 * @throws IOException when writing or moving fails (the target is then unchanged)
	 */
	public static void write(Path target, byte[] bytes) throws IOException {
		write(target, out -> out.write(bytes));
	}

	/**
	 * @param target the file to create or replace; its folder must exist
	 * @param text the new content, written as UTF-8
	 * @throws IOException when writing or moving fails (the target is then unchanged)
	 */
	public static void writeString(Path target, CharSequence text) throws IOException {
		write(target, text.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @param target the file to create or replace; its folder must exist
	 * @param content writes the new content
	 * @throws IOException when writing or moving fails (the target is then unchanged)
	 */
	public static void write(Path target, Content content) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path folder = absolute.getParent();
		String name = absolute.getFileName().toString();
		Path temporary = folder.resolve(
				"." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE)) {
				OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			try {
				Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
		} catch (IOException | RuntimeException | Error e) {
			try {
				Files.deleteIfExists(temporary);
			} catch (IOException suppressed) {
				e.addSuppressed(suppressed);
			}
			throw e;
		}
	}
}
