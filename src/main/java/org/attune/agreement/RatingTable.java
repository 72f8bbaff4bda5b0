package org.attune.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ratings of units by coders, kept as the distinct rows of ratings and how many units show each.
 * A rating is a category's index, or {@link #MISSING}. Categories carry a value, for ordinal,
 * interval and ratio comparisons and for weights (the level values of a scale code; for nominal
 * data their order is all that matters). Units that no coder rated carry no information and are
 * not kept.
 */
public final class RatingTable {

    /** A coder who did not rate the unit. */
    public static final int MISSING = -1;

    private final List<String> coders;
    private final List<String> categories;
    private final double[] values;
    private final int[][] patterns;
    private final long[] counts;
    private final long units;

    private RatingTable(List<String> coders, List<String> categories, double[] values, int[][] patterns, long[] counts) {
        this.coders = List.copyOf(coders);
        this.categories = List.copyOf(categories);
        this.values = values.clone();
        this.patterns = patterns;
        this.counts = counts;
        this.units = Arrays.stream(counts).sum();
    }

    /** A builder for coders' ratings over the given categories, whose values are 1, 2, 3, ... */
    public static Builder builder(List<String> coders, List<String> categories) {
        double[] values = new double[categories.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = i + 1;
        }
        return new Builder(coders, categories, values);
    }

    /** A builder for coders' ratings over the given categories with these values. */
    public static Builder builder(List<String> coders, List<String> categories, double[] values) {
        return new Builder(coders, categories, values);
    }

    public List<String> coders() {
        return coders;
    }

    public List<String> categories() {
        return categories;
    }

    public int coderCount() {
        return coders.size();
    }

    public int categoryCount() {
        return categories.size();
    }

    /** The value of category {@code k}. */
    public double value(int k) {
        return values[k];
    }

    /** How many units at least one coder rated. */
    public long units() {
        return units;
    }

    /** How many distinct rows of ratings there are. */
    public int patternCount() {
        return patterns.length;
    }

    /** The ratings of row {@code p}, one per coder: do not change the array. */
    int[] pattern(int p) {
        return patterns[p];
    }

    /** How many units show row {@code p}. */
    public long count(int p) {
        return counts[p];
    }

    /** The same distinct rows with other counts: a bootstrap sample of the units. */
    RatingTable withCounts(long[] newCounts) {
        if (newCounts.length != counts.length) {
            throw new IllegalArgumentException("one count per pattern");
        }
        return new RatingTable(coders, categories, values, patterns, newCounts.clone());
    }

    /** Two coders' ratings of the units both rated: what Cohen's kappa and Scott's pi compare. */
    public RatingTable pair(int a, int b) {
        Builder pair = new Builder(List.of(coders.get(a), coders.get(b)), categories, values);
        for (int p = 0; p < patterns.length; p++) {
            int x = patterns[p][a];
            int y = patterns[p][b];
            if (x != MISSING && y != MISSING) {
                pair.add(counts[p], x, y);
            }
        }
        return pair.build();
    }

    /**
     * The two coders' ratings crossed: {@code [k][l]} counts units coder {@code a} put in k and
     * coder {@code b} in l, over the units both rated.
     */
    public long[][] crossTable(int a, int b) {
        long[][] cross = new long[categories.size()][categories.size()];
        for (int p = 0; p < patterns.length; p++) {
            int x = patterns[p][a];
            int y = patterns[p][b];
            if (x != MISSING && y != MISSING) {
                cross[x][y] += counts[p];
            }
        }
        return cross;
    }

    /** Collects ratings unit by unit, merging identical rows as they come. */
    public static final class Builder {
        private final List<String> coders;
        private final List<String> categories;
        private final double[] values;
        private final Map<Row, Integer> rows = new HashMap<>();
        private final List<int[]> patterns = new ArrayList<>();
        private final List<long[]> counts = new ArrayList<>();

        private Builder(List<String> coders, List<String> categories, double[] values) {
            if (coders.size() < 2) {
                throw new IllegalArgumentException("agreement needs two coders or more, got " + coders);
            }
            if (categories.isEmpty() || values.length != categories.size()) {
                throw new IllegalArgumentException("one value per category, and at least one category");
            }
            this.coders = List.copyOf(coders);
            this.categories = List.copyOf(categories);
            this.values = values.clone();
        }

        /** One unit's ratings, one per coder, in the order of the coders. */
        public Builder add(int... ratings) {
            return add(1, ratings);
        }

        /** {@code times} units with the same ratings. */
        public Builder add(long times, int... ratings) {
            if (ratings.length != coders.size()) {
                throw new IllegalArgumentException("one rating per coder: " + coders.size() + " coders, "
                        + ratings.length + " ratings");
            }
            boolean rated = false;
            for (int r : ratings) {
                if (r != MISSING && (r < 0 || r >= categories.size())) {
                    throw new IllegalArgumentException("no category " + r + "; there are " + categories.size());
                }
                rated |= r != MISSING;
            }
            if (!rated || times == 0) {
                return this;
            }
            Row row = new Row(ratings.clone());
            Integer at = rows.get(row);
            if (at == null) {
                at = patterns.size();
                rows.put(row, at);
                patterns.add(row.ratings());
                counts.add(new long[1]);
            }
            counts.get(at)[0] += times;
            return this;
        }

        public RatingTable build() {
            int[][] p = patterns.toArray(int[][]::new);
            long[] c = counts.stream().mapToLong(x -> x[0]).toArray();
            return new RatingTable(coders, categories, values, p, c);
        }
    }

    private record Row(int[] ratings) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Row r && Arrays.equals(ratings, r.ratings);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ratings);
        }

        @Override
        public String toString() {
            return Arrays.toString(ratings);
        }
    }

    @Override
    public String toString() {
        return "RatingTable" + coders + " x " + units + " units, " + patterns.length + " patterns over " + categories;
    }
}
