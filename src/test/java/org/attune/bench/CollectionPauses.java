package org.attune.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The time the garbage collector spent in its collections during a piece of work, as the
 * collectors' beans count it. Beans that count concurrent cycles (G1's "Concurrent GC", ZGC's
 * "Cycles") are left out: their time runs beside the program rather than stopping it.
 */
public final class CollectionPauses {

    private final List<GarbageCollectorMXBean> collectors;
    private final long millisAtStart;

    private CollectionPauses(List<GarbageCollectorMXBean> collectors) {
        this.collectors = collectors;
        this.millisAtStart = total(collectors);
    }

    public static CollectionPauses start() {
        return new CollectionPauses(ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(bean -> !bean.getName().contains("Concurrent") && !bean.getName().contains("Cycles"))
                .toList());
    }

    public long millisSinceStart() {
        return total(collectors) - millisAtStart;
    }

    private static long total(List<GarbageCollectorMXBean> collectors) {
        long millis = 0;
        for (GarbageCollectorMXBean collector : collectors) {
            millis += Math.max(0, collector.getCollectionTime());
        }
        return millis;
    }
}
