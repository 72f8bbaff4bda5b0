package org.attune.bench;

import java.util.Arrays;
import java.util.List;

/**
 * The times of many runs of a question, and their percentiles by the nearest-rank method: the
 * p-th percentile is the smallest time that at least p% of the runs took no longer than.
 */
record Latencies(long[] sortedNanos) {

    Latencies {
        if (sortedNanos.length == 0) {
            throw new IllegalArgumentException("no runs");
        }
        sortedNanos = sortedNanos.clone();
        Arrays.sort(sortedNanos);
    }

    static Latencies of(List<Long> nanos) {
        return new Latencies(nanos.stream().mapToLong(Long::longValue).toArray());
    }

    int runs() {
        return sortedNanos.length;
    }

    double percentileMillis(double p) {
        int rank = (int) Math.ceil(p / 100 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length, rank) - 1)] / 1e6;
    }

    double p50() {
        return percentileMillis(50);
    }

    double p95() {
        return percentileMillis(95);
    }

    double p99() {
        return percentileMillis(99);
    }

    double maxMillis() {
        return sortedNanos[sortedNanos.length - 1] / 1e6;
    }

    double minMillis() {
        return sortedNanos[0] / 1e6;
    }
}
