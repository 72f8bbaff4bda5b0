package org.attune.agreement;

/**
 * Agreement weights between categories, 1 on the diagonal: how much two different ratings still
 * agree. Linear and quadratic weights come from the categories' values (a scale's level values),
 * as in Cicchetti and Allison (linear) and Fleiss and Cohen (quadratic), and as irrCAC computes them.
 */
public final class Weights {

    private Weights() {
    }

    /** Full agreement only for the same category: the unweighted coefficients. */
    public static double[][] identity(int categories) {
        double[][] w = new double[categories][categories];
        for (int k = 0; k < categories; k++) {
            w[k][k] = 1;
        }
        return w;
    }

    public static double[][] identity(RatingTable table) {
        return identity(table.categoryCount());
    }

    /** {@code 1 - |v_k - v_l| / (max - min)}. */
    public static double[][] linear(RatingTable table) {
        return byDistance(table, 1);
    }

    /** {@code 1 - (v_k - v_l)^2 / (max - min)^2}. */
    public static double[][] quadratic(RatingTable table) {
        return byDistance(table, 2);
    }

    private static double[][] byDistance(RatingTable table, int power) {
        int q = table.categoryCount();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < q; k++) {
            min = Math.min(min, table.value(k));
            max = Math.max(max, table.value(k));
        }
        double[][] w = new double[q][q];
        for (int k = 0; k < q; k++) {
            for (int l = 0; l < q; l++) {
                w[k][l] = max == min ? (k == l ? 1 : 0)
                        : 1 - Math.pow(Math.abs(table.value(k) - table.value(l)) / (max - min), power);
            }
        }
        return w;
    }

    /** The sum of all weights: what Gwet's and Brennan and Prediger's chance agreement scale by. */
    static double total(double[][] w) {
        double sum = 0;
        for (double[] row : w) {
            for (double x : row) {
                sum += x;
            }
        }
        return sum;
    }
}
