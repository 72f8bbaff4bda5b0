/**
 * Benchmarks: programs, not tests, that measure Attune on generated data that looks like real
 * sessions and write their figures, next to a baseline measured in the same run, to
 * {@code docs/benchmarks.md}. Run them with {@code ./mvnw -B -Pbench -DskipTests verify}; each
 * runs in a JVM of its own with {@code -Xmx1g}.
 *
 * <p>The pieces every benchmark needs are here too: {@link org.attune.bench.BenchmarkReport}
 * (a benchmark's own section of the document), {@link org.attune.bench.MachineDescription},
 * {@link org.attune.bench.HeapPeak}, {@link org.attune.bench.Trials} (warm-up, repeated runs,
 * median) and {@link org.attune.bench.MarkdownTable}.
 */
package org.attune.bench;
