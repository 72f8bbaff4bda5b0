package org.attune.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.attune.model.Coding;

/**
 * Every coder's codings of one transcript by turn, immutable, so that painting (on the event
 * thread) reads them while the project's owner thread makes the next version. A change copies
 * the array of turns (a few microseconds even for 30,000 turns) and rebuilds only the lists of
 * the turns it touches: a key's cost does not grow with the transcript's codings.
 */
final class TurnCodings {

    static final TurnCodings NONE = new TurnCodings(new List[1]);

    /** Index 0 unused: turns count from 1. A null entry is a turn without codings. */
    private final List<Coding>[] byTurn;

    private TurnCodings(List<Coding>[] byTurn) {
        this.byTurn = byTurn;
    }

    /** The codings (of every coder) of a transcript of {@code turns} turns. */
    @SuppressWarnings("unchecked")
    static TurnCodings of(Collection<Coding> codings, int turns) {
        List<Coding>[] byTurn = new List[turns + 1];
        for (Coding c : codings) {
            for (int t = c.span().startTurn(); t <= Math.min(turns, c.span().endTurn()); t++) {
                if (byTurn[t] == null) {
                    byTurn[t] = new ArrayList<>(4);
                }
                byTurn[t].add(c);
            }
        }
        for (int t = 1; t <= turns; t++) {
            if (byTurn[t] != null) {
                byTurn[t] = List.copyOf(byTurn[t]);
            }
        }
        return new TurnCodings(byTurn);
    }

    /** How many turns it covers. */
    int turns() {
        return byTurn.length - 1;
    }

    /**
     * A new version without {@code removed} and with {@code added}: codings are the same when
     * {@link Coding#sameAs} says so (coder, code, span), so an updated level replaces the old one.
     */
    TurnCodings with(Collection<Coding> removed, Collection<Coding> added) {
        List<Coding>[] next = byTurn.clone();
        for (Coding gone : removed) {
            for (int t = gone.span().startTurn(); t <= Math.min(turns(), gone.span().endTurn()); t++) {
                if (next[t] != null) {
                    List<Coding> kept = next[t].stream().filter(c -> !c.sameAs(gone)).toList();
                    next[t] = kept.isEmpty() ? null : kept;
                }
            }
        }
        for (Coding c : added) {
            for (int t = c.span().startTurn(); t <= Math.min(turns(), c.span().endTurn()); t++) {
                List<Coding> here = new ArrayList<>(next[t] == null ? List.of() : next[t]);
                here.removeIf(c::sameAs);
                here.add(c);
                next[t] = List.copyOf(here);
            }
        }
        return new TurnCodings(next);
    }

    /** Every coder's codings that cover a turn (from 1), in the order they were made. */
    List<Coding> on(int turn) {
        if (turn < 1 || turn >= byTurn.length || byTurn[turn] == null) {
            return List.of();
        }
        return byTurn[turn];
    }

    /** One coder's codings that cover a turn; none for a null coder. */
    List<Coding> on(int turn, String coder) {
        if (coder == null) {
            return List.of();
        }
        List<Coding> all = on(turn);
        boolean everyone = true;
        for (Coding c : all) {
            if (!c.coder().equals(coder)) {
                everyone = false;
                break;
            }
        }
        return everyone ? all : all.stream().filter(c -> c.coder().equals(coder)).toList();
    }

    /** Every coding once, in turn order (a coding over several turns at its first). */
    List<Coding> all() {
        List<Coding> out = new ArrayList<>();
        for (int t = 1; t < byTurn.length; t++) {
            if (byTurn[t] != null) {
                for (Coding c : byTurn[t]) {
                    if (c.span().startTurn() == t) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }
}
