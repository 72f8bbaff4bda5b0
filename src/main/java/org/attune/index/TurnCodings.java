package org.attune.index;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.attune.model.Coding;

/**
 * The codings that fall on each turn of a transcript. A coding spanning several turns falls on
 * each of them: the unit of search and of the tables is the turn.
 */
final class TurnCodings {

    /** One coder's code on one turn, with its value for a scale code. */
    record OnTurn(String coder, String code, BigDecimal value) {
    }

    private final int first;
    private final List<List<OnTurn>> byTurn;

    TurnCodings(int turnCount, List<Coding> codings) {
        this(1, turnCount, codings);
    }

    /** The codings on turns {@code first} to {@code first + count - 1}; the rest of each coding is left out. */
    TurnCodings(int first, int count, List<Coding> codings) {
        this.first = first;
        byTurn = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byTurn.add(new ArrayList<>(2));
        }
        for (Coding coding : codings) {
            int last = Math.min(coding.span().endTurn(), first + count - 1);
            for (int turn = Math.max(first, coding.span().startTurn()); turn <= last; turn++) {
                List<OnTurn> here = byTurn.get(turn - first);
                OnTurn on = new OnTurn(coding.coder(), coding.codeId(), coding.value());
                if (!here.contains(on)) {
                    here.add(on);
                }
            }
        }
        for (List<OnTurn> here : byTurn) {
            here.sort((a, b) -> a.coder().equals(b.coder()) ? a.code().compareTo(b.code()) : a.coder().compareTo(b.coder()));
        }
    }

    /** The codings on a turn, by coder then code; empty before the first turn and after the last. */
    List<OnTurn> on(int turn) {
        return turn < first || turn >= first + byTurn.size() ? List.of() : byTurn.get(turn - first);
    }
}
