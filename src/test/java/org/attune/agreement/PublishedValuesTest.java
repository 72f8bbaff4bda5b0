package org.attune.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every coefficient against the published worked examples of ../shared/research/agreement-references.md. */
class PublishedValuesTest {

    /** Coders as rows of values, "." for a missing rating; categories are the values seen, in order. */
    static RatingTable ratings(String... rows) {
        List<String[]> cells = new ArrayList<>();
        TreeSet<Double> seen = new TreeSet<>();
        for (String row : rows) {
            String[] values = row.trim().split("\\s+");
            cells.add(values);
            for (String v : values) {
                if (!v.equals(".")) {
                    seen.add(Double.parseDouble(v));
                }
            }
        }
        List<Double> values = List.copyOf(seen);
        List<String> coders = new ArrayList<>();
        for (int c = 0; c < rows.length; c++) {
            coders.add("c" + c);
        }
        RatingTable.Builder table = RatingTable.builder(coders, values.stream().map(String::valueOf).toList(),
                values.stream().mapToDouble(Double::doubleValue).toArray());
        for (int unit = 0; unit < cells.get(0).length; unit++) {
            int[] ratings = new int[rows.length];
            for (int c = 0; c < rows.length; c++) {
                String v = cells.get(c)[unit];
                ratings[c] = v.equals(".") ? RatingTable.MISSING : values.indexOf(Double.parseDouble(v));
            }
            table.add(ratings);
        }
        return table.build();
    }

    /** Two coders from a cross table: rows the first coder's categories, columns the second's. */
    static RatingTable crossTable(long[][] cross) {
        List<String> categories = new ArrayList<>();
        for (int k = 0; k < cross.length; k++) {
            categories.add(String.valueOf(k + 1));
        }
        RatingTable.Builder table = RatingTable.builder(List.of("a", "b"), categories);
        for (int k = 0; k < cross.length; k++) {
            for (int l = 0; l < cross.length; l++) {
                table.add(cross[k][l], k, l);
            }
        }
        return table.build();
    }

    /** Units given as counts per category (Fleiss' layout): raters are assigned in turn. */
    static RatingTable counts(int raters, int[][] units) {
        List<String> coders = new ArrayList<>();
        for (int r = 0; r < raters; r++) {
            coders.add("r" + r);
        }
        List<String> categories = new ArrayList<>();
        for (int k = 0; k < units[0].length; k++) {
            categories.add(String.valueOf(k + 1));
        }
        RatingTable.Builder table = RatingTable.builder(coders, categories);
        for (int[] unit : units) {
            int[] ratings = new int[raters];
            int at = 0;
            for (int k = 0; k < unit.length; k++) {
                for (int i = 0; i < unit[k]; i++) {
                    ratings[at++] = k;
                }
            }
            assertThat(at).isEqualTo(raters);
            table.add(ratings);
        }
        return table.build();
    }

    @Test
    void krippendorff2011FourCodersTwelveUnits() {
        RatingTable t = ratings(
                "1 2 3 3 2 1 4 1 2 . . .",
                "1 2 3 3 2 2 4 1 2 5 . 3",
                ". 3 3 3 2 3 4 2 2 5 1 .",
                "1 2 3 3 2 4 4 1 2 5 1 .");
        assertThat(KrippendorffAlpha.of(t, Level.NOMINAL)).isCloseTo(0.743, within(0.0005));
        assertThat(KrippendorffAlpha.of(t, Level.ORDINAL)).isCloseTo(0.815, within(0.0005));
        assertThat(KrippendorffAlpha.of(t, Level.INTERVAL)).isCloseTo(0.849, within(0.0005));
        assertThat(KrippendorffAlpha.of(t, Level.RATIO)).isCloseTo(0.797, within(0.0005));
    }

    @Test
    void wikipediaAlphaThreeCodersFifteenUnits() {
        RatingTable t = ratings(
                ". . . . . 3 4 1 2 1 1 3 3 . 3",
                "1 . 2 1 3 3 4 3 . . . . . . .",
                ". . 2 1 3 4 4 . 2 1 1 3 3 . 4");
        assertThat(KrippendorffAlpha.of(t, Level.NOMINAL)).isCloseTo(0.691358, within(0.0000005));
        assertThat(KrippendorffAlpha.of(t, Level.INTERVAL)).isCloseTo(0.810845, within(0.0000005));
    }

    @Test
    void krippendorff1980Binary() {
        RatingTable t = ratings("0 1 0 0 0 0 0 0 1 0", "0 1 1 0 0 1 0 1 0 0");
        assertThat(MultiRater.percentAgreement(t, Weights.identity(t))).isCloseTo(0.600, within(0.0005));
        assertThat(KrippendorffAlpha.of(t, Level.NOMINAL)).isCloseTo(0.095, within(0.0005));
    }

    @Test
    void fleissWikipediaFourteenRaters() {
        RatingTable t = counts(14, new int[][] {
                {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
                {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}});
        assertThat(MultiRater.percentAgreement(t, Weights.identity(t))).isCloseTo(0.378, within(0.0005));
        assertThat(MultiRater.fleissKappa(t, Weights.identity(t))).isCloseTo(0.210, within(0.0005));
    }

    @Test
    void fleiss1971ThirtyPatientsSixRaters() {
        String patients = "444444 222555 233335 555555 222444 113333 333355 113334 114444 555555 "
                + "144444 124444 222333 144444 224445 333335 111455 111112 224444 133555 "
                + "555555 244444 224555 114444 144445 222224 111155 224444 133333 555555";
        String[] units = patients.split(" ");
        String[] rows = new String[6];
        for (int r = 0; r < 6; r++) {
            StringBuilder row = new StringBuilder();
            for (String unit : units) {
                row.append(unit.charAt(r)).append(' ');
            }
            rows[r] = row.toString();
        }
        RatingTable t = ratings(rows);
        assertThat(MultiRater.fleissKappa(t, Weights.identity(t))).isCloseTo(0.4302445, within(0.00000005));
    }

    @Test
    void cohenKappaTables() {
        RatingTable wikipedia = crossTable(new long[][] {{20, 5}, {10, 15}});
        assertThat(TwoRater.cohenKappa(wikipedia, Weights.identity(wikipedia))).isCloseTo(0.4, within(0.00005));
        // PABAK for two categories is 2 po - 1, Brennan and Prediger's coefficient with q = 2.
        assertThat(MultiRater.brennanPrediger(wikipedia, Weights.identity(wikipedia))).isCloseTo(2 * 0.7 - 1, within(1e-12));

        RatingTable cohen1960 = crossTable(new long[][] {{88, 14, 18}, {10, 40, 10}, {2, 6, 12}});
        assertThat(TwoRater.cohenKappa(cohen1960, Weights.identity(cohen1960))).isCloseTo(0.492, within(0.0005));

        RatingTable sas = crossTable(new long[][] {{0, 4, 1}, {0, 8, 0}, {0, 1, 5}});
        assertThat(TwoRater.cohenKappa(sas, Weights.identity(sas))).isCloseTo(0.4842, within(0.00005));
        assertThat(TwoRater.cohenKappa(sas, Weights.linear(sas))).isCloseTo(0.4701, within(0.00005));
    }

    @Test
    void gwetIrrCacTable() {
        RatingTable t = crossTable(new long[][] {{13, 0, 0}, {0, 20, 7}, {0, 4, 56}});
        double[][] identity = Weights.identity(t);
        assertThat(TwoRater.cohenKappa(t, identity)).isCloseTo(0.7964094, within(0.00000005));
        assertThat(TwoRater.scottPi(t, identity)).isCloseTo(0.7962397, within(0.00000005));
        assertThat(MultiRater.gwetAc(t, identity)).isCloseTo(0.8493305, within(0.00000005));
        assertThat(MultiRater.brennanPrediger(t, identity)).isCloseTo(0.835, within(0.0005));
        assertThat(KrippendorffAlpha.of(t, Level.NOMINAL)).isCloseTo(0.7972585, within(0.00000005));
        assertThat(MultiRater.percentAgreement(t, identity)).isCloseTo(0.89, within(0.005));
        double[][] quadratic = Weights.quadratic(t);
        assertThat(TwoRater.cohenKappa(t, quadratic)).isCloseTo(0.8921569, within(0.00000005));
        assertThat(MultiRater.gwetAc(t, quadratic)).isCloseTo(0.9402369, within(0.00000005));
    }

    @Test
    void prevalenceAndBiasShowTheKappaParadox() {
        // 90% agreement on a rare code: kappa is low, and the prevalence index says why.
        RatingTable rare = crossTable(new long[][] {{85, 5}, {5, 5}});
        assertThat(MultiRater.percentAgreement(rare, Weights.identity(rare))).isCloseTo(0.90, within(1e-12));
        assertThat(TwoRater.cohenKappa(rare, Weights.identity(rare))).isCloseTo(0.444, within(0.0005));
        assertThat(TwoRater.prevalenceAndBias(rare)).containsExactly(new double[] {0.80, 0.0}, within(1e-12));
        RatingTable biased = crossTable(new long[][] {{40, 15}, {5, 40}});
        assertThat(TwoRater.prevalenceAndBias(biased)).containsExactly(new double[] {0.0, 0.10}, within(1e-12));
    }
}
