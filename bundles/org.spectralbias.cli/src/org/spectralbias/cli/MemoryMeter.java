package org.spectralbias.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;

/**
 * Peak Java heap use over a command: the peaks of the heap memory pools (young, survivor and old generations) since
 * {@link #start()}, summed. The pools may peak at different moments, so the sum is an upper bound of the true peak
 * (by at most the young generation's size).
 */
final class MemoryMeter {

	private final List<MemoryPoolMXBean> pools;

	private MemoryMeter(List<MemoryPoolMXBean> pools) {
		this.pools = pools;
	}

	/** @return a meter whose peaks start now */
	static MemoryMeter start() {
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid()).toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		return new MemoryMeter(heap);
	}

	/** @return the summed peak use of the heap pools since {@link #start()}, in bytes */
	long peakBytes() {
		long sum = 0;
		for (MemoryPoolMXBean pool : pools) {
			sum += pool.getPeakUsage().getUsed();
		}
		return sum;
	}

	/** @return the peak and the maximum heap, e.g. "1.92 GB (of 6.32 GB max)" */
	String peakText() {
		return text(peakBytes()) + " (of " + text(Runtime.getRuntime().maxMemory()) + " max)";
	}

	/** @return bytes in GB or MB, decimal units */
	static String text(long bytes) {
		return bytes >= 1_000_000_000L ? String.format(Locale.ROOT, "%.2f GB", bytes / 1e9)
				: String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
	}
}
