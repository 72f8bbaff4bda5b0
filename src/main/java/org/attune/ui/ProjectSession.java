package org.attune.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.attune.model.AttuneException;
import org.attune.model.Code;
import org.attune.model.Codebook;
import org.attune.model.Coding;
import org.attune.model.Span;
import org.attune.model.Transcript;
import org.attune.workbench.CodingChange;
import org.attune.workbench.CurrentCodebook;
import org.attune.workbench.Workbench;

/**
 * The project open in a window: who is coding, which transcript is shown and its codings, and
 * the actions on them. Every action goes to the workbench (which saves and indexes it) before
 * this says it is done; the screen is then drawn from what was saved. Needs no frame, so its
 * logic is tested headless.
 *
 * <p>The workbench is not thread-safe: every use of it, here or from background work through
 * {@link #withWorkbench}, holds this session's lock.
 */
final class ProjectSession implements AutoCloseable {

    private final Workbench workbench;
    private final CodingHistory history = new CodingHistory();
    private final List<Consumer<Boolean>> listeners = new ArrayList<>();
    private CurrentCodebook codebook;
    /** How many codings each code has in the project, kept in step with each action instead of counted again. */
    private final Map<String, Long> counts = new HashMap<>();
    private String coder;
    private String compareWith;
    private Transcript transcript;
    private List<Coding> codings = List.of();
    private TurnCodings mine = TurnCodings.NONE;
    private TurnCodings theirs = TurnCodings.NONE;
    /** Whether the coder codes the open transcript blind; asked of the workbench when either changes. */
    private boolean blind;

    ProjectSession(Workbench workbench, String coder) {
        this.workbench = workbench;
        this.coder = coder;
        this.codebook = workbench.codebook().orElse(null);
        resetCounts();
    }

    private void resetCounts() {
        counts.clear();
        if (codebook != null) {
            codebook.codebook().codes().forEach(c -> counts.put(c.id(), codebook.codingsOf(c.id())));
        }
    }

    /** Runs work on the workbench under the session's lock: for background work. */
    synchronized <T> T withWorkbench(Function<Workbench, T> work) {
        return work.apply(workbench);
    }

    /** Hears of every change: with true when the codebook (or everything) may have changed, false for codings only. */
    void onChange(Consumer<Boolean> listener) {
        listeners.add(listener);
    }

    private void changed() {
        listeners.forEach(l -> l.accept(true));
    }

    private void codingsChanged() {
        listeners.forEach(l -> l.accept(false));
    }

    synchronized String coder() {
        return coder;
    }

    /** Codes as someone else from now on; a name not yet in the project becomes a coder with their first coding. */
    synchronized void coder(String name) {
        if (name == null || name.isBlank()) {
            throw new AttuneException("a coder needs a name");
        }
        coder = name.strip();
        if (coder.equals(compareWith)) {
            compareWith = null;
        }
        reloadCodings();
        changed();
    }

    synchronized Optional<Transcript> transcript() {
        return Optional.ofNullable(transcript);
    }

    synchronized Optional<Codebook> codebook() {
        return Optional.ofNullable(codebook).map(CurrentCodebook::codebook);
    }

    /** How many codings each code has in the whole project. */
    synchronized long codingsOf(String codeId) {
        return counts.getOrDefault(codeId, 0L);
    }

    synchronized void open(String transcriptName) {
        transcript = workbench.transcript(transcriptName);
        reloadCodings();
        changed();
    }

    /** Whether the coder must not see the others' codings of the open transcript (a blind round). */
    synchronized boolean blind() {
        return blind;
    }

    /** The coder whose stripes are shown beside the coder's own, or null. */
    synchronized String comparedWith() {
        return compareWith;
    }

    /** Shows another coder's stripes beside the coder's own, unless the coder codes blind here; null stops. */
    synchronized Outcome compareWith(String other) {
        if (other != null && blind()) {
            return Outcome.refused("a blind round: " + coder + " does not see the other coders' codings of "
                    + transcript.name());
        }
        compareWith = other == null || other.equals(coder) ? null : other;
        reloadCodings();
        changed();
        return Outcome.done(compareWith == null ? "showing " + coder + "'s codings" : "comparing " + coder + " with " + compareWith);
    }

    /** The coder's own codings by turn. */
    synchronized TurnCodings mine() {
        return mine;
    }

    /** The compared coder's codings by turn; none when not comparing. */
    synchronized TurnCodings theirs() {
        return theirs;
    }

    /** Everyone's codings of the open transcript, for the memos list; the coder's own only in a blind round. */
    synchronized List<Coding> visibleCodings() {
        if (blind()) {
            return codings.stream().filter(c -> c.coder().equals(coder)).toList();
        }
        return codings;
    }

    synchronized List<String> coders() {
        List<String> names = new ArrayList<>(workbench.coders().stream().map(c -> c.name()).toList());
        if (!names.contains(coder)) {
            names.add(coder);
        }
        return names;
    }

    /**
     * Applies a code for the coder on a span of the open transcript, replacing their other code of an
     * exclusive group there; the core's rules (roles, levels) refuse with a message.
     */
    synchronized Outcome apply(Code code, Span span, BigDecimal value, String memo) {
        Transcript t = requireTranscript();
        Coding before = mine.on(span.startTurn()).stream()
                .filter(c -> c.codeId().equals(code.id()) && c.span().equals(span)).findFirst().orElse(null);
        CodingChange change;
        try {
            change = workbench.applyCode(coder, t.name(), code.id(), span, value, memo);
        } catch (AttuneException e) {
            return Outcome.refused(e.getMessage());
        }
        String what = code.name() + (value == null ? "" : " " + value.toPlainString()) + " on turn " + span.startTurn()
                + (change.replaced().isEmpty() ? "" : " (instead of " + names(change.replaced()) + ")");
        history.done(new CodingEdit.Applied(change.coding(), before, change.replaced(), what));
        // What was saved is known: the screen follows it without reading the transcript's codings again.
        List<Coding> now = new ArrayList<>(codings);
        now.removeIf(c -> c.sameAs(change.coding()) || change.replaced().stream().anyMatch(c::sameAs));
        now.add(change.coding());
        if (before == null) {
            counts.merge(code.id(), 1L, Long::sum);
        }
        change.replaced().forEach(r -> counts.merge(r.codeId(), -1L, Long::sum));
        showCodings(now);
        return Outcome.done((before == null ? "applied " : "changed ") + what);
    }

    /** Removes one of the coder's codings. */
    synchronized Outcome remove(Coding coding) {
        Transcript t = requireTranscript();
        boolean removed;
        try {
            removed = workbench.removeCode(coder, t.name(), coding.codeId(), coding.span());
        } catch (AttuneException e) {
            return Outcome.refused(e.getMessage());
        }
        if (!removed) {
            return Outcome.refused("that coding was not there any more");
        }
        String what = name(coding.codeId()) + " on turn " + coding.span().startTurn();
        history.done(new CodingEdit.Removed(coding, what));
        List<Coding> now = new ArrayList<>(codings);
        now.removeIf(c -> c.sameAs(coding));
        counts.merge(coding.codeId(), -1L, Long::sum);
        showCodings(now);
        return Outcome.done("removed " + what);
    }

    /**
     * Changes the codebook through the workbench (a new version); with an inverse, the change can
     * be undone like a coding. Refusals (a key taken, codings that would break) come back as the line to show.
     */
    synchronized Outcome editCodebook(String label, Consumer<Workbench> change, Consumer<Workbench> inverse) {
        try {
            change.accept(workbench);
        } catch (AttuneException e) {
            return Outcome.refused(e.getMessage());
        }
        if (inverse != null) {
            history.done(new CodingEdit.CodebookEdited(label, change, inverse));
        }
        reload();
        return Outcome.done(label + (inverse == null ? " (the codebook's history keeps the version before)" : ""));
    }

    synchronized Outcome undo() {
        Optional<CodingEdit> edit = history.nextUndo();
        if (edit.isEmpty()) {
            return Outcome.refused("nothing to undo");
        }
        try {
            edit.get().undo(workbench);
        } catch (AttuneException e) {
            refreshAfterEdit();
            return Outcome.refused("cannot undo: " + e.getMessage());
        }
        history.undone();
        refreshAfterEdit();
        return Outcome.done("undone: " + edit.get().label());
    }

    synchronized Outcome redo() {
        Optional<CodingEdit> edit = history.nextRedo();
        if (edit.isEmpty()) {
            return Outcome.refused("nothing to redo");
        }
        try {
            edit.get().redo(workbench);
        } catch (AttuneException e) {
            refreshAfterEdit();
            return Outcome.refused("cannot redo: " + e.getMessage());
        }
        history.redone();
        refreshAfterEdit();
        return Outcome.done("redone: " + edit.get().label());
    }

    /** The turn the next undo would go back to, for the window to show it. */
    synchronized Optional<Integer> undoTurn() {
        return history.nextUndo().map(CodingEdit::turn).filter(t -> t > 0);
    }

    synchronized Optional<Integer> redoTurn() {
        return history.nextRedo().map(CodingEdit::turn).filter(t -> t > 0);
    }

    /** Re-reads the codebook and codings, after the codebook changed or work in the background. */
    synchronized void reload() {
        codebook = workbench.codebook().orElse(null);
        resetCounts();
        if (transcript != null) {
            transcript = workbench.transcript(transcript.name());
        }
        reloadCodings();
        changed();
    }

    /** After undo or redo, which may touch several codings: everything read again. */
    private void refreshAfterEdit() {
        codebook = workbench.codebook().orElse(null);
        resetCounts();
        reloadCodings();
        changed();
    }

    private void showCodings(List<Coding> now) {
        codings = List.copyOf(now);
        int turns = transcript.turns().size();
        mine = TurnCodings.of(codings, coder, turns);
        theirs = compareWith == null || blind ? TurnCodings.NONE : TurnCodings.of(codings, compareWith, turns);
        codingsChanged();
    }

    private void reloadCodings() {
        blind = transcript != null && workbench.codesBlind(coder, transcript.name());
        if (transcript == null) {
            codings = List.of();
            mine = TurnCodings.NONE;
            theirs = TurnCodings.NONE;
            return;
        }
        codings = workbench.codings(transcript.name());
        int turns = transcript.turns().size();
        mine = TurnCodings.of(codings, coder, turns);
        theirs = compareWith == null || blind() ? TurnCodings.NONE : TurnCodings.of(codings, compareWith, turns);
    }

    private Transcript requireTranscript() {
        if (transcript == null) {
            throw new IllegalStateException("no transcript is open");
        }
        return transcript;
    }

    String name(String codeId) {
        return codebook().flatMap(c -> c.code(codeId)).map(Code::name).orElse(codeId);
    }

    private String names(List<Coding> codings) {
        return String.join(", ", codings.stream().map(c -> name(c.codeId())).distinct().toList());
    }

    @Override
    public synchronized void close() {
        workbench.close();
    }
}
