package org.attune.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts rows of ratings by a number that encodes them (base categories + 1, the last digit
 * standing for a missing rating), so that a million units cost a million increments and no
 * allocation; {@link #table()} turns the counts into a {@link RatingTable}.
 */
final class PatternCounter {

    private final List<String> coders;
    private final List<String> categories;
    private final double[] values;
    private final int base;
    private final long[] dense;
    private final Map<Long, long[]> sparse;

    PatternCounter(List<String> coders, List<String> categories, double[] values) {
        this.coders = List.copyOf(coders);
        this.categories = List.copyOf(categories);
        this.values = values.clone();
        this.base = categories.size() + 1;
        double size = Math.pow(base, coders.size());
        this.dense = size <= 1 << 16 ? new long[(int) size] : null;
        this.sparse = dense == null ? new HashMap<>() : null;
    }

    /** One unit's ratings, one per coder: a category's index or {@link RatingTable#MISSING}. */
    void add(int[] ratings) {
        long key = 0;
        for (int i = ratings.length - 1; i >= 0; i--) {
            key = key * base + (ratings[i] == RatingTable.MISSING ? base - 1 : ratings[i]);
        }
        if (dense != null) {
            dense[(int) key]++;
        } else {
            sparse.computeIfAbsent(key, k -> new long[1])[0]++;
        }
    }

    RatingTable table() {
        RatingTable.Builder builder = RatingTable.builder(coders, categories, values);
        if (dense != null) {
            for (int key = 0; key < dense.length; key++) {
                if (dense[key] > 0) {
                    builder.add(dense[key], decode(key));
                }
            }
        } else {
            sparse.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> builder.add(e.getValue()[0], decode(e.getKey())));
        }
        return builder.build();
    }

    private int[] decode(long key) {
        int[] ratings = new int[coders.size()];
        for (int i = 0; i < ratings.length; i++) {
            int digit = (int) (key % base);
            ratings[i] = digit == base - 1 ? RatingTable.MISSING : digit;
            key /= base;
        }
        return ratings;
    }
}
