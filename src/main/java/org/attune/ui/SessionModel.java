package org.attune.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.attune.model.AttuneException;
import org.attune.model.Code;
import org.attune.model.Codebook;
import org.attune.model.Coding;
import org.attune.model.ScaleLevel;
import org.attune.model.Span;
import org.attune.model.Transcript;
import org.attune.workbench.CodingChange;
import org.attune.workbench.CurrentCodebook;
import org.attune.workbench.Workbench;

/**
 * The open project as the window's owner thread holds it: who is coding, the open transcript and
 * its codings, the undo history, and every action on them. Only the owner thread touches it (see
 * {@link ProjectSession}); each action goes to the workbench, which saves and indexes it, before
 * the model follows what was saved, and {@link #view} then makes the snapshot the screen shows.
 *
 * <p>What a key means is decided here, against what is saved, not against the snapshot the key
 * was pressed on: pressing a code's key twice quickly takes it off again even if the screen had
 * not caught up in between.
 */
final class SessionModel {

    private final Workbench workbench;
    private final CodingHistory history = new CodingHistory();
    private CurrentCodebook codebook;
    private Map<String, Long> counts = Map.of();
    private String coder;
    private String compareWith;
    private Transcript transcript;
    private TurnCodings codings = TurnCodings.NONE;
    private boolean blind;
    private boolean done;
    private List<String> coders = List.of();
    private int coded;
    private BitSet disagreements = new BitSet();
    private BitSet changed;
    /** The turns the coder has coded: the owner's own record, never published, from which {@link #coded} follows. */
    private final BitSet codedTurns = new BitSet();
    private long version;

    SessionModel(Workbench workbench, String coder) {
        this.workbench = workbench;
        this.coder = coder;
        reload();
    }

    Workbench workbench() {
        return workbench;
    }

    /** The snapshot of the model now, for the screen. */
    SessionView view() {
        SessionView view = new SessionView(++version, workbench.path(), coder, blind ? null : compareWith, transcript,
                codebook == null ? null : codebook.codebook(), counts, codings, blind, done, coders, coded, disagreements,
                changed, history.nextUndo().map(CodingEdit::label).orElse(null),
                history.nextRedo().map(CodingEdit::label).orElse(null));
        changed = null;
        return view;
    }

    String coder() {
        return coder;
    }

    Optional<Transcript> transcript() {
        return Optional.ofNullable(transcript);
    }

    Optional<Codebook> codebook() {
        return Optional.ofNullable(codebook).map(CurrentCodebook::codebook);
    }

    List<Coding> mine(int turn) {
        return codings.on(turn, coder);
    }

    // ---- who and what is shown

    /** Codes as someone else from now on; a name not yet in the project becomes a coder with their first coding. */
    Outcome coder(String name) {
        if (name == null || name.isBlank()) {
            return Outcome.refused("a coder needs a name");
        }
        coder = name.strip();
        if (coder.equals(compareWith)) {
            compareWith = null;
        }
        // Another coder sees other counts: their blind rounds hide other coders' codings.
        recountCodebook();
        reloadCoders();
        reloadCodings();
        return Outcome.done("coding as " + coder);
    }

    Outcome open(String transcriptName) {
        transcript = workbench.transcript(transcriptName);
        reloadCodings();
        return Outcome.done("opened " + transcript.name() + (blind ? " (blind round: only your codings are shown)" : ""));
    }

    /** Shows another coder's stripes beside the coder's own, unless the coder codes blind here; null stops. */
    Outcome compareWith(String other) {
        if (other != null && transcript != null) {
            try {
                workbench.seenBy(coder).compareWith(other, transcript.name());
            } catch (org.attune.workbench.BlindRefusal refused) {
                return Outcome.refused("a blind round: " + coder + " does not see the other coders' codings of "
                        + String.join(", ", refused.transcripts()));
            }
        }
        compareWith = other == null || other.equals(coder) ? null : other;
        recountAll();
        return Outcome.done(compareWith == null ? "showing " + coder + "'s codings" : "comparing " + coder + " with " + compareWith);
    }

    // ---- coding

    /**
     * Applies a code for the coder on a span of the open transcript, replacing their other code of an
     * exclusive group there; the core's rules (roles, levels) refuse with a message.
     */
    Outcome apply(Code code, Span span, BigDecimal value, String memo) {
        Transcript t = requireTranscript();
        Coding before = mine(span.startTurn()).stream()
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
        List<Coding> gone = new ArrayList<>(change.replaced());
        if (before != null) {
            gone.add(before);
        }
        follow(gone, List.of(change.coding()));
        return Outcome.done((before == null ? "applied " : "changed ") + what);
    }

    /** Removes one of the coder's codings. */
    Outcome remove(Coding coding) {
        requireTranscript();
        boolean removed;
        try {
            removed = workbench.removeCode(coder, coding.transcript(), coding.codeId(), coding.span());
        } catch (AttuneException e) {
            return Outcome.refused(e.getMessage());
        }
        if (!removed) {
            return Outcome.refused("that coding was not there any more");
        }
        String what = name(coding.codeId()) + " on turn " + coding.span().startTurn();
        history.done(new CodingEdit.Removed(coding, what));
        follow(List.of(coding), List.of());
        return Outcome.done("removed " + what);
    }

    /**
     * A code's key on the cursor: a flag goes on, or comes off where the coder has it; a scale code
     * needs its level ({@link #level}).
     */
    Outcome toggle(String transcriptName, Code code, TurnCursor cursor) {
        Optional<Outcome> wrong = wrongPlace(transcriptName, cursor);
        if (wrong.isPresent()) {
            return wrong.get();
        }
        Optional<Coding> there = own(code.id(), cursor);
        if (there.isPresent() && !code.isScale()) {
            return remove(there.get());
        }
        if (code.isScale()) {
            return Outcome.refused(code.name() + " is a scale: press a level after its key");
        }
        return apply(code, cursor.span(transcript), null, null);
    }

    /**
     * A digit: the level of the given scale code (the one whose key was pressed), or with null of
     * the only scale code on the turn (to change it). A level is found by its value, else by its
     * place (1 the lowest).
     */
    Outcome level(String transcriptName, Code pending, int digit, TurnCursor cursor) {
        Optional<Outcome> wrong = wrongPlace(transcriptName, cursor);
        if (wrong.isPresent()) {
            return wrong.get();
        }
        Code code = pending;
        if (code == null) {
            List<Code> scales = mine(cursor.turn()).stream().map(c -> code(c.codeId()))
                    .filter(c -> c != null && c.isScale()).distinct().toList();
            if (scales.size() != 1) {
                return Outcome.refused(scales.isEmpty() ? "digits choose a scale's level: press a scale code's key first"
                        : "several scale codes here: press the key of the one to change, then its level");
            }
            code = scales.getFirst();
        }
        Optional<ScaleLevel> level = level(code, digit);
        if (level.isEmpty()) {
            return Outcome.refused(digit + " is not a level of " + code.name() + " (" + levels(code) + ")");
        }
        Optional<Coding> there = own(code.id(), cursor);
        Span span = there.map(Coding::span).orElse(cursor.span(transcript));
        return apply(code, span, level.get().value(), there.map(Coding::memo).orElse(null));
    }

    /**
     * Removes a code from a turn: the one given (the codebook's choice) if the coder has it there,
     * else the coder's latest coding on the turn.
     */
    Outcome removeFrom(String transcriptName, int turn, String chosenCodeId) {
        Optional<Outcome> wrong = wrongPlace(transcriptName, TurnCursor.at(turn));
        if (wrong.isPresent()) {
            return wrong.get();
        }
        Optional<Coding> coding = target(turn, chosenCodeId);
        if (coding.isEmpty()) {
            return Outcome.refused("turn " + turn + " has no code of " + coder + "'s to remove");
        }
        return remove(coding.get());
    }

    /** Attaches a memo to one of the coder's codings on a turn (the given code's, else the latest); blank clears it. */
    Outcome memo(String transcriptName, int turn, String chosenCodeId, String memo) {
        Optional<Outcome> wrong = wrongPlace(transcriptName, TurnCursor.at(turn));
        if (wrong.isPresent()) {
            return wrong.get();
        }
        Optional<Coding> coding = target(turn, chosenCodeId);
        if (coding.isEmpty()) {
            return Outcome.refused("a memo goes on a coding: code turn " + turn + " first");
        }
        Code code = code(coding.get().codeId());
        if (code == null) {
            return Outcome.refused("code '" + coding.get().codeId() + "' is no longer in the codebook");
        }
        Outcome outcome = apply(code, coding.get().span(), coding.get().value(), memo);
        return outcome.refused() ? outcome
                : Outcome.done((memo == null || memo.isBlank() ? "memo cleared on " : "memo on ") + code.name() + ", turn " + turn);
    }

    /** The coding a memo or a removal on a turn is for: the chosen code's, else the coder's latest there. */
    Optional<Coding> target(int turn, String chosenCodeId) {
        List<Coding> here = mine(turn);
        return here.stream().filter(c -> c.codeId().equals(chosenCodeId)).findFirst()
                .or(() -> here.stream().max(Comparator.comparing(Coding::updated)));
    }

    /** Marks the open transcript done by the coder, or takes the mark back: one step of the undo history. */
    Outcome toggleDone() {
        Transcript t = requireTranscript();
        boolean now = !done;
        workbench.markDone(coder, List.of(t.name()), now);
        String label = t.name() + (now ? " marked done by " : " no longer marked done by ") + coder;
        history.done(new CodingEdit.DoneMarked(coder, t.name(), now, label));
        done = now;
        return Outcome.done(label);
    }

    /**
     * Changes the codebook through the workbench (a new version); with an inverse, the change can
     * be undone like a coding. Refusals (a key taken, codings that would break) come back as the line to show.
     */
    Outcome editCodebook(String label, Consumer<Workbench> change, Consumer<Workbench> inverse) {
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

    Outcome undo() {
        int turn = undoTurn();
        Optional<CodingEdit> edit = history.nextUndo();
        if (edit.isEmpty()) {
            return Outcome.refused("nothing to undo");
        }
        try {
            edit.get().undo(workbench);
        } catch (AttuneException e) {
            reload();
            return Outcome.refused("cannot undo: " + e.getMessage());
        }
        history.undone();
        reload();
        return Outcome.done("undone: " + edit.get().label()).at(turn);
    }

    Outcome redo() {
        int turn = redoTurn();
        Optional<CodingEdit> edit = history.nextRedo();
        if (edit.isEmpty()) {
            return Outcome.refused("nothing to redo");
        }
        try {
            edit.get().redo(workbench);
        } catch (AttuneException e) {
            reload();
            return Outcome.refused("cannot redo: " + e.getMessage());
        }
        history.redone();
        reload();
        return Outcome.done("redone: " + edit.get().label()).at(turn);
    }

    /** The turn the next undo would go back to, or 0. */
    int undoTurn() {
        return history.nextUndo().map(CodingEdit::turn).orElse(0);
    }

    int redoTurn() {
        return history.nextRedo().map(CodingEdit::turn).orElse(0);
    }

    /** Reads everything again: after the codebook changed, after undo, or after work in the background changed the project. */
    void reload() {
        recountCodebook();
        reloadCoders();
        if (transcript != null) {
            try {
                transcript = workbench.transcript(transcript.name());
            } catch (AttuneException gone) {
                transcript = null;
            }
        }
        reloadCodings();
    }

    /** The codebook with the counts the coder may see: the core leaves out others' codings where they code blind. */
    private void recountCodebook() {
        codebook = workbench.seenBy(coder).codebook().orElse(null);
        counts = codebook == null ? Map.of() : codebook.codings();
    }

    private void reloadCoders() {
        List<String> names = new ArrayList<>(workbench.coders().stream().map(c -> c.name()).toList());
        if (!names.contains(coder)) {
            names.add(coder);
        }
        coders = List.copyOf(names);
    }

    private void reloadCodings() {
        org.attune.workbench.CoderView seen = workbench.seenBy(coder);
        blind = transcript != null && seen.codesBlind(transcript.name());
        if (transcript == null) {
            codings = TurnCodings.NONE;
            done = false;
        } else {
            codings = TurnCodings.of(seen.codings(transcript.name()), transcript.turns().size());
            done = workbench.transcriptsDone(coder).contains(transcript.name());
        }
        recountAll();
    }

    /** What was saved, followed on screen without reading the transcript's codings again. */
    private void follow(List<Coding> removed, List<Coding> added) {
        codings = codings.with(removed, added);
        Map<String, Long> next = new HashMap<>(counts);
        removed.forEach(r -> next.merge(r.codeId(), -1L, Long::sum));
        added.forEach(a -> next.merge(a.codeId(), 1L, Long::sum));
        next.values().removeIf(v -> v <= 0);
        counts = Map.copyOf(next);
        Set<Integer> turns = new TreeSet<>();
        for (Coding c : removed) {
            for (int t = c.span().startTurn(); t <= c.span().endTurn(); t++) {
                turns.add(t);
            }
        }
        for (Coding c : added) {
            for (int t = c.span().startTurn(); t <= c.span().endTurn(); t++) {
                turns.add(t);
            }
        }
        if (!added.isEmpty() && !coders.contains(coder)) {
            reloadCoders();
        }
        recount(turns);
    }

    private void recountAll() {
        int turns = transcript == null ? 0 : transcript.turns().size();
        coded = 0;
        codedTurns.clear();
        disagreements = new BitSet();
        for (int t = 1; t <= turns; t++) {
            if (!mine(t).isEmpty()) {
                coded++;
                codedTurns.set(t);
            }
            if (compareWith != null && !blind && differ(t)) {
                disagreements.set(t);
            }
        }
        changed = null;
    }

    /** Brings the progress count and the disagreements up to date on the turns a change touched. */
    private void recount(Set<Integer> turns) {
        BitSet touched = new BitSet();
        BitSet nextDisagreements = (BitSet) disagreements.clone();
        for (int t : turns) {
            touched.set(t);
        }
        int count = coded;
        for (int t : turns) {
            boolean hasNow = !mine(t).isEmpty();
            boolean hadBefore = codedTurns.get(t);
            if (hasNow != hadBefore) {
                count += hasNow ? 1 : -1;
            }
            codedTurns.set(t, hasNow);
            nextDisagreements.set(t, compareWith != null && !blind && differ(t));
        }
        coded = count;
        disagreements = nextDisagreements;
        changed = changed == null ? touched : or(changed, touched);
    }

    private static BitSet or(BitSet a, BitSet b) {
        BitSet both = (BitSet) a.clone();
        both.or(b);
        return both;
    }

    /** Whether the two coders put different codes (or levels) on a turn. */
    private boolean differ(int turn) {
        return !codesOf(mine(turn)).equals(codesOf(codings.on(turn, compareWith)));
    }

    private static Set<String> codesOf(List<Coding> codings) {
        Set<String> codes = new TreeSet<>();
        for (Coding c : codings) {
            codes.add(c.codeId() + (c.value() == null ? "" : "=" + c.value().toPlainString()));
        }
        return codes;
    }

    // ---- helpers

    private Optional<Outcome> wrongPlace(String transcriptName, TurnCursor cursor) {
        if (transcript == null) {
            return Optional.of(Outcome.refused("open a transcript first"));
        }
        if (!Objects.equals(transcriptName, transcript.name())) {
            return Optional.of(Outcome.refused("the key was for " + transcriptName + ", and " + transcript.name()
                    + " is open now: nothing changed"));
        }
        if (cursor.turn() < 1 || cursor.turn() > transcript.turns().size()) {
            return Optional.of(Outcome.refused(transcript.name() + " has turns 1 to " + transcript.turns().size()));
        }
        if (codebook == null) {
            return Optional.of(Outcome.refused("this project has no codebook yet: attach one (Code, Attach a codebook…)"));
        }
        return Optional.empty();
    }

    /** The coder's coding of a code at the cursor: on the selection if there is one, else on the turn. */
    private Optional<Coding> own(String codeId, TurnCursor cursor) {
        List<Coding> here = mine(cursor.turn()).stream().filter(c -> c.codeId().equals(codeId)).toList();
        if (!cursor.wholeTurn()) {
            Span span = cursor.span(transcript);
            return here.stream().filter(c -> c.span().equals(span)).findFirst();
        }
        return here.stream().filter(c -> c.span().startTurn() == cursor.turn()).findFirst().or(() -> here.stream().findFirst());
    }

    static Optional<ScaleLevel> level(Code code, int digit) {
        BigDecimal value = BigDecimal.valueOf(digit);
        Optional<ScaleLevel> byValue = code.level(value);
        if (byValue.isPresent()) {
            return byValue;
        }
        return digit >= 1 && digit <= code.levels().size() ? Optional.of(code.levels().get(digit - 1)) : Optional.empty();
    }

    static String levels(Code code) {
        return String.join(", ", code.levels().stream().map(ScaleLevel::valueText).toList());
    }

    private Code code(String codeId) {
        return codebook().flatMap(c -> c.code(codeId)).orElse(null);
    }

    String name(String codeId) {
        Code code = code(codeId);
        return code == null ? codeId : code.name();
    }

    private String names(List<Coding> list) {
        return String.join(", ", list.stream().map(c -> name(c.codeId())).distinct().toList());
    }

    private Transcript requireTranscript() {
        if (transcript == null) {
            throw new AttuneException("open a transcript first");
        }
        return transcript;
    }

    void close() {
        workbench.close();
    }
}
