package org.attune.agreement;

/**
 * Krippendorff's alpha for any number of coders with missing ratings, from the coincidence
 * matrix (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"): units with a single
 * rating are not pairable and count for nothing.
 */
public final class KrippendorffAlpha {

    private KrippendorffAlpha() {
    }

    /** Alpha at the given level; NaN when fewer than two pairable ratings or no expected disagreement. */
    public static double of(RatingTable t, Level level) {
        double[][] o = coincidences(t);
        int q = o.length;
        double[] n = new double[q];
        double total = 0;
        for (int k = 0; k < q; k++) {
            for (int l = 0; l < q; l++) {
                n[k] += o[k][l];
            }
            total += n[k];
        }
        if (total < 2) {
            return Double.NaN;
        }
        double[][] delta = distances(t, level, n);
        double observed = 0;
        double expected = 0;
        for (int k = 0; k < q; k++) {
            for (int l = 0; l < q; l++) {
                observed += o[k][l] * delta[k][l];
                expected += n[k] * n[l] * delta[k][l];
            }
        }
        if (expected == 0) {
            return Double.NaN;
        }
        return 1 - (total - 1) * observed / expected;
    }

    /** {@code o[k][l]}: pairs of ratings k and l within units, each unit's pairs weighted 1 / (m - 1). */
    static double[][] coincidences(RatingTable t) {
        int q = t.categoryCount();
        double[][] o = new double[q][q];
        for (int p = 0; p < t.patternCount(); p++) {
            int[] r = MultiRater.categoryCounts(t, p);
            int m = MultiRater.raters(r);
            if (m < 2) {
                continue;
            }
            double weight = (double) t.count(p) / (m - 1);
            for (int k = 0; k < q; k++) {
                if (r[k] == 0) {
                    continue;
                }
                for (int l = 0; l < q; l++) {
                    double pairs = k == l ? r[k] * (r[k] - 1.0) : (double) r[k] * r[l];
                    o[k][l] += weight * pairs;
                }
            }
        }
        return o;
    }

    /** The squared distances of Krippendorff's metrics; ordinal ranks come from the pairable values' counts. */
    static double[][] distances(RatingTable t, Level level, double[] n) {
        int q = t.categoryCount();
        double[][] d = new double[q][q];
        Integer[] byValue = new Integer[q];
        for (int k = 0; k < q; k++) {
            byValue[k] = k;
        }
        java.util.Arrays.sort(byValue, (a, b) -> Double.compare(t.value(a), t.value(b)));
        int[] rank = new int[q];
        for (int i = 0; i < q; i++) {
            rank[byValue[i]] = i;
        }
        for (int k = 0; k < q; k++) {
            for (int l = 0; l < q; l++) {
                double vk = t.value(k);
                double vl = t.value(l);
                d[k][l] = switch (level) {
                    case NOMINAL -> k == l ? 0 : 1;
                    case INTERVAL -> (vk - vl) * (vk - vl);
                    case RATIO -> vk + vl == 0 ? 0 : Math.pow((vk - vl) / (vk + vl), 2);
                    case ORDINAL -> {
                        int from = Math.min(rank[k], rank[l]);
                        int to = Math.max(rank[k], rank[l]);
                        double between = 0;
                        for (int i = from; i <= to; i++) {
                            between += n[byValue[i]];
                        }
                        double x = between - (n[k] + n[l]) / 2;
                        yield k == l ? 0 : x * x;
                    }
                };
            }
        }
        return d;
    }
}
