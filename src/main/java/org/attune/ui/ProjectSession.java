package org.attune.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.swing.SwingUtilities;
import org.attune.model.AttuneException;
import org.attune.model.Code;
import org.attune.model.Codebook;
import org.attune.model.Coding;
import org.attune.model.Transcript;
import org.attune.workbench.Workbench;

/**
 * The project open in a window, and the one owner of its workbench: a thread of its own
 * ("attune-project") that makes every change and every quick read, one after the other, so
 * that the event thread never waits for the project. After each action the owner publishes a
 * {@link SessionView}, an immutable snapshot that painting and keys read; listeners hear of it
 * on the event thread, in the order the actions were done.
 *
 * <p>Long reading work (a search that builds the index, agreement, tables, exports) does not
 * queue here: it runs on a {@link #reader()} of its own, in the background, while the coder goes
 * on coding. Long writing work (an import, a merge) runs here, reporting progress, so that the
 * keys pressed meanwhile are saved after it, in order, and none is lost.
 */
final class ProjectSession implements AutoCloseable {

    private final Workbench workbench;
    private final Path path;
    private final ExecutorService owner;
    private volatile Thread ownerThread;
    private final List<Consumer<SessionView>> listeners = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    /** Owner thread only. */
    private SessionModel model;
    private volatile SessionView latest;
    /** Event thread only: the snapshot the listeners were last given. */
    private SessionView shown;

    ProjectSession(Workbench workbench, String coder) {
        this.workbench = workbench;
        this.path = workbench.path();
        this.latest = SessionView.empty(path, coder);
        this.shown = latest;
        this.owner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "attune-project");
            ownerThread = t;
            return t;
        });
        // The first reads happen on the owner too: the window opens at once and fills as they arrive.
        perform(m -> Outcome.done("")).join();
    }

    /** The project file. */
    Path path() {
        return path;
    }

    /**
     * The snapshot to show: on the event thread the one the listeners were last given (so that
     * what is painted and what the panels laid out agree); elsewhere the latest.
     */
    SessionView view() {
        return SwingUtilities.isEventDispatchThread() ? shown : latest;
    }

    /** Hears of every new snapshot, on the event thread. */
    void onChange(Consumer<SessionView> listener) {
        listeners.add(listener);
    }

    /**
     * Runs an action on the owner thread and publishes what it did; a refusal of the core's comes
     * back as the outcome to show, never as an exception.
     */
    CompletableFuture<Outcome> perform(Function<SessionModel, Outcome> action) {
        return CompletableFuture.supplyAsync(() -> {
            if (model == null) {
                model = new SessionModel(workbench, latest.coder());
            }
            Outcome outcome;
            try {
                outcome = action.apply(model);
            } catch (AttuneException e) {
                outcome = Outcome.refused(e.getMessage());
            } catch (RuntimeException e) {
                // The model may be behind the file now: read everything again rather than show a guess.
                safeReload();
                outcome = Outcome.refused("failed: " + e);
            }
            publish(model.view());
            return outcome;
        }, owner);
    }

    /**
     * A quick call on the owner thread, publishing nothing: a read, or a write the open transcript
     * does not show (a saved query, the pseudonym list).
     */
    <T> CompletableFuture<T> call(Function<Workbench, T> query) {
        return CompletableFuture.supplyAsync(() -> query.apply(workbench), owner);
    }

    /**
     * Work that changes the project (an import, a merge, starting consensus) on the owner thread;
     * afterwards the model reads the project again and the screen follows.
     */
    <T> CompletableFuture<T> change(Function<Workbench, T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.apply(workbench);
            } finally {
                safeReload();
                publish(model.view());
            }
        }, owner);
    }

    /**
     * A read-only workbench on the project, for long reading work on another thread; the caller
     * closes it. Safe to call from any thread.
     */
    Workbench reader() {
        return Workbench.openReadOnly(path);
    }

    /** Waits until every action asked for so far is done and its snapshot delivered: for tests. */
    void awaitIdle() {
        if (owner.isShutdown()) {
            // Closed (the window was disposed): idle once the owner has finished what it was given.
            try {
                owner.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        try {
            call(w -> null).join();
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // Closed while we asked: as above.
            awaitIdle();
            return;
        }
        if (!SwingUtilities.isEventDispatchThread()) {
            try {
                SwingUtilities.invokeAndWait(() -> { });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    boolean onOwnerThread() {
        return Thread.currentThread() == ownerThread;
    }

    private void safeReload() {
        try {
            if (model == null) {
                model = new SessionModel(workbench, latest.coder());
            } else {
                model.reload();
            }
        } catch (RuntimeException ignored) {
            // the file cannot be read now: the last snapshot stays on screen, and the next action says why
        }
    }

    private void publish(SessionView view) {
        latest = view;
        SwingUtilities.invokeLater(() -> {
            if (view.version() < shown.version()) {
                return;
            }
            shown = view;
            for (Consumer<SessionView> l : listeners) {
                l.accept(view);
            }
        });
    }

    // ---- the snapshot's parts, as the panels read them

    String coder() {
        return view().coder();
    }

    java.util.Optional<Transcript> transcript() {
        return view().openTranscript();
    }

    java.util.Optional<Codebook> codebook() {
        return view().codebookIfAny();
    }

    long codingsOf(String codeId) {
        return view().codingsOf(codeId);
    }

    boolean blind() {
        return view().blind();
    }

    String comparedWith() {
        return view().comparedWith();
    }

    List<Coding> mine(int turn) {
        return view().mine(turn);
    }

    List<Coding> theirs(int turn) {
        return view().theirs(turn);
    }

    List<String> coders() {
        return view().coders();
    }

    String name(String codeId) {
        return view().name(codeId);
    }

    java.util.Optional<Code> code(String codeId) {
        return view().code(codeId);
    }

    /** The memos on the open transcript the coder may see, by turn. */
    List<Coding> visibleCodings() {
        return view().codings().all();
    }

    /**
     * Closes the project after every action asked for is saved: nothing the coder did is lost by
     * closing the window.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            CompletableFuture<Void> closing = CompletableFuture.runAsync(() -> {
                if (model != null) {
                    model.close();
                } else {
                    workbench.close();
                }
            }, owner);
            owner.shutdown();
            closing.exceptionally(e -> null).join();
        }
        try {
            owner.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
