package org.attune.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Which codes occur together: on the same turn, or within a few turns of each other in the same
 * transcript.
 */
public final class Cooccurrence {

    private final int window;
    private final CodeNumbers numbers = new CodeNumbers();
    private final PairCounts counts = new PairCounts();
    private final RecentTurns recent = new RecentTurns();
    /** Index in {@link #recent} of the oldest turn whose later neighbours have not all been seen yet. */
    private int pending;
    private int[] turnCodes = new int[8];
    /** The distinct codes near the turn being counted; the first few are in use. */
    private int[] nearbyCodes = new int[64];
    // seenOnTurn[code] == stamp marks a code already in nearbyCodes: one new stamp a turn instead
    // of clearing a set of codes for every turn.
    private int[] seenOnTurn = new int[64];
    private int stamp;

    private Cooccurrence(int window) {
        this.window = window;
    }

    /**
     * For every ordered pair of codes (a, b): how many turns carry a and also have b within
     * {@code window} turns, that is on a turn of the same transcript whose number differs from
     * theirs by at most {@code window} (the turn itself included, so window 0 is "on the same
     * turn"). A turn counts once per pair however many nearby turns carry b. Turn numbers, not
     * positions, measure the distance: a gap in the numbering (a turn left out) is a turn that is
     * not there.
     *
     * <p>The diagonal, (a, a), is the number of turns that carry a. At window 0 the table is
     * symmetric; at a wider window it need not be: a turn of a with two turns of b nearby counts
     * once for (a, b), and twice for (b, a).
     *
     * @param turnsInTranscriptOrder each transcript's turns together, by ascending turn number;
     *        read once, keeping no more than 2 &times; window + 1 turns in memory
     * @param window how many turns either side count as nearby, from 0
     * @throws IllegalArgumentException when the window is negative or the turns are not in
     *         transcript order
     */
    public static CooccurrenceTable of(Iterable<CodedTurn> turnsInTranscriptOrder, int window) {
        Objects.requireNonNull(turnsInTranscriptOrder, "turnsInTranscriptOrder");
        if (window < 0) {
            throw new IllegalArgumentException("the window is a number of turns either side, from 0; got " + window);
        }
        Cooccurrence tally = new Cooccurrence(window);
        TurnOrder order = new TurnOrder();
        long turns = 0;
        for (CodedTurn turn : turnsInTranscriptOrder) {
            Objects.requireNonNull(turn, "a turn in turnsInTranscriptOrder");
            if (order.startsTranscript(turn)) {
                tally.finishTranscript();
            }
            tally.add(turn);
            turns++;
        }
        tally.finishTranscript();
        return tally.table(turns);
    }

    private void add(CodedTurn turn) {
        int number = turn.turn();
        // Turns more than `window` before this one have now seen every neighbour they will get.
        while (pending < recent.size() && number - recent.number(pending) > window) {
            countNearby(pending++);
        }
        long keepFrom = (long) (pending < recent.size() ? recent.number(pending) : number) - window;
        while (recent.size() > 0 && recent.number(0) < keepFrom) {
            recent.dropOldest();
            pending--;
        }
        if (turnCodes.length < turn.codes().size()) {
            turnCodes = new int[turn.codes().size() * 2];
        }
        int count = numbers.number(turn.codes(), turnCodes);
        fitCodes(numbers.size());
        recent.add(number, turnCodes, count);
    }

    private void finishTranscript() {
        while (pending < recent.size()) {
            countNearby(pending++);
        }
        recent.clear();
        pending = 0;
    }

    /** Counts the pairs of the i-th kept turn's codes with the codes within the window of it. */
    private void countNearby(int i) {
        int codeCount = recent.codeCount(i);
        if (codeCount == 0) {
            return;
        }
        int number = recent.number(i);
        if (++stamp == 0) {
            Arrays.fill(seenOnTurn, 0);
            stamp = 1;
        }
        int nearby = 0;
        for (int j = 0; j < recent.size(); j++) {
            int distance = recent.number(j) - number;
            if (distance < -window) {
                continue;
            }
            if (distance > window) {
                break;
            }
            int[] codes = recent.codes(j);
            for (int k = 0, n = recent.codeCount(j); k < n; k++) {
                int code = codes[k];
                // A code on several nearby turns is one neighbour: the turn counts once per pair.
                if (seenOnTurn[code] != stamp) {
                    seenOnTurn[code] = stamp;
                    nearbyCodes[nearby++] = code;
                }
            }
        }
        counts.addPairs(recent.codes(i), codeCount, nearbyCodes, nearby);
    }

    private void fitCodes(int codes) {
        counts.fit(codes);
        if (seenOnTurn.length < codes) {
            int capacity = Math.max(codes, seenOnTurn.length * 2);
            seenOnTurn = Arrays.copyOf(seenOnTurn, capacity);
            nearbyCodes = new int[capacity];
        }
    }

    private CooccurrenceTable table(long turns) {
        int[] sorted = numbers.sortedByName(code -> true);
        List<List<Long>> rows = new ArrayList<>(sorted.length);
        for (int a : sorted) {
            Long[] row = new Long[sorted.length];
            for (int j = 0; j < sorted.length; j++) {
                row[j] = counts.get(a, sorted[j]);
            }
            rows.add(List.of(row));
        }
        return new CooccurrenceTable(window, turns, numbers.names(sorted), rows);
    }
}
