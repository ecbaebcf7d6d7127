package org.spectralbias.math.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class TileBacklogTest {

	/** One call of the writer: the tile's first value, its coordinates and the array it went to. */
	private record Written(double first, int row, int column, double[] data) {
	}

	@Test
	void keepsCopiesUntilTheArrayExistsThenWritesThemFirstInOrder() {
		TileBacklog.Destination destination = new TileBacklog.Destination();
		List<Written> written = new ArrayList<>();
		TileBacklog backlog = new TileBacklog(destination, (v, r, c, d) -> written.add(new Written(v[0], r, c, d)));
		double[] buffer = { 1.0, 0.0 };
		backlog.write(buffer, 0, 0);
		buffer[0] = 2.0; // the worker reuses its buffer: the kept tile must be a copy
		backlog.write(buffer, 0, 1);
		assertEquals(2, backlog.kept());
		assertTrue(written.isEmpty(), "nothing is written before the array exists");

		double[] data = destination.allocate(4);
		buffer[0] = 3.0;
		backlog.write(buffer, 1, 1);
		assertEquals(List.of(new Written(1.0, 0, 0, data), new Written(2.0, 0, 1, data), new Written(3.0, 1, 1, data)),
				written);
		assertEquals(0, backlog.kept());
		backlog.finish();
		assertEquals(3, written.size(), "finish has nothing left to write");
	}

	@Test
	void finishWaitsForTheArray() throws InterruptedException {
		TileBacklog.Destination destination = new TileBacklog.Destination();
		List<double[]> targets = Collections.synchronizedList(new ArrayList<>());
		TileBacklog backlog = new TileBacklog(destination, (v, r, c, d) -> targets.add(d));
		backlog.write(new double[] { 5.0 }, 0, 0);
		double[][] allocated = new double[1][];
		Thread allocator = new Thread(() -> allocated[0] = destination.allocate(9));
		allocator.start();
		backlog.finish();
		allocator.join();
		assertEquals(1, targets.size());
		assertSame(allocated[0], targets.get(0));
	}

	@Test
	void aFullBacklogWaitsForTheArrayAndLosesNoTile() throws InterruptedException {
		TileBacklog.Destination destination = new TileBacklog.Destination();
		AtomicInteger writes = new AtomicInteger();
		TileBacklog backlog = new TileBacklog(destination, (v, r, c, d) -> {
			d[r] += v[0];
			writes.incrementAndGet();
		});
		for (int t = 0; t < TileBacklog.MAX_TILES; t++) {
			backlog.write(new double[] { 1.0 }, t % 3, 0);
		}
		assertEquals(TileBacklog.MAX_TILES, backlog.kept());
		CountDownLatch full = new CountDownLatch(1);
		Thread allocator = new Thread(() -> {
			try {
				full.await();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			destination.allocate(3);
		});
		allocator.start();
		full.countDown();
		backlog.write(new double[] { 1.0 }, 0, 0); // the limit is reached: waits for the allocator
		allocator.join();
		assertEquals(TileBacklog.MAX_TILES + 1, writes.get());
		// every tile adds 1 to its row: tile t went to row t % 3, the last one to row 0 (oracle: counting)
		double[] expected = new double[3];
		for (int t = 0; t < TileBacklog.MAX_TILES; t++) {
			expected[t % 3] += 1.0;
		}
		expected[0] += 1.0;
		assertArrayEquals(expected, destination.await());
	}

	@Test
	void aFailedAllocationReachesTheWaitingWorkers() {
		TileBacklog.Destination destination = new TileBacklog.Destination();
		TileBacklog backlog = new TileBacklog(destination, (v, r, c, d) -> d[0] = v[0]);
		backlog.write(new double[] { 1.0 }, 0, 0);
		assertThrows(NegativeArraySizeException.class, () -> destination.allocate(-1));
		IllegalStateException e = assertThrows(IllegalStateException.class, backlog::finish);
		assertTrue(e.getMessage().contains("could not be allocated"), e.getMessage());
		assertTrue(e.getCause() instanceof NegativeArraySizeException, String.valueOf(e.getCause()));
	}
}
