package org.playbook.benchmarks;

import java.util.Arrays;

/** Collects the durations of repeated runs of one operation and reports percentiles. */
final class Timings {
	private final String name;
	private final long[] nanos;
	private int count;

	Timings(String name, int capacity) {
		this.name = name;
		this.nanos = new long[capacity];
	}

	void time(ThrowingRunnable operation) throws Exception {
		long start = System.nanoTime();
		operation.run();
		nanos[count++] = System.nanoTime() - start;
	}

	void add(long elapsedNanos) {
		nanos[count++] = elapsedNanos;
	}

	double percentileMillis(double percentile) {
		long[] sorted = Arrays.copyOf(nanos, count);
		Arrays.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
	}

	String name() {
		return name;
	}

	@Override
	public String toString() {
		return String.format("%-34s p50 %8.2f ms   p90 %8.2f ms   (%d runs)", name, percentileMillis(50), percentileMillis(90), count);
	}

	interface ThrowingRunnable {
		void run() throws Exception;
	}
}
