package org.attune.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Percentile confidence intervals by the bootstrap over units: each sample draws as many units
 * as the table has, with replacement, and recomputes the coefficients. A draw of units is a
 * multinomial draw of how often each distinct row of ratings occurs, made exactly by one binomial
 * draw per row. Seeded: the same table, samples and seed give the same intervals.
 */
public final class Bootstrap {

    private Bootstrap() {
    }

    /**
     * The central 95% of each coefficient's bootstrap values (R's default quantiles), for the
     * coefficients that have a value on the table itself; a coefficient undefined on more than a
     * twentieth of the samples gets no interval.
     */
    public static Map<Coefficient, double[]> intervals(RatingTable table, Level level, Set<Coefficient> coefficients,
                                                       int samples, long seed) {
        if (samples < 1) {
            throw new IllegalArgumentException("the bootstrap needs at least one sample, got " + samples);
        }
        List<Coefficient> wanted = new ArrayList<>();
        for (Coefficient c : coefficients) {
            if (!Double.isNaN(c.of(table, level))) {
                wanted.add(c);
            }
        }
        double[][] values = new double[wanted.size()][samples];
        SplittableRandom random = new SplittableRandom(seed);
        long[] counts = new long[table.patternCount()];
        for (int s = 0; s < samples; s++) {
            resample(table, random, counts);
            RatingTable sample = table.withCounts(counts);
            for (int i = 0; i < wanted.size(); i++) {
                values[i][s] = wanted.get(i).of(sample, level);
            }
        }
        Map<Coefficient, double[]> out = new EnumMap<>(Coefficient.class);
        for (int i = 0; i < wanted.size(); i++) {
            double[] finite = Arrays.stream(values[i]).filter(v -> !Double.isNaN(v)).sorted().toArray();
            if (finite.length >= samples * 0.95) {
                out.put(wanted.get(i), new double[] {quantile(finite, 0.025), quantile(finite, 0.975)});
            }
        }
        return out;
    }

    /** Fills {@code counts} with a multinomial draw of the table's units over its rows. */
    static void resample(RatingTable table, SplittableRandom random, long[] counts) {
        long remaining = table.units();
        long mass = table.units();
        for (int p = 0; p < counts.length; p++) {
            if (p == counts.length - 1) {
                counts[p] = remaining;
                break;
            }
            long c = table.count(p);
            counts[p] = mass <= 0 ? 0 : BinomialSampler.draw(random, remaining, Math.min(1, (double) c / mass));
            remaining -= counts[p];
            mass -= c;
        }
    }

    /** R's type 7 quantile of sorted values. */
    static double quantile(double[] sorted, double probability) {
        double h = (sorted.length - 1) * probability;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }
}
