package org.attune.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.attune.model.Role;

/**
 * Which codes follow which: the lag-k transitions of lag-sequential analysis, tallied in one
 * pass over a coded corpus.
 */
public final class LagSequence {

    private LagSequence() {
    }

    /**
     * Lag-k transitions: for each turn t whose role fits {@code fromRole} and the turn numbered
     * t + k of the same transcript whose role fits {@code toRole}, every pair (a code of t, a code
     * of t + k) is one transition. Both turns must exist with exactly those numbers: a gap in the
     * numbering (a turn left out) means no transition across it, and no transition ever runs from
     * one transcript into the next. An uncoded turn takes part in no transition.
     *
     * <p>Codes are sorted by {@link String#compareTo}, so the same corpus gives the same table on
     * every run and every machine. See {@link Transition} for the statistics.
     *
     * @param turnsInTranscriptOrder each transcript's turns together, by ascending turn number;
     *        read once, keeping no more than {@code lag} turns in memory
     * @param lag k, how many turns later the target turn is, from 1
     * @param fromRole the role of the given turn t, or null for any
     * @param toRole the role of the target turn t + k, or null for any
     * @throws IllegalArgumentException when the lag is below 1 or the turns are not in
     *         transcript order
     */
    public static LagTable of(Iterable<CodedTurn> turnsInTranscriptOrder, int lag, Role fromRole, Role toRole) {
        Objects.requireNonNull(turnsInTranscriptOrder, "turnsInTranscriptOrder");
        if (lag < 1) {
            throw new IllegalArgumentException("the lag is a number of turns, from 1; got " + lag);
        }
        CodeNumbers numbers = new CodeNumbers();
        PairCounts counts = new PairCounts();
        TurnOrder order = new TurnOrder();
        // Only turns that can begin a transition are kept, those from t - k + 1 to t.
        RecentTurns givenTurns = new RecentTurns();
        int[] turnCodes = new int[8];
        for (CodedTurn turn : turnsInTranscriptOrder) {
            Objects.requireNonNull(turn, "a turn in turnsInTranscriptOrder");
            if (order.startsTranscript(turn)) {
                givenTurns.clear();
            }
            int number = turn.turn();
            while (givenTurns.size() > 0 && number - givenTurns.number(0) > lag) {
                givenTurns.dropOldest();
            }
            boolean given = fits(turn.role(), fromRole);
            boolean target = fits(turn.role(), toRole);
            if (turn.codes().isEmpty() || !given && !target) {
                continue;
            }
            if (turnCodes.length < turn.codes().size()) {
                turnCodes = new int[turn.codes().size() * 2];
            }
            int count = numbers.number(turn.codes(), turnCodes);
            counts.fit(numbers.size());
            if (target && givenTurns.size() > 0 && number - givenTurns.number(0) == lag) {
                counts.addPairs(givenTurns.codes(0), givenTurns.codeCount(0), turnCodes, count);
            }
            if (given) {
                givenTurns.add(number, turnCodes, count);
            }
        }
        return table(lag, fromRole, toRole, numbers, counts);
    }

    private static boolean fits(Role role, Role wanted) {
        return wanted == null || wanted == role;
    }

    private static LagTable table(int lag, Role fromRole, Role toRole, CodeNumbers numbers, PairCounts counts) {
        int codes = numbers.size();
        long[] givenTotals = counts.rowTotals(codes);
        long[] targetTotals = counts.columnTotals(codes);
        long total = 0;
        for (long rowTotal : givenTotals) {
            total += rowTotal;
        }
        int[] givenCodes = numbers.sortedByName(code -> givenTotals[code] > 0);
        int[] targetCodes = numbers.sortedByName(code -> targetTotals[code] > 0);
        List<Transition> transitions = new ArrayList<>(givenCodes.length * targetCodes.length);
        for (int a : givenCodes) {
            for (int b : targetCodes) {
                transitions.add(Transition.of(numbers.name(a), numbers.name(b), counts.get(a, b), givenTotals[a],
                        targetTotals[b], total));
            }
        }
        return new LagTable(lag, fromRole, toRole, total, numbers.names(givenCodes), numbers.names(targetCodes),
                transitions);
    }
}
