package org.attune.analysis;

import java.util.Objects;

/**
 * One cell of a lag table: how often the target code followed the given code at the table's lag,
 * with the statistics of lag-sequential analysis (Bakeman &amp; Quera, <i>Sequential Analysis and
 * Observational Methods for the Behavioral Sciences</i>, 2011; Bakeman &amp; Gottman, <i>Observing
 * Interaction</i>, 1997). With n the count, n<sub>a+</sub> the given code's row total,
 * n<sub>+b</sub> the target code's column total and N all transitions of the table:
 *
 * @param given the code of the earlier turn (a)
 * @param target the code of the later turn (b)
 * @param count n, the transitions from a to b; may be 0, as an avoidance is as telling as an excess
 * @param probability the transitional probability p(b|a) = n / n<sub>a+</sub>
 * @param expected the count expected if b followed a no more often than b follows anything,
 *        e = n<sub>a+</sub> &middot; n<sub>+b</sub> / N
 * @param adjustedResidual the adjusted residual (Allison &amp; Liker, 1982), a z score:
 *        (n &minus; e) / &radic;(e &middot; (1 &minus; n<sub>a+</sub>/N) &middot;
 *        (1 &minus; n<sub>+b</sub>/N)); NaN when that variance is 0, which happens when a is the
 *        given code, or b the target code, of every transition
 * @param yulesQ Yule's Q of the 2&times;2 table (a or not) &times; (b or not), from &minus;1 (b
 *        never follows a) to 1 (only b follows a, or b follows only a): with A = n,
 *        B = n<sub>a+</sub> &minus; n, C = n<sub>+b</sub> &minus; n, D = N &minus; n<sub>a+</sub>
 *        &minus; n<sub>+b</sub> + n, Q = (AD &minus; BC) / (AD + BC); NaN when AD + BC is 0
 */
public record Transition(String given, String target, long count, double probability, double expected,
                         double adjustedResidual, double yulesQ) {

    /** |z| from which a transition is significant, at the 5% level, two-sided. */
    public static final double SIGNIFICANT_Z = 1.96;

    /**
     * The smallest expected count for which the adjusted residual is near enough to a normal z to
     * be read as one (Bakeman &amp; Quera, 2011, following the chi-square rule of thumb): below it
     * a large z says little, so such a cell is flagged and never called significant.
     */
    public static final double MIN_EXPECTED = 5;

    /** Whether the expected count is under {@link #MIN_EXPECTED}, too small for z to be trusted. */
    public boolean lowExpected() {
        return expected < MIN_EXPECTED;
    }

    /**
     * Whether the target follows the given code more, or less, often than chance at the 5% level:
     * |z| of at least {@link #SIGNIFICANT_Z}, and an expected count of at least {@link #MIN_EXPECTED}.
     */
    public boolean significant() {
        return !lowExpected() && Math.abs(adjustedResidual) >= SIGNIFICANT_Z;
    }

    public Transition {
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(target, "target");
        if (count < 0) {
            throw new IllegalArgumentException("a count is from 0, got " + count);
        }
    }

    /**
     * The statistics of a cell from its count and the table's margins.
     *
     * @param count n, the transitions from given to target
     * @param givenTotal n<sub>a+</sub>, all transitions from the given code, above 0
     * @param targetTotal n<sub>+b</sub>, all transitions to the target code, above 0
     * @param total N, all transitions of the table
     * @throws IllegalArgumentException when the numbers cannot be the margins of one table
     */
    public static Transition of(String given, String target, long count, long givenTotal, long targetTotal, long total) {
        if (givenTotal <= 0 || targetTotal <= 0 || count > givenTotal || count > targetTotal || givenTotal > total
                || targetTotal > total || givenTotal + targetTotal - count > total) {
            throw new IllegalArgumentException("not the cell of one table: count " + count + ", row total "
                    + givenTotal + ", column total " + targetTotal + ", grand total " + total);
        }
        double n = count;
        double rowShare = (double) givenTotal / total;
        double columnShare = (double) targetTotal / total;
        double expected = givenTotal * columnShare;
        double variance = expected * (1 - rowShare) * (1 - columnShare);
        double residual = variance > 0 ? (n - expected) / Math.sqrt(variance) : Double.NaN;
        // In doubles: the products of four counts overflow a long long before the counts do.
        double a = n;
        double b = givenTotal - n;
        double c = targetTotal - n;
        double d = (double) total - givenTotal - targetTotal + n;
        double agreeing = a * d;
        double crossing = b * c;
        double q = agreeing + crossing > 0 ? (agreeing - crossing) / (agreeing + crossing) : Double.NaN;
        return new Transition(given, target, count, n / givenTotal, expected, residual, q);
    }
}
