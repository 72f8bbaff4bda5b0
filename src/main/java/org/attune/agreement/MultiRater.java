package org.attune.agreement;

/**
 * The coefficients of the agreement among any number of coders with missing ratings, in Gwet's
 * formulation (Handbook of Inter-Rater Reliability, 4th ed., 2014), as his irrCAC package
 * computes them (the "raw" functions): observed agreement over the units two or more coders
 * rated, and chance agreement from the mean share of each unit's ratings in each category.
 * They differ only in chance agreement.
 */
public final class MultiRater {

    private MultiRater() {
    }

    /**
     * Percent agreement, weighted when the weights are not the identity: over the units with two
     * or more ratings, the mean share of agreeing pairs of ratings. NaN when no unit has two.
     */
    public static double percentAgreement(RatingTable t, double[][] w) {
        int q = t.categoryCount();
        double sum = 0;
        long units = 0;
        for (int p = 0; p < t.patternCount(); p++) {
            int[] r = categoryCounts(t, p);
            int raters = raters(r);
            if (raters < 2) {
                continue;
            }
            double agreeing = 0;
            for (int k = 0; k < q; k++) {
                if (r[k] == 0) {
                    continue;
                }
                double weighted = 0;
                for (int l = 0; l < q; l++) {
                    weighted += w[k][l] * r[l];
                }
                agreeing += r[k] * (weighted - 1);
            }
            sum += t.count(p) * agreeing / ((double) raters * (raters - 1));
            units += t.count(p);
        }
        return units == 0 ? Double.NaN : sum / units;
    }

    /** Fleiss' kappa (generalised to missing ratings and weights): chance from the categories' shares. */
    public static double fleissKappa(RatingTable t, double[][] w) {
        double[] pi = shares(t);
        double pe = 0;
        for (int k = 0; k < pi.length; k++) {
            for (int l = 0; l < pi.length; l++) {
                pe += w[k][l] * pi[k] * pi[l];
            }
        }
        return chanceCorrected(percentAgreement(t, w), pe);
    }

    /**
     * Gwet's AC1, or AC2 with weights: chance agreement {@code T_w / (q (q - 1)) * sum pi_k (1 - pi_k)},
     * with q the table's categories (all a code or group allows, not only those used).
     */
    public static double gwetAc(RatingTable t, double[][] w) {
        int q = t.categoryCount();
        if (q < 2) {
            return Double.NaN;
        }
        double[] pi = shares(t);
        double spread = 0;
        for (double share : pi) {
            spread += share * (1 - share);
        }
        double pe = Weights.total(w) / (q * (q - 1.0)) * spread;
        return chanceCorrected(percentAgreement(t, w), pe);
    }

    /** Brennan and Prediger's coefficient (PABAK for two categories): chance agreement {@code T_w / q^2}. */
    public static double brennanPrediger(RatingTable t, double[][] w) {
        int q = t.categoryCount();
        return chanceCorrected(percentAgreement(t, w), Weights.total(w) / ((double) q * q));
    }

    /** The mean over units of the share of each unit's ratings in each category. */
    static double[] shares(RatingTable t) {
        double[] pi = new double[t.categoryCount()];
        for (int p = 0; p < t.patternCount(); p++) {
            int[] r = categoryCounts(t, p);
            double raters = raters(r);
            for (int k = 0; k < r.length; k++) {
                pi[k] += t.count(p) * r[k] / raters;
            }
        }
        for (int k = 0; k < pi.length; k++) {
            pi[k] /= t.units();
        }
        return pi;
    }

    static double chanceCorrected(double observed, double chance) {
        return chance >= 1 || Double.isNaN(observed) ? Double.NaN : (observed - chance) / (1 - chance);
    }

    /** How many of the unit's ratings fall in each category. */
    static int[] categoryCounts(RatingTable t, int p) {
        int[] r = new int[t.categoryCount()];
        for (int rating : t.pattern(p)) {
            if (rating != RatingTable.MISSING) {
                r[rating]++;
            }
        }
        return r;
    }

    static int raters(int[] counts) {
        int sum = 0;
        for (int c : counts) {
            sum += c;
        }
        return sum;
    }
}
