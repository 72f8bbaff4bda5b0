package org.attune.index;

import java.util.List;
import java.util.Objects;
import org.attune.model.Coding;
import org.attune.model.TurnStretch;

/**
 * What the index needs to rewrite the documents of some turns of a transcript, without the rest
 * of it: a turn's document carries its neighbours' role, speaker and codes, so the stretch holds
 * the turn before {@code from} and after {@code to}, and the codings on all of its turns.
 *
 * @param stretch the turns read, from the one before {@code from} (if any) to the one after {@code to} (if any)
 * @param codings every coder's codings that cover any turn of the stretch
 * @param from the first turn whose document is rewritten
 * @param to the last
 */
public record IndexedTurns(TurnStretch stretch, List<Coding> codings, int from, int to) {

    public IndexedTurns {
        Objects.requireNonNull(stretch, "stretch");
        codings = List.copyOf(codings);
        int count = stretch.transcript().turnCount();
        if (from < 1 || to < from || to > count) {
            throw new IllegalArgumentException(stretch.transcript().name() + " has turns 1 to " + count + ", not " + from + " to " + to);
        }
        if (!stretch.holds(Math.max(1, from - 1)) || !stretch.holds(Math.min(count, to + 1))) {
            throw new IllegalArgumentException(stretch.transcript().name() + ": the documents of turns " + from + " to " + to
                    + " need turns " + Math.max(1, from - 1) + " to " + Math.min(count, to + 1) + ", and turns "
                    + stretch.first() + " to " + stretch.last() + " were read");
        }
    }

    public String name() {
        return stretch.transcript().name();
    }
}
