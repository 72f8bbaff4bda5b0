package org.attune.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One line of an agreement report: a code, group or scale, its units, every coefficient that
 * applies (null where undefined, with the reason in the notes), 95% bootstrap intervals when
 * asked for, and Cohen's kappa for each pair of coders.
 *
 * @param subject what is compared, with its ratings
 * @param values each coefficient's value, null where undefined
 * @param ci95 each coefficient's bootstrap interval, for those that have one
 * @param pairwise Cohen's kappa of each pair of coders ("anna/ben"), null where undefined
 * @param notes why a coefficient is missing, and anything else a reader should know
 */
public record AgreementLine(Subject subject, Map<Coefficient, Double> values, Map<Coefficient, double[]> ci95,
                            Map<String, Double> pairwise, List<String> notes) {

    /** The coefficients of a presence, choice or pooled table. */
    static final Set<Coefficient> NOMINAL = EnumSet.complementOf(EnumSet.of(Coefficient.WEIGHTED_KAPPA_LINEAR,
            Coefficient.WEIGHTED_KAPPA_QUADRATIC, Coefficient.GWET_AC2));

    /** How many units at least one coder rated. */
    /** The coders compared, in the table's order. */
    public java.util.List<String> coders() {
        return subject.table().coders();
    }

    /** The categories the ratings were counted in. */
    public java.util.List<String> categories() {
        return subject.table().categories();
    }

    public long units() {
        return subject.table().units();
    }

    /**
     * Computes a line.
     *
     * @param bootstrap bootstrap samples for the intervals, 0 for none
     * @param seed the bootstrap's seed
     */
    public static AgreementLine of(Subject subject, int bootstrap, long seed) {
        RatingTable table = subject.table();
        Set<Coefficient> which = subject.comparison() == Comparison.LEVEL ? EnumSet.allOf(Coefficient.class)
                : EnumSet.copyOf(NOMINAL);
        if (table.categoryCount() != 2) {
            which.remove(Coefficient.PREVALENCE_INDEX);
            which.remove(Coefficient.BIAS_INDEX);
        }
        Map<Coefficient, Double> values = new EnumMap<>(Coefficient.class);
        List<String> notes = new ArrayList<>();
        List<String> dataReasons = new ArrayList<>();
        for (Coefficient c : which) {
            double v = c.of(table, subject.level());
            if (Double.isNaN(v)) {
                values.put(c, null);
                String why = c.undefinedBecause(table);
                if (why != null) {
                    notes.add(why);
                } else {
                    dataReasons.add(c.key());
                }
            } else {
                values.put(c, v);
            }
        }
        if (!dataReasons.isEmpty()) {
            notes.add(String.join(", ", dataReasons) + " undefined: " + whyUndefined(table));
        }
        Map<Coefficient, double[]> ci95 = bootstrap > 0
                ? Bootstrap.intervals(table, subject.level(), which, bootstrap, seed) : Map.of();
        Map<String, Double> pairwise = new LinkedHashMap<>();
        for (int a = 0; a < table.coderCount(); a++) {
            for (int b = a + 1; b < table.coderCount(); b++) {
                double kappa = TwoRater.cohenKappa(table.pair(a, b), Weights.identity(table));
                pairwise.put(table.coders().get(a) + "/" + table.coders().get(b), Double.isNaN(kappa) ? null : kappa);
            }
        }
        return new AgreementLine(subject, Collections.unmodifiableMap(values), ci95, Collections.unmodifiableMap(pairwise),
                List.copyOf(notes));
    }

    private static String whyUndefined(RatingTable table) {
        if (table.units() == 0) {
            return "no unit to compare";
        }
        boolean pairable = false;
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (int p = 0; p < table.patternCount(); p++) {
            int rated = 0;
            for (int r : table.pattern(p)) {
                if (r != RatingTable.MISSING) {
                    rated++;
                    used.add(r);
                }
            }
            pairable |= rated >= 2;
        }
        if (!pairable) {
            return "no unit was rated by two coders";
        }
        if (used.size() < 2) {
            return "every rating is " + table.categories().get(used.iterator().next())
                    + ", so agreement expected by chance is complete and there is nothing to correct";
        }
        return "agreement expected by chance is complete for these ratings";
    }
}
