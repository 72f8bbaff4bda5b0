package org.attune.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.attune.model.Turn;

/**
 * Hands turns from the thread that reads a file to the thread that stores them, in batches, so the
 * two overlap. Bounded, so a fast reader waits for a slow disk rather than filling the memory.
 */
final class TurnPipe implements Consumer<Turn> {

    private static final int BATCH = 500;
    private static final int BATCHES_IN_FLIGHT = 8;
    private static final List<Turn> END = List.of();

    private final BlockingQueue<List<Turn>> queue = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);
    private List<Turn> batch = new ArrayList<>(BATCH);
    private volatile boolean abandoned;

    /** On the reading thread: one more turn. */
    @Override
    public void accept(Turn turn) {
        batch.add(turn);
        if (batch.size() == BATCH) {
            put(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** On the reading thread, when reading ends, well or not: no more turns. */
    void close() {
        if (!batch.isEmpty()) {
            put(batch);
        }
        put(END);
    }

    /** On the storing thread: hands every batch to {@code store} until the reader closes the pipe. */
    void drainTo(Consumer<List<Turn>> store) throws InterruptedException {
        while (true) {
            List<Turn> next = queue.take();
            if (next == END) {
                return;
            }
            store.accept(next);
        }
    }

    /** On the storing thread, when storing failed: lets a waiting reader stop. */
    void abandon() {
        abandoned = true;
        queue.clear();
    }

    private void put(List<Turn> turns) {
        try {
            while (!queue.offer(turns, 50, TimeUnit.MILLISECONDS)) {
                if (abandoned) {
                    throw new CancellationException("storing the turns failed");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }
}
