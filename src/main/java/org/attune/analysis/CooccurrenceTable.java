package org.attune.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * How often codes occur together, as made by {@link Cooccurrence#of}: a square matrix over the
 * codes seen, which a caller prints as it is, one row per code.
 *
 * @param window how many turns either side counted as together (0: the same turn)
 * @param turns how many turns were read, uncoded ones included
 * @param codes every code seen, sorted by {@link String#compareTo} (stable, locale-independent)
 * @param rows one row per code, in the order of {@code codes}; in the row of code a, the j-th
 *        count is the number of turns that carry a and have {@code codes.get(j)} within the
 *        window. The diagonal is the number of turns that carry each code.
 */
public record CooccurrenceTable(int window, long turns, List<String> codes, List<List<Long>> rows) {

    public CooccurrenceTable {
        if (window < 0) {
            throw new IllegalArgumentException("the window is from 0, got " + window);
        }
        if (turns < 0) {
            throw new IllegalArgumentException("a number of turns is from 0, got " + turns);
        }
        codes = List.copyOf(codes);
        requireSorted(codes);
        List<List<Long>> copied = new ArrayList<>(rows.size());
        for (List<Long> row : rows) {
            if (row.size() != codes.size()) {
                throw new IllegalArgumentException("every row needs a count for each of the " + codes.size()
                        + " codes, got " + row.size());
            }
            copied.add(List.copyOf(row));
        }
        if (copied.size() != codes.size()) {
            throw new IllegalArgumentException("one row for each of the " + codes.size() + " codes, got " + copied.size());
        }
        rows = List.copyOf(copied);
    }

    /** How many turns carry {@code a} and have {@code b} within the window; 0 for a code not seen. */
    public long count(String a, String b) {
        int row = index(a);
        int column = index(b);
        return row < 0 || column < 0 ? 0 : rows.get(row).get(column);
    }

    /** How many turns carry the code: the diagonal of the matrix. */
    public long turnsWith(String code) {
        return count(code, code);
    }

    /** The row of a code, in the order of {@link #codes()}; empty for a code not seen. */
    public List<Long> row(String code) {
        int row = index(code);
        return row < 0 ? List.of() : rows.get(row);
    }

    private int index(String code) {
        int index = Collections.binarySearch(codes, Objects.requireNonNull(code, "code"));
        return index < 0 ? -1 : index;
    }

    static void requireSorted(List<String> codes) {
        for (int i = 1; i < codes.size(); i++) {
            if (codes.get(i - 1).compareTo(codes.get(i)) >= 0) {
                throw new IllegalArgumentException("codes must be sorted and distinct: '" + codes.get(i - 1)
                        + "' before '" + codes.get(i) + "'");
            }
        }
    }
}
