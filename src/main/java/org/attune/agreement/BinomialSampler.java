package org.attune.agreement;

import java.util.random.RandomGenerator;

/**
 * Exact binomial draws by inversion from the mode: the probability of the mode is computed from
 * log factorials, and the search steps alternately down and up from it, so a draw takes about
 * as many steps as the distribution's standard deviation. A bootstrap sample of a million units
 * in a few dozen distinct rows takes a few dozen draws, not a million.
 */
final class BinomialSampler {

    private static final int TABLE = 256;
    private static final double[] LOG_FACTORIAL = new double[TABLE];

    static {
        for (int k = 1; k < TABLE; k++) {
            LOG_FACTORIAL[k] = LOG_FACTORIAL[k - 1] + Math.log(k);
        }
    }

    private BinomialSampler() {
    }

    /** One draw of the number of successes in {@code n} trials of probability {@code p}. */
    static long draw(RandomGenerator random, long n, double p) {
        if (n == 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        long mode = (long) Math.floor((n + 1) * p);
        if (mode > n) {
            mode = n;
        }
        double q = 1 - p;
        double atMode = Math.exp(logFactorial(n) - logFactorial(mode) - logFactorial(n - mode)
                + mode * Math.log(p) + (n - mode) * Math.log(q));
        double u = random.nextDouble();
        if (u < atMode) {
            return mode;
        }
        u -= atMode;
        long down = mode;
        long up = mode;
        double pDown = atMode;
        double pUp = atMode;
        while (down > 0 || up < n) {
            if (up < n) {
                pUp *= (double) (n - up) / (up + 1) * p / q;
                up++;
                if (u < pUp) {
                    return up;
                }
                u -= pUp;
            }
            if (down > 0) {
                pDown *= (double) down / (n - down + 1) * q / p;
                down--;
                if (u < pDown) {
                    return down;
                }
                u -= pDown;
            }
        }
        // Rounding left a sliver of probability unassigned: the mode takes it.
        return mode;
    }

    /** ln k!, from a table for small k and Stirling's series (error below 1e-15) beyond. */
    static double logFactorial(long k) {
        if (k < TABLE) {
            return LOG_FACTORIAL[(int) k];
        }
        double x = k;
        double inverse = 1 / x;
        double inverse2 = inverse * inverse;
        return x * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI * x)
                + inverse * (1.0 / 12 - inverse2 * (1.0 / 360 - inverse2 * (1.0 / 1260 - inverse2 / 1680)));
    }
}
