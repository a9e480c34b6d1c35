package com.fleetcommerce.systemtests;

import java.util.Arrays;
import java.util.Locale;

/** Latency samples in nanoseconds -> the percentiles a benchmark report quotes (nearest-rank). */
record Percentiles(int samples, double p50Ms, double p95Ms, double p99Ms, double maxMs) {

    static Percentiles of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double rank(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    String describe() {
        return String.format(Locale.ROOT, "n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms",
                samples, p50Ms, p95Ms, p99Ms, maxMs);
    }
}
