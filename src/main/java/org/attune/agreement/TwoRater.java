package org.attune.agreement;

/**
 * The coefficients of two coders' agreement over the units both rated, from their cross table:
 * Cohen's kappa, Scott's pi (each weighted when the weights are not the identity), and Byrt,
 * Bishop and Carlin's (1993) prevalence and bias indices for a two-category table.
 */
public final class TwoRater {

    private TwoRater() {
    }

    /** Cohen's kappa: chance from each coder's own margins. NaN when not two coders or no unit both rated. */
    public static double cohenKappa(RatingTable t, double[][] w) {
        double[][] p = proportions(t);
        if (p == null) {
            return Double.NaN;
        }
        double[] a = rows(p);
        double[] b = columns(p);
        return MultiRater.chanceCorrected(observed(p, w), chance(w, a, b));
    }

    /** Scott's pi: chance from the two coders' margins pooled. */
    public static double scottPi(RatingTable t, double[][] w) {
        double[][] p = proportions(t);
        if (p == null) {
            return Double.NaN;
        }
        double[] a = rows(p);
        double[] b = columns(p);
        double[] pooled = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            pooled[k] = (a[k] + b[k]) / 2;
        }
        return MultiRater.chanceCorrected(observed(p, w), chance(w, pooled, pooled));
    }

    /**
     * The prevalence index {@code |a - d| / n} and the bias index {@code |b - c| / n} of a
     * two-category table (a: both in the first category, d: both in the second, b and c: the
     * two ways of differing). A high prevalence index with high agreement is the kappa paradox:
     * kappa is low because one category is rare, not because coders disagree. Null unless two
     * coders and two categories.
     */
    public static double[] prevalenceAndBias(RatingTable t) {
        if (t.coderCount() != 2 || t.categoryCount() != 2) {
            return null;
        }
        long[][] x = t.crossTable(0, 1);
        double n = x[0][0] + x[0][1] + x[1][0] + x[1][1];
        if (n == 0) {
            return null;
        }
        return new double[] {Math.abs(x[0][0] - x[1][1]) / n, Math.abs(x[0][1] - x[1][0]) / n};
    }

    private static double[][] proportions(RatingTable t) {
        if (t.coderCount() != 2) {
            return null;
        }
        long[][] x = t.crossTable(0, 1);
        double n = 0;
        for (long[] row : x) {
            for (long v : row) {
                n += v;
            }
        }
        if (n == 0) {
            return null;
        }
        double[][] p = new double[x.length][x.length];
        for (int k = 0; k < x.length; k++) {
            for (int l = 0; l < x.length; l++) {
                p[k][l] = x[k][l] / n;
            }
        }
        return p;
    }

    private static double observed(double[][] p, double[][] w) {
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            for (int l = 0; l < p.length; l++) {
                sum += w[k][l] * p[k][l];
            }
        }
        return sum;
    }

    private static double chance(double[][] w, double[] a, double[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            for (int l = 0; l < b.length; l++) {
                sum += w[k][l] * a[k] * b[l];
            }
        }
        return sum;
    }

    private static double[] rows(double[][] p) {
        double[] m = new double[p.length];
        for (int k = 0; k < p.length; k++) {
            for (int l = 0; l < p.length; l++) {
                m[k] += p[k][l];
            }
        }
        return m;
    }

    private static double[] columns(double[][] p) {
        double[] m = new double[p.length];
        for (int k = 0; k < p.length; k++) {
            for (int l = 0; l < p.length; l++) {
                m[l] += p[k][l];
            }
        }
        return m;
    }
}
