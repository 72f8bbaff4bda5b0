package org.attune.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The peak heap use during a piece of work: a full collection first, then the peaks of the heap's
 * memory pools reset, and after the work their peaks summed.
 *
 * <p>The figure includes garbage not yet collected, and each pool's peak is taken on its own, so
 * the sum can exceed what was ever in use at one moment: it is an upper bound on the heap the work
 * needed, bounded in turn by {@code -Xmx}.
 */
public final class HeapPeak {

    private final List<MemoryPoolMXBean> pools;
    private final long usedAtStart;

    private HeapPeak(List<MemoryPoolMXBean> pools, long usedAtStart) {
        this.pools = pools;
        this.usedAtStart = usedAtStart;
    }

    /** Collects garbage, resets the heap pools' peaks and starts watching. */
    public static HeapPeak start() {
        System.gc();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
                .toList();
        long used = 0;
        for (MemoryPoolMXBean pool : pools) {
            used += pool.getUsage().getUsed();
            pool.resetPeakUsage();
        }
        return new HeapPeak(pools, used);
    }

    /** The heap in use right after the collection at the start: what was live before the work. */
    public long usedAtStartBytes() {
        return usedAtStart;
    }

    /** The sum of the heap pools' peak use since the start. */
    public long peakBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : pools) {
            peak += pool.getPeakUsage().getUsed();
        }
        return peak;
    }

    /** The most the heap may grow to ({@code -Xmx}), or -1 when it has no limit. */
    public static long maxBytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    }
}
