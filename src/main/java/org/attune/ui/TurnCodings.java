package org.attune.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.attune.model.Coding;

/** One coder's codings of a transcript by turn, so that painting a row looks up its codings at once. */
final class TurnCodings {

    static final TurnCodings NONE = new TurnCodings(List.of(), 0);

    private final List<List<Coding>> byTurn;

    private TurnCodings(List<List<Coding>> byTurn, int turns) {
        this.byTurn = byTurn;
    }

    /** The codings of one coder (all of {@code codings} when coder is null) over a transcript of {@code turns} turns. */
    static TurnCodings of(List<Coding> codings, String coder, int turns) {
        List<List<Coding>> byTurn = new ArrayList<>(turns + 1);
        for (int i = 0; i <= turns; i++) {
            byTurn.add(null);
        }
        for (Coding c : codings) {
            if (coder != null && !coder.equals(c.coder())) {
                continue;
            }
            for (int t = c.span().startTurn(); t <= Math.min(turns, c.span().endTurn()); t++) {
                if (byTurn.get(t) == null) {
                    byTurn.set(t, new ArrayList<>(4));
                }
                byTurn.get(t).add(c);
            }
        }
        return new TurnCodings(byTurn, turns);
    }

    /** The codings that cover a turn (from 1), in the order they were given. */
    List<Coding> on(int turn) {
        if (turn < 1 || turn >= byTurn.size() || byTurn.get(turn) == null) {
            return List.of();
        }
        return Collections.unmodifiableList(byTurn.get(turn));
    }
}
