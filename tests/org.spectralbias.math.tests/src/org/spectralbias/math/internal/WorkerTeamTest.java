package org.spectralbias.math.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.junit.jupiter.api.Test;

class WorkerTeamTest {

	@Test
	void everyTaskRunsOnceAndTheCallerTakesTasksOnlyAfterItsFirstJob() {
		int tasks = 500;
		AtomicIntegerArray runs = new AtomicIntegerArray(tasks);
		AtomicInteger callerTasksBeforeFirstJob = new AtomicInteger();
		boolean[] firstJobDone = { false };
		Thread caller = Thread.currentThread();
		try (WorkerTeam team = new WorkerTeam(3, "test-worker")) {
			team.run(tasks, () -> firstJobDone[0] = true, (worker, t) -> {
				runs.incrementAndGet(t);
				assertTrue(worker >= 0 && worker < 3, "worker index " + worker);
				assertEquals(worker == 0, Thread.currentThread() == caller, "worker 0 is the calling thread");
				if (worker == 0 && !firstJobDone[0]) {
					callerTasksBeforeFirstJob.incrementAndGet();
				}
			});
		}
		for (int t = 0; t < tasks; t++) {
			assertEquals(1, runs.get(t), "task " + t);
		}
		assertEquals(0, callerTasksBeforeFirstJob.get());
	}

	@Test
	void oneThreadRunsTheFirstJobThenTheTasksInOrder() {
		StringBuilder order = new StringBuilder();
		try (WorkerTeam team = new WorkerTeam(1, "test-worker")) {
			team.run(3, () -> order.append('A'), (worker, t) -> order.append(worker).append(t));
		}
		assertEquals("A000102", order.toString());
	}

	@Test
	void eachThreadGetsItsOwnScratchForEachRun() {
		Set<Object> scratches = ConcurrentHashMap.newKeySet();
		AtomicInteger made = new AtomicInteger();
		try (WorkerTeam team = new WorkerTeam(2, "test-worker")) {
			for (int run = 0; run < 3; run++) {
				Map<Thread, Object> byThread = new ConcurrentHashMap<>();
				team.forEach(200, () -> {
					made.incrementAndGet();
					return new Object();
				}, (t, scratch) -> {
					Object before = byThread.putIfAbsent(Thread.currentThread(), scratch);
					assertTrue(before == null || before == scratch, "one scratch per thread and run");
					scratches.add(scratch);
				});
				assertTrue(byThread.size() >= 1 && byThread.size() <= 2, byThread.toString());
			}
		}
		assertEquals(made.get(), scratches.size(), "every scratch made was used, none shared between runs");
		assertTrue(made.get() >= 3 && made.get() <= 6, "1–2 per run: " + made.get());
	}

	@Test
	void aClosedTeamRefusesToRun() {
		WorkerTeam team = new WorkerTeam(2, "test-worker");
		team.run(4, t -> {
		});
		team.close();
		IllegalStateException e = assertThrows(IllegalStateException.class, () -> team.run(4, t -> {
		}));
		assertTrue(e.getMessage().contains("closed"), e.getMessage());
	}

	@Test
	void aFailingFirstJobStopsTheHelpersAndIsRethrown() {
		// the helpers would need 10 000 × 1 ms without the stop; the first job fails once a helper has started
		int tasks = 10_000;
		AtomicInteger ran = new AtomicInteger();
		CountDownLatch helperStarted = new CountDownLatch(1);
		IllegalStateException failure = new IllegalStateException("allocation failed");
		try (WorkerTeam team = new WorkerTeam(2, "test-worker")) {
			IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> team.run(tasks, () -> {
				try {
					helperStarted.await();
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				throw failure;
			}, (worker, t) -> {
				ran.incrementAndGet();
				helperStarted.countDown();
				try {
					Thread.sleep(1);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}));
			assertSame(failure, thrown);
		}
		assertTrue(ran.get() < 100, "the helper stopped taking tasks after " + ran.get());
	}
}
