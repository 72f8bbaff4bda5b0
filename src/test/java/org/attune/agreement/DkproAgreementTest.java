package org.attune.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.dkpro.statistics.agreement.coding.BennettSAgreement;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.coding.PercentageAgreement;
import org.dkpro.statistics.agreement.coding.ScottPiAgreement;
import org.dkpro.statistics.agreement.distance.IDistanceFunction;
import org.dkpro.statistics.agreement.distance.IntervalDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;
import org.dkpro.statistics.agreement.distance.RatioDistanceFunction;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The coefficients DKPro Agreement also implements, on seeded random tables of every shape the
 * workbench makes (two to four coders, two to seven categories, ratings missing or not, a rare
 * category or none), computed by both and compared. DKPro builds an object per unit; Attune
 * computes from the distinct rows of ratings, which is what makes a million units and a
 * thousand bootstrap samples cheap, so the two must agree to rounding.
 */
class DkproAgreementTest {

    private static final double TOLERANCE = 1e-9;

    /** The study twice: with the categories' values, and with their ranks as integers, as DKPro's ordinal distance wants. */
    record Case(String name, RatingTable table, CodingAnnotationStudy study, CodingAnnotationStudy ranks, boolean complete) {
    }

    static Case randomCase(long seed) {
        Random random = new Random(seed);
        int coders = 2 + random.nextInt(3);
        int categories = 2 + random.nextInt(6);
        int units = 5 + random.nextInt(300);
        boolean missing = random.nextBoolean();
        boolean skewed = random.nextBoolean();
        List<String> names = IntStream.range(0, coders).mapToObj(i -> "c" + i).toList();
        List<String> labels = IntStream.range(0, categories).mapToObj(k -> "k" + k).toList();
        double[] values = IntStream.range(0, categories).mapToDouble(k -> 1 + k * 1.5).toArray();
        RatingTable.Builder table = RatingTable.builder(names, labels, values);
        CodingAnnotationStudy study = new CodingAnnotationStudy(coders);
        CodingAnnotationStudy ranks = new CodingAnnotationStudy(coders);
        for (int u = 0; u < units; u++) {
            int truth = skewed && random.nextDouble() < 0.8 ? 0 : random.nextInt(categories);
            int[] ratings = new int[coders];
            Object[] annotations = new Object[coders];
            Object[] rankAnnotations = new Object[coders];
            int rated = 0;
            for (int c = 0; c < coders; c++) {
                boolean absent = missing && random.nextDouble() < 0.2;
                if (absent) {
                    ratings[c] = RatingTable.MISSING;
                    continue;
                }
                ratings[c] = random.nextDouble() < 0.7 ? truth : random.nextInt(categories);
                annotations[c] = values[ratings[c]];
                rankAnnotations[c] = ratings[c];
                rated++;
            }
            if (rated == 0) {
                continue;
            }
            table.add(ratings);
            study.addItemAsArray(annotations);
            ranks.addItemAsArray(rankAnnotations);
        }
        return new Case("seed " + seed + ": " + coders + " coders, " + categories + " categories, " + units + " units"
                + (missing ? ", missing ratings" : "") + (skewed ? ", one common category" : ""), table.build(), study, ranks, !missing);
    }

    @TestFactory
    Stream<DynamicTest> krippendorffsAlphaAtEveryLevel() {
        return LongStream.range(1, 61).mapToObj(DkproAgreementTest::randomCase).map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            assertAlpha(c, Level.NOMINAL, new NominalDistanceFunction());
            if (c.complete()) {
                // DKPro ranks ordinal categories by all ratings, Krippendorff (2011) by the pairable
                // ones only (the published 0.815 is his); they differ when a unit has one rating.
                assertClose(KrippendorffAlpha.of(c.table(), Level.ORDINAL),
                        new KrippendorffAlphaAgreement(c.ranks(), new OrdinalDistanceFunction()).calculateAgreement(), "ordinal");
            }
            assertAlpha(c, Level.INTERVAL, new IntervalDistanceFunction());
            assertAlpha(c, Level.RATIO, new RatioDistanceFunction());
        }));
    }

    private static void assertAlpha(Case c, Level level, IDistanceFunction distance) {
        double expected = new KrippendorffAlphaAgreement(c.study(), distance).calculateAgreement();
        double actual = KrippendorffAlpha.of(c.table(), level);
        if (Double.isNaN(expected)) {
            assertThat(actual).as(level.label()).isNaN();
        } else {
            assertThat(actual).as(level.label()).isCloseTo(expected, within(TOLERANCE));
        }
    }

    @TestFactory
    Stream<DynamicTest> completeTablesAgreeOnEveryCoefficient() {
        List<Case> complete = new ArrayList<>();
        for (long seed = 100; complete.size() < 40; seed++) {
            Case c = randomCase(seed);
            if (c.complete()) {
                complete.add(c);
            }
        }
        return complete.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            RatingTable t = c.table();
            double[][] identity = Weights.identity(t);
            assertThat(MultiRater.percentAgreement(t, identity)).as("percent")
                    .isCloseTo(new PercentageAgreement(c.study()).calculateAgreement(), within(TOLERANCE));
            assertClose(MultiRater.fleissKappa(t, identity), new FleissKappaAgreement(c.study()).calculateAgreement(), "fleiss");
            if (t.coderCount() == 2) {
                assertClose(TwoRater.cohenKappa(t, identity), new CohenKappaAgreement(c.study()).calculateAgreement(), "cohen");
                assertClose(TwoRater.scottPi(t, identity), new ScottPiAgreement(c.study()).calculateAgreement(), "scott");
                // Bennett's S is Brennan and Prediger's coefficient, with the table's categories.
                CodingAnnotationStudy allCategories = c.study().clone();
                for (int k = 0; k < t.categoryCount(); k++) {
                    allCategories.addCategory(t.value(k));
                }
                assertClose(MultiRater.brennanPrediger(t, identity), new BennettSAgreement(allCategories).calculateAgreement(),
                        "bennett");
            }
        }));
    }

    private static void assertClose(double actual, double expected, String what) {
        if (Double.isNaN(expected) || Double.isInfinite(expected)) {
            assertThat(actual).as(what).isNaN();
        } else {
            assertThat(actual).as(what).isCloseTo(expected, within(TOLERANCE));
        }
    }
}
