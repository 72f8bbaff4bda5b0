package org.attune.ui;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.swing.SwingWorker;
import org.attune.model.AttuneException;
import org.attune.workbench.Progress;

/**
 * Long work (a search that builds the index, agreement, an import) off the event thread, with
 * the status bar's progress bar and a cancel button. Cancelling stops the work at its next
 * progress report; the result of cancelled work is dropped.
 */
final class BackgroundWork<T> extends SwingWorker<T, int[]> {

    private final String what;
    private final StatusBar bar;
    private final Function<Progress, T> work;
    private final Consumer<T> done;
    private volatile String item = "";
    private Consumer<Throwable> failure = e -> { };

    private BackgroundWork(String what, StatusBar bar, Function<Progress, T> work, Consumer<T> done) {
        this.what = what;
        this.bar = bar;
        this.work = work;
        this.done = done;
    }

    /** Starts work; {@code done} runs on the event thread with its result, unless it failed or was cancelled. */
    static <T> BackgroundWork<T> start(String what, StatusBar bar, Function<Progress, T> work, Consumer<T> done) {
        BackgroundWork<T> task = new BackgroundWork<>(what, bar, work, done);
        bar.progress.setIndeterminate(true);
        bar.progress.setString(what);
        bar.progress.setVisible(true);
        bar.cancel.setVisible(true);
        for (var l : bar.cancel.getActionListeners()) {
            bar.cancel.removeActionListener(l);
        }
        bar.cancel.addActionListener(e -> task.cancel(true));
        bar.show(Outcome.done(what + "…"));
        task.execute();
        return task;
    }

    /**
     * Waits, on the background thread, for work handed to the project's owner: a cancel interrupts
     * the wait (the owner's work itself stops at its next progress report).
     */
    static <T> T await(java.util.concurrent.CompletableFuture<T> work) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Also hears of a failure (after the status bar shows it), to explain it in place. */
    BackgroundWork<T> onFailure(Consumer<Throwable> handler) {
        this.failure = handler;
        return this;
    }

    @Override
    protected T doInBackground() {
        return work.apply((doneCount, total, current) -> {
            if (isCancelled()) {
                throw new CancellationException();
            }
            item = current;
            publish(new int[] {doneCount, total});
        });
    }

    @Override
    protected void process(List<int[]> chunks) {
        int[] last = chunks.getLast();
        if (last[1] > 0) {
            bar.progress.setIndeterminate(false);
            bar.progress.setMaximum(last[1]);
            bar.progress.setValue(last[0]);
        }
        bar.progress.setString(item == null || item.isEmpty() ? what : item);
    }

    @Override
    protected void done() {
        bar.progress.setVisible(false);
        bar.cancel.setVisible(false);
        if (isCancelled()) {
            bar.show(Outcome.refused(what + ": cancelled"));
            return;
        }
        try {
            T result = get();
            bar.show(Outcome.done(what + ": done"));
            done.accept(result);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CancellationException) {
                bar.show(Outcome.refused(what + ": cancelled"));
            } else if (cause instanceof AttuneException) {
                bar.show(Outcome.refused(cause.getMessage()));
            } else {
                bar.show(Outcome.refused(what + " failed: " + cause));
            }
            failure.accept(cause);
        }
    }
}
