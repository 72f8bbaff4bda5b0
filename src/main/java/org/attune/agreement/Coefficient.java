package org.attune.agreement;

import java.util.function.BiFunction;

/**
 * The coefficients a report gives, with their keys in JSON and exports, and what makes each
 * undefined for a table. Nominal coefficients treat categories as names; the weighted ones and
 * Krippendorff's alpha at ordinal, interval or ratio level use the categories' values.
 */
public enum Coefficient {
    PERCENT_AGREEMENT("percent_agreement", (t, level) -> MultiRater.percentAgreement(t, Weights.identity(t))),
    COHEN_KAPPA("cohen_kappa", (t, level) -> TwoRater.cohenKappa(t, Weights.identity(t))),
    SCOTT_PI("scott_pi", (t, level) -> TwoRater.scottPi(t, Weights.identity(t))),
    FLEISS_KAPPA("fleiss_kappa", (t, level) -> MultiRater.fleissKappa(t, Weights.identity(t))),
    KRIPPENDORFF_ALPHA("krippendorff_alpha", KrippendorffAlpha::of),
    GWET_AC1("gwet_ac1", (t, level) -> MultiRater.gwetAc(t, Weights.identity(t))),
    BRENNAN_PREDIGER("brennan_prediger", (t, level) -> MultiRater.brennanPrediger(t, Weights.identity(t))),
    PREVALENCE_INDEX("prevalence_index", (t, level) -> index(t, 0)),
    BIAS_INDEX("bias_index", (t, level) -> index(t, 1)),
    /** Cohen's kappa with linear weights from the level values: for scales only. */
    WEIGHTED_KAPPA_LINEAR("weighted_kappa_linear", (t, level) -> TwoRater.cohenKappa(t, Weights.linear(t))),
    WEIGHTED_KAPPA_QUADRATIC("weighted_kappa_quadratic", (t, level) -> TwoRater.cohenKappa(t, Weights.quadratic(t))),
    /** Gwet's AC2 with quadratic weights: for scales only. */
    GWET_AC2("gwet_ac2", (t, level) -> MultiRater.gwetAc(t, Weights.quadratic(t)));

    private final String key;
    private final BiFunction<RatingTable, Level, Double> compute;

    Coefficient(String key, BiFunction<RatingTable, Level, Double> compute) {
        this.key = key;
        this.compute = compute;
    }

    /** The name in JSON and in exports. */
    public String key() {
        return key;
    }

    /** The coefficient of the table, NaN when it is undefined (see {@link #undefinedBecause}). */
    public double of(RatingTable table, Level level) {
        return compute.apply(table, level);
    }

    /** Whether it is one of the weighted coefficients, which only a scale's ordered levels give meaning. */
    public boolean weighted() {
        return this == WEIGHTED_KAPPA_LINEAR || this == WEIGHTED_KAPPA_QUADRATIC || this == GWET_AC2;
    }

    /** Why the coefficient has no value for this table, or null when it has one or the reason is the data's. */
    public String undefinedBecause(RatingTable table) {
        boolean twoCoders = table.coderCount() == 2;
        return switch (this) {
            case COHEN_KAPPA, SCOTT_PI, WEIGHTED_KAPPA_LINEAR, WEIGHTED_KAPPA_QUADRATIC -> twoCoders ? null
                    : key + " compares two coders; see the coder pairs";
            case PREVALENCE_INDEX, BIAS_INDEX -> twoCoders && table.categoryCount() == 2 ? null
                    : key + " is defined for two coders and two categories";
            default -> null;
        };
    }

    private static double index(RatingTable t, int which) {
        double[] indices = TwoRater.prevalenceAndBias(t);
        return indices == null ? Double.NaN : indices[which];
    }
}
