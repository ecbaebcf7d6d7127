package org.spectralbias.math.linalg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One worker's path from a computed tile of a Gram matrix to the n² result array, for computations that let the
 * workers start before that array exists. Allocating the array zeroes it on one thread (about 6 ms for n = 4000 on
 * the build machine, a quarter of the vector path's time) while the other cores would wait; with a backlog the
 * calling thread allocates ({@link Destination#allocate}) while the helper threads already compute tiles, which are
 * kept (copied) here until the array exists, then written by the worker's own {@link TileWriter}.
 * <p>
 * At most {@value #MAX_TILES} tiles are kept; a worker that reaches the limit waits for the array. A worker calls
 * {@link #finish} after its last tile. The values written do not depend on whether a tile was kept first, so results
 * stay bit-identical for any number of threads. Thread safety: one backlog per worker thread; the
 * {@link Destination} is shared.
 */
final class TileBacklog {

	/**
	 * Tiles kept at most before a worker waits for the array: 1024 tiles of 64 × 64 doubles = 32 MB, a quarter of
	 * the n = 4000 matrix. The Vector API path computes about 600 tiles while that matrix is zeroed; a limit of 64,
	 * 256, 512, 1024 tiles gave 25.9, 24.7, 23.4, 23.1 ms per matrix in a timed harness (docs/performance.md).
	 */
	static final int MAX_TILES = 1024;

	/** Writes a tile's values to the result array (its rows and, for the upper triangle, its mirror image). */
	@FunctionalInterface
	interface TileWriter {
		/**
		 * @param values the tile, laid out as the computation produced it
		 * @param row    the tile's first row (or its row index: whatever the writer needs)
		 * @param column the tile's first column (or its column index)
		 * @param data   the result array
		 */
		void write(double[] values, int row, int column, double[] data);
	}

	/**
	 * The result array, allocated by one thread and awaited by the others; a failed allocation (out of memory) is
	 * rethrown to every worker that waits, so none of them waits for ever.
	 */
	static final class Destination {
		private final CompletableFuture<double[]> array = new CompletableFuture<>();

		/**
		 * Allocates the array (zeroed, as Java does) and hands it to the workers.
		 *
		 * @param length the number of entries
		 * @return the array
		 * @throws OutOfMemoryError when it does not fit; the waiting workers then fail too
		 */
		double[] allocate(int length) {
			try {
				double[] data = new double[length];
				array.complete(data);
				return data;
			} catch (RuntimeException | Error e) {
				array.completeExceptionally(e);
				throw e;
			}
		}

		/** @return the array, or null while it is being allocated */
		double[] now() {
			return array.isDone() ? await() : null;
		}

		/** @return the array, waiting for it if needed */
		double[] await() {
			try {
				return array.join();
			} catch (CompletionException e) {
				throw new IllegalStateException("the Gram matrix's array could not be allocated: " + e.getCause(),
						e.getCause());
			}
		}
	}

	private record Kept(double[] values, int row, int column) {
	}

	private final Destination destination;
	private final TileWriter writer;
	private final List<Kept> kept = new ArrayList<>();

	/**
	 * @param destination the shared result array
	 * @param writer      how this worker writes a tile
	 */
	TileBacklog(Destination destination, TileWriter writer) {
		this.destination = Objects.requireNonNull(destination, "destination");
		this.writer = Objects.requireNonNull(writer, "writer");
	}

	/**
	 * Writes the tile now if the array exists (after the kept ones), else keeps a copy of it; waits for the array
	 * when {@value #MAX_TILES} tiles are kept. The caller may reuse {@code values} afterwards.
	 */
	void write(double[] values, int row, int column) {
		double[] data = destination.now();
		if (data == null && kept.size() < MAX_TILES) {
			kept.add(new Kept(values.clone(), row, column));
			return;
		}
		if (data == null) {
			data = destination.await();
		}
		flush(data);
		writer.write(values, row, column, data);
	}

	/** Writes the kept tiles, waiting for the array if any are kept. Call once the worker has no tiles left. */
	void finish() {
		if (!kept.isEmpty()) {
			flush(destination.await());
		}
	}

	/** @return the number of tiles kept and not yet written */
	int kept() {
		return kept.size();
	}

	private void flush(double[] data) {
		for (Kept tile : kept) {
			writer.write(tile.values, tile.row, tile.column, data);
		}
		kept.clear();
	}
}
