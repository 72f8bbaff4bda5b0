package org.attune.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.attune.model.Code;
import org.attune.model.Codebook;

/**
 * What the coding keys ask for, apart from any frame: where the coder is (the turn, a selection
 * of its text), a scale code waiting for its level, and the actions a key sends to the project's
 * owner. Moving is immediate; a coding action comes back as the outcome to show once it is saved.
 * A scale code's key (or Enter in the picker) waits for a digit; the status line says so.
 */
final class KeyCoding {

    private final ProjectSession session;
    private TurnCursor cursor = TurnCursor.at(1);
    private Code pendingScale;

    KeyCoding(ProjectSession session) {
        this.session = session;
    }

    TurnCursor cursor() {
        return cursor;
    }

    /** Goes to a turn (kept within the transcript), dropping any text selection and a scale waiting for its level. */
    void moveTo(int turn) {
        int turns = session.view().turns();
        int to = Math.clamp(turn, 1, Math.max(1, turns));
        if (to != cursor.turn()) {
            pendingScale = null;
        }
        cursor = TurnCursor.at(to);
    }

    void move(int delta) {
        moveTo(cursor.turn() + delta);
    }

    /** Selects a stretch of the current turn's text (code points), or with start == end the whole turn again. */
    void select(int start, int end) {
        cursor = start == end ? TurnCursor.at(cursor.turn()) : new TurnCursor(cursor.turn(), Math.min(start, end), Math.max(start, end));
    }

    /** The code waiting for its level, if any. */
    Optional<Code> pendingScale() {
        return Optional.ofNullable(pendingScale);
    }

    /** Forgets a scale code waiting for its level (Escape). */
    Outcome cancelPending() {
        if (pendingScale == null) {
            return Outcome.done("");
        }
        String name = pendingScale.name();
        pendingScale = null;
        return Outcome.done(name + ": no level given, nothing changed");
    }

    /** A code's key, or a two-key chord: puts the code on the current turn (or selection), or takes it off if it is there. */
    CompletableFuture<Outcome> key(String key) {
        SessionView view = session.view();
        if (view.codebook() == null) {
            return done(Outcome.refused("this project has no codebook yet: attach one with Code, Attach a codebook…"));
        }
        Optional<Code> code = CodeKeys.of(view.codebook()).code(key);
        if (code.isEmpty()) {
            return done(Outcome.refused("no code has the key '" + key + "' (F1 lists the keys; Ctrl+F finds a code by name)"));
        }
        return choose(code.get());
    }

    /** Applies (or with a flag already there, takes off) a code chosen by key or in the picker; a scale code waits for its level. */
    CompletableFuture<Outcome> choose(Code code) {
        SessionView view = session.view();
        if (view.transcript() == null) {
            return done(Outcome.refused("open a transcript first"));
        }
        if (code.isScale()) {
            pendingScale = code;
            return done(Outcome.done(code.name() + ": press a level, " + SessionModel.levels(code)));
        }
        pendingScale = null;
        String transcript = view.transcript().name();
        TurnCursor at = cursor;
        return session.perform(m -> m.toggle(transcript, code, at));
    }

    /**
     * A digit (unmodified: the window's bindings see to that): the level of the scale code waiting
     * for one, or else of the only scale code on the turn (to change it). A level is found by its
     * value, else by its place (1 the lowest).
     */
    CompletableFuture<Outcome> digit(int digit) {
        SessionView view = session.view();
        if (view.transcript() == null) {
            return done(Outcome.refused("open a transcript first"));
        }
        Code code = pendingScale;
        if (code != null && SessionModel.level(code, digit).isEmpty()) {
            // The scale still waits: the next digit may be a level.
            return done(Outcome.refused(digit + " is not a level of " + code.name() + " (" + SessionModel.levels(code) + ")"));
        }
        pendingScale = null;
        String transcript = view.transcript().name();
        TurnCursor at = cursor;
        return session.perform(m -> m.level(transcript, code, digit, at));
    }

    /**
     * Removes a code from the current turn: the one given (the codebook's selection) if the coder
     * has it here, else the coder's latest coding on the turn.
     */
    CompletableFuture<Outcome> remove(String selectedCodeId) {
        SessionView view = session.view();
        if (view.transcript() == null) {
            return done(Outcome.refused("open a transcript first"));
        }
        String transcript = view.transcript().name();
        int turn = cursor.turn();
        return session.perform(m -> m.removeFrom(transcript, turn, selectedCodeId));
    }

    /** Attaches a memo to a code of the coder's on the current turn (the given one, else their latest); blank clears it. */
    CompletableFuture<Outcome> memo(String selectedCodeId, String memo) {
        SessionView view = session.view();
        if (view.transcript() == null) {
            return done(Outcome.refused("open a transcript first"));
        }
        String transcript = view.transcript().name();
        int turn = cursor.turn();
        return session.perform(m -> m.memo(transcript, turn, selectedCodeId, memo));
    }

    private static CompletableFuture<Outcome> done(Outcome outcome) {
        return CompletableFuture.completedFuture(outcome);
    }

    /** The codes whose name, id or key holds the text, ignoring case: the picker's filter. */
    static List<Code> filter(Codebook codebook, String text) {
        String wanted = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (wanted.isEmpty()) {
            return codebook.codes();
        }
        return codebook.codes().stream()
                .filter(c -> c.name().toLowerCase(java.util.Locale.ROOT).contains(wanted) || c.id().contains(wanted)).toList();
    }
}
