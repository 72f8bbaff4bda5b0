package org.attune.ui;

import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;

/**
 * How long the event thread was kept from running: every two milliseconds a probe thread posts a
 * task to the event queue and notes how late it ran. The longest lateness is the longest stall
 * a coder would feel (a key not answered, a frame not painted). For the window benchmark.
 */
final class EdtStallProbe implements AutoCloseable {

    private static final long PERIOD_NANOS = 2_000_000;

    private final List<Long> lateness = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    private EdtStallProbe() {
        thread = Thread.ofPlatform().daemon().name("edt-stall-probe").start(this::probe);
    }

    static EdtStallProbe start() {
        return new EdtStallProbe();
    }

    private void probe() {
        while (running) {
            long posted = System.nanoTime();
            java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
            SwingUtilities.invokeLater(() -> {
                long late = System.nanoTime() - posted;
                synchronized (lateness) {
                    lateness.add(late);
                }
                ran.countDown();
            });
            try {
                ran.await();
                long next = posted + PERIOD_NANOS - System.nanoTime();
                if (next > 0) {
                    Thread.sleep(next / 1_000_000, (int) (next % 1_000_000));
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Every probe's lateness, in nanoseconds. */
    List<Long> lateness() {
        synchronized (lateness) {
            return List.copyOf(lateness);
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
