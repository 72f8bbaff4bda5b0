package org.attune.analysis;

/**
 * A square table of counts indexed by code number, (given or carrying code, other code), in one
 * flat array: the tallying loop is an index computation and an increment. It grows when codes
 * are numbered, which happens a few dozen times in a corpus, not in the loop.
 */
final class PairCounts {

    private long[] counts;
    private int stride;

    PairCounts() {
        stride = 64;
        counts = new long[stride * stride];
    }

    /** Makes room for codes numbered below {@code codes}. */
    void fit(int codes) {
        if (codes <= stride) {
            return;
        }
        int wider = Math.max(codes, stride * 2);
        long[] grown = new long[wider * wider];
        for (int row = 0; row < stride; row++) {
            System.arraycopy(counts, row * stride, grown, row * wider, stride);
        }
        counts = grown;
        stride = wider;
    }

    /** Counts one for every pair of a code of {@code rows} with a code of {@code columns}. */
    void addPairs(int[] rows, int rowCount, int[] columns, int columnCount) {
        long[] c = counts;
        int s = stride;
        for (int i = 0; i < rowCount; i++) {
            int base = rows[i] * s;
            for (int j = 0; j < columnCount; j++) {
                c[base + columns[j]]++;
            }
        }
    }

    long get(int row, int column) {
        return counts[row * stride + column];
    }

    /** The sum of each row, for codes numbered below {@code codes}. */
    long[] rowTotals(int codes) {
        long[] totals = new long[codes];
        for (int row = 0; row < codes; row++) {
            long sum = 0;
            for (int column = 0; column < codes; column++) {
                sum += counts[row * stride + column];
            }
            totals[row] = sum;
        }
        return totals;
    }

    /** The sum of each column, for codes numbered below {@code codes}. */
    long[] columnTotals(int codes) {
        long[] totals = new long[codes];
        for (int row = 0; row < codes; row++) {
            for (int column = 0; column < codes; column++) {
                totals[column] += counts[row * stride + column];
            }
        }
        return totals;
    }
}
