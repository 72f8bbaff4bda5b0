package org.attune.analysis;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.attune.model.Role;

/**
 * Which codes follow which at one lag, as made by {@link LagSequence#of}: one {@link Transition}
 * for every pair of a given code (one that began at least one transition) and a target code (one
 * that ended at least one), zero counts included.
 *
 * @param lag how many turns later the target turn is, from 1
 * @param fromRole the role of the given turns, or null for any
 * @param toRole the role of the target turns, or null for any
 * @param total N, every transition tallied
 * @param givenCodes the codes with a row total above 0, sorted by {@link String#compareTo}
 * @param targetCodes the codes with a column total above 0, sorted by {@link String#compareTo}
 * @param transitions row by row: for each given code in order, one transition to each target
 *        code in order, so the cell (i, j) is at {@code i * targetCodes.size() + j}
 */
public record LagTable(int lag, Role fromRole, Role toRole, long total, List<String> givenCodes,
                       List<String> targetCodes, List<Transition> transitions) {

    public LagTable {
        if (lag < 1) {
            throw new IllegalArgumentException("the lag is from 1, got " + lag);
        }
        if (total < 0) {
            throw new IllegalArgumentException("a number of transitions is from 0, got " + total);
        }
        givenCodes = List.copyOf(givenCodes);
        targetCodes = List.copyOf(targetCodes);
        transitions = List.copyOf(transitions);
        CooccurrenceTable.requireSorted(givenCodes);
        CooccurrenceTable.requireSorted(targetCodes);
        if (transitions.size() != givenCodes.size() * targetCodes.size()) {
            throw new IllegalArgumentException("one transition for each of the " + givenCodes.size() + " x "
                    + targetCodes.size() + " pairs of codes, got " + transitions.size());
        }
        for (int i = 0; i < transitions.size(); i++) {
            Transition t = transitions.get(i);
            String given = givenCodes.get(i / targetCodes.size());
            String target = targetCodes.get(i % targetCodes.size());
            if (!t.given().equals(given) || !t.target().equals(target)) {
                throw new IllegalArgumentException("transition " + i + " is " + t.given() + " -> " + t.target()
                        + ", expected " + given + " -> " + target + " (row by row)");
            }
        }
    }

    /** The cell of a pair of codes; empty when the given code began, or the target code ended, no transition. */
    public Optional<Transition> transition(String given, String target) {
        int row = index(givenCodes, given);
        int column = index(targetCodes, target);
        return row < 0 || column < 0 ? Optional.empty() : Optional.of(transitions.get(row * targetCodes.size() + column));
    }

    /** How many transitions went from the given code to the target code; 0 for codes not in the table. */
    public long count(String given, String target) {
        return transition(given, target).map(Transition::count).orElse(0L);
    }

    /** The transitions from a given code, in the order of {@link #targetCodes()}; empty for a code not given. */
    public List<Transition> row(String given) {
        int row = index(givenCodes, given);
        if (row < 0) {
            return List.of();
        }
        int width = targetCodes.size();
        return transitions.subList(row * width, row * width + width);
    }

    /** n<sub>a+</sub>: every transition from the code; 0 for a code not given. */
    public long givenTotal(String given) {
        return row(given).stream().mapToLong(Transition::count).sum();
    }

    /** n<sub>+b</sub>: every transition to the code; 0 for a code not a target. */
    public long targetTotal(String target) {
        int column = index(targetCodes, target);
        if (column < 0) {
            return 0;
        }
        long sum = 0;
        for (int i = column; i < transitions.size(); i += targetCodes.size()) {
            sum += transitions.get(i).count();
        }
        return sum;
    }

    private static int index(List<String> codes, String code) {
        int index = Collections.binarySearch(codes, Objects.requireNonNull(code, "code"));
        return index < 0 ? -1 : index;
    }
}
