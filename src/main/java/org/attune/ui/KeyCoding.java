package org.attune.ui;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.attune.model.Code;
import org.attune.model.Codebook;
import org.attune.model.Coding;
import org.attune.model.ScaleLevel;
import org.attune.model.Span;
import org.attune.model.Transcript;

/**
 * What the coding keys do, apart from any frame: move by turn, toggle a code by its key, choose a
 * scale's level by digit, remove, attach a memo. A scale code's key (or Enter in the picker)
 * waits for a digit; the status line says so.
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

    /** Goes to a turn (kept within the transcript), dropping any text selection. */
    void moveTo(int turn) {
        int turns = session.transcript().map(t -> t.turns().size()).orElse(1);
        cursor = TurnCursor.at(Math.clamp(turn, 1, Math.max(1, turns)));
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

    /** A code's key: puts the code on the current turn (or selection), or takes it off if it is there. */
    Outcome key(String key) {
        Optional<Code> code = session.codebook().flatMap(cb -> cb.codes().stream().filter(c -> key.equals(c.key())).findFirst());
        if (code.isEmpty()) {
            return Outcome.refused("no code has the key '" + key + "'");
        }
        Optional<Coding> there = own(code.get().id());
        if (there.isPresent() && !code.get().isScale()) {
            return session.remove(there.get());
        }
        return choose(code.get());
    }

    /** Applies a code chosen by key or in the picker; a scale code waits for its level. */
    Outcome choose(Code code) {
        Optional<Transcript> t = session.transcript();
        if (t.isEmpty()) {
            return Outcome.refused("open a transcript first");
        }
        if (code.isScale()) {
            pendingScale = code;
            return Outcome.done(code.name() + ": press a level, " + levels(code));
        }
        pendingScale = null;
        return session.apply(code, cursor.span(t.get()), null, null);
    }

    /**
     * A digit: the level of the scale code waiting for one, or else of the only scale code on the
     * turn (to change it). A level is found by its value, else by its place (1 the lowest).
     */
    Outcome digit(int digit) {
        Optional<Transcript> t = session.transcript();
        if (t.isEmpty()) {
            return Outcome.refused("open a transcript first");
        }
        Code code = pendingScale;
        if (code == null) {
            List<Code> scales = session.mine().on(cursor.turn()).stream()
                    .map(c -> session.codebook().flatMap(cb -> cb.code(c.codeId())).orElse(null))
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
        Span span = own(code.id()).map(Coding::span).orElse(cursor.span(t.get()));
        String memo = own(code.id()).map(Coding::memo).orElse(null);
        Outcome outcome = session.apply(code, span, level.get().value(), memo);
        if (!outcome.refused()) {
            pendingScale = null;
        }
        return outcome;
    }

    /**
     * Removes a code from the current turn: the one given (the codebook's selection) if the coder
     * has it here, else the coder's latest coding on the turn.
     */
    Outcome remove(String selectedCodeId) {
        List<Coding> here = session.mine().on(cursor.turn());
        if (here.isEmpty()) {
            return Outcome.refused("turn " + cursor.turn() + " has no code of " + session.coder() + "'s to remove");
        }
        Optional<Coding> chosen = selectedCodeId == null ? Optional.empty()
                : here.stream().filter(c -> c.codeId().equals(selectedCodeId)).findFirst();
        Coding coding = chosen.orElseGet(() -> here.stream().max(Comparator.comparing(Coding::updated)).orElseThrow());
        return session.remove(coding);
    }

    /** Attaches a memo to a code of the coder's on the current turn (the given one, else their latest); blank clears it. */
    Outcome memo(String selectedCodeId, String memo) {
        List<Coding> here = session.mine().on(cursor.turn());
        if (here.isEmpty()) {
            return Outcome.refused("a memo goes on a coding: code turn " + cursor.turn() + " first");
        }
        Coding coding = here.stream().filter(c -> c.codeId().equals(selectedCodeId)).findFirst()
                .orElseGet(() -> here.stream().max(Comparator.comparing(Coding::updated)).orElseThrow());
        Code code = session.codebook().flatMap(cb -> cb.code(coding.codeId())).orElseThrow();
        return session.apply(code, coding.span(), coding.value(), memo);
    }

    /** The coder's coding of a code on the current turn, on the selection if there is one. */
    private Optional<Coding> own(String codeId) {
        Optional<Transcript> t = session.transcript();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        List<Coding> here = session.mine().on(cursor.turn()).stream().filter(c -> c.codeId().equals(codeId)).toList();
        if (!cursor.wholeTurn()) {
            Span span = cursor.span(t.get());
            return here.stream().filter(c -> c.span().equals(span)).findFirst();
        }
        return here.stream().filter(c -> c.span().startTurn() == cursor.turn()).findFirst()
                .or(() -> here.stream().findFirst());
    }

    static Optional<ScaleLevel> level(Code code, int digit) {
        BigDecimal value = BigDecimal.valueOf(digit);
        Optional<ScaleLevel> byValue = code.level(value);
        if (byValue.isPresent()) {
            return byValue;
        }
        return digit >= 1 && digit <= code.levels().size() ? Optional.of(code.levels().get(digit - 1)) : Optional.empty();
    }

    private static String levels(Code code) {
        return String.join(", ", code.levels().stream().map(l -> l.valueText()).toList());
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
