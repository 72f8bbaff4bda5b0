package org.attune.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a piece of work several times, each on a fresh set-up: warm-up runs first (not counted, so
 * that the JIT has compiled the hot paths), then measured runs timed with {@link System#nanoTime}
 * and watched with {@link HeapPeak} and {@link CollectionPauses}. Set-up, checks and clean-up are outside the timing.
 */
public final class Trials {

    /** Makes the fresh set-up of one run. */
    @FunctionalInterface
    public interface Trial {
        Run prepare() throws Exception;
    }

    /** One prepared run. */
    public interface Run {

        /** The work timed. */
        void run() throws Exception;

        /** Checks what the run did, after the timing; throws when it went wrong. */
        default void check() throws Exception {
        }

        /** Cleans up after the run, outside the timing, whether it went well or not. */
        default void cleanUp() throws Exception {
        }
    }

    /** One measured run: its time and the heap it took. */
    public record Sample(long nanos, long peakHeapBytes, long heapBeforeBytes, long collectionPauseMillis) {
    }

    /** The measured runs of one piece of work. */
    public record Measurement(List<Sample> samples) {

        public Measurement {
            samples = List.copyOf(samples);
            if (samples.isEmpty()) {
                throw new IllegalArgumentException("a measurement needs at least one run");
            }
        }

        public long medianNanos() {
            long[] sorted = samples.stream().mapToLong(Sample::nanos).sorted().toArray();
            int middle = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }

        public double medianMillis() {
            return medianNanos() / 1e6;
        }

        public double minMillis() {
            return samples.stream().mapToLong(Sample::nanos).min().orElseThrow() / 1e6;
        }

        public double maxMillis() {
            return samples.stream().mapToLong(Sample::nanos).max().orElseThrow() / 1e6;
        }

        /** Items per second at the median time. */
        public double perSecond(long items) {
            return items / (medianNanos() / 1e9);
        }

        /** The largest heap peak of the runs. */
        public long maxPeakHeapBytes() {
            return samples.stream().mapToLong(Sample::peakHeapBytes).max().orElseThrow();
        }

        /** The median of the runs' collection pauses. */
        public long medianCollectionPauseMillis() {
            long[] sorted = samples.stream().mapToLong(Sample::collectionPauseMillis).sorted().toArray();
            int middle = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }

        /** The heap live before the runs (the largest of them). */
        public long heapBeforeBytes() {
            return samples.stream().mapToLong(Sample::heapBeforeBytes).max().orElseThrow();
        }
    }

    private Trials() {
    }

    public static Measurement measure(int warmups, int runs, Trial trial) throws Exception {
        for (int i = 0; i < warmups; i++) {
            once(trial);
        }
        List<Sample> samples = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            samples.add(once(trial));
        }
        return new Measurement(samples);
    }

    private static Sample once(Trial trial) throws Exception {
        Run run = trial.prepare();
        try {
            HeapPeak heap = HeapPeak.start();
            CollectionPauses pauses = CollectionPauses.start();
            long start = System.nanoTime();
            run.run();
            long nanos = System.nanoTime() - start;
            long pauseMillis = pauses.millisSinceStart();
            long peak = heap.peakBytes();
            run.check();
            return new Sample(nanos, peak, heap.usedAtStartBytes(), pauseMillis);
        } finally {
            run.cleanUp();
        }
    }
}
