package org.attune.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    static RatingTable presence(long bothPresent, long firstOnly, long secondOnly, long bothAbsent) {
        return RatingTable.builder(List.of("anna", "ben"), List.of("absent", "present"))
                .add(bothPresent, 1, 1).add(firstOnly, 1, 0).add(secondOnly, 0, 1).add(bothAbsent, 0, 0).build();
    }

    @Test
    void binomialDrawsFollowTheBinomialDistribution() {
        SplittableRandom random = new SplittableRandom(7);
        // Small n: every outcome's frequency against its probability.
        int n = 6;
        double p = 0.3;
        int draws = 200_000;
        long[] seen = new long[n + 1];
        for (int i = 0; i < draws; i++) {
            seen[(int) BinomialSampler.draw(random, n, p)]++;
        }
        for (int k = 0; k <= n; k++) {
            double probability = Math.exp(BinomialSampler.logFactorial(n) - BinomialSampler.logFactorial(k)
                    - BinomialSampler.logFactorial(n - k)) * Math.pow(p, k) * Math.pow(1 - p, n - k);
            double sd = Math.sqrt(draws * probability * (1 - probability));
            assertThat((double) seen[k]).as("k = " + k).isCloseTo(draws * probability, within(5 * sd + 1));
        }
        // Large n: mean and variance.
        for (double q : new double[] {0.001, 0.2, 0.5, 0.97}) {
            long trials = 1_000_000;
            int m = 20_000;
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < m; i++) {
                double x = BinomialSampler.draw(random, trials, q);
                sum += x;
                squares += x * x;
            }
            double mean = sum / m;
            double variance = squares / m - mean * mean;
            double expectedVariance = trials * q * (1 - q);
            assertThat(mean).as("mean at p " + q).isCloseTo(trials * q, within(5 * Math.sqrt(expectedVariance / m)));
            assertThat(variance / expectedVariance).as("variance at p " + q).isCloseTo(1.0, within(0.06));
        }
    }

    @Test
    void logFactorialsBeyondTheTableAreExact() {
        double direct = 0;
        for (int k = 1; k <= 5000; k++) {
            direct += Math.log(k);
            if (k >= 256) {
                assertThat(BinomialSampler.logFactorial(k)).as("ln " + k + "!").isCloseTo(direct, within(direct * 1e-13));
            }
        }
    }

    @Test
    void aResampleDrawsAsManyUnitsWithTheTablesProportions() {
        RatingTable t = presence(400, 30, 50, 9520);
        SplittableRandom random = new SplittableRandom(1);
        long[] counts = new long[t.patternCount()];
        double[] mean = new double[counts.length];
        int samples = 4000;
        for (int s = 0; s < samples; s++) {
            Bootstrap.resample(t, random, counts);
            assertThat(Arrays.stream(counts).sum()).isEqualTo(t.units());
            for (int p = 0; p < counts.length; p++) {
                mean[p] += (double) counts[p] / samples;
            }
        }
        for (int p = 0; p < counts.length; p++) {
            double share = (double) t.count(p) / t.units();
            double sd = Math.sqrt(t.units() * share * (1 - share) / samples);
            assertThat(mean[p]).isCloseTo(t.count(p), within(5 * sd + 0.01));
        }
    }

    @Test
    void intervalsAreReproducibleAndMatchAUnitByUnitBootstrap() {
        RatingTable t = presence(40, 6, 9, 145);
        EnumSet<Coefficient> which = EnumSet.of(Coefficient.COHEN_KAPPA, Coefficient.PERCENT_AGREEMENT,
                Coefficient.KRIPPENDORFF_ALPHA, Coefficient.GWET_AC1);
        Map<Coefficient, double[]> first = Bootstrap.intervals(t, Level.NOMINAL, which, 2000, 42);
        Map<Coefficient, double[]> again = Bootstrap.intervals(t, Level.NOMINAL, which, 2000, 42);
        Map<Coefficient, double[]> other = Bootstrap.intervals(t, Level.NOMINAL, which, 2000, 43);
        assertThat(first.keySet()).isEqualTo(which);
        for (Coefficient c : which) {
            assertThat(again.get(c)).isEqualTo(first.get(c));
        }
        // Another seed, other samples (percent agreement moves in steps of 1/200, so may not show it).
        assertThat(other.get(Coefficient.COHEN_KAPPA)).isNotEqualTo(first.get(Coefficient.COHEN_KAPPA));

        // The same bootstrap done the plain way: units listed one by one, drawn with replacement.
        int[][] units = new int[(int) t.units()][];
        int at = 0;
        for (int p = 0; p < t.patternCount(); p++) {
            for (long i = 0; i < t.count(p); i++) {
                units[at++] = t.pattern(p);
            }
        }
        Random random = new Random(99);
        int samples = 2000;
        double[] kappas = new double[samples];
        for (int s = 0; s < samples; s++) {
            RatingTable.Builder sample = RatingTable.builder(t.coders(), t.categories());
            for (int i = 0; i < units.length; i++) {
                sample.add(units[random.nextInt(units.length)]);
            }
            kappas[s] = Coefficient.COHEN_KAPPA.of(sample.build(), Level.NOMINAL);
        }
        Arrays.sort(kappas);
        double[] plain = {Bootstrap.quantile(kappas, 0.025), Bootstrap.quantile(kappas, 0.975)};
        assertThat(first.get(Coefficient.COHEN_KAPPA)[0]).isCloseTo(plain[0], within(0.03));
        assertThat(first.get(Coefficient.COHEN_KAPPA)[1]).isCloseTo(plain[1], within(0.03));
        double kappa = Coefficient.COHEN_KAPPA.of(t, Level.NOMINAL);
        assertThat(first.get(Coefficient.COHEN_KAPPA)[0]).isLessThan(kappa);
        assertThat(first.get(Coefficient.COHEN_KAPPA)[1]).isGreaterThan(kappa);
    }

    @Test
    void intervalsNarrowAsUnitsGrow() {
        EnumSet<Coefficient> kappa = EnumSet.of(Coefficient.COHEN_KAPPA);
        double[] small = Bootstrap.intervals(presence(40, 6, 9, 145), Level.NOMINAL, kappa, 1000, 5).get(Coefficient.COHEN_KAPPA);
        double[] large = Bootstrap.intervals(presence(4000, 600, 900, 14500), Level.NOMINAL, kappa, 1000, 5)
                .get(Coefficient.COHEN_KAPPA);
        // A hundred times the units: about a tenth of the width.
        assertThat((large[1] - large[0]) / (small[1] - small[0])).isBetween(0.07, 0.14);
    }

    @Test
    void anUndefinedCoefficientGetsNoInterval() {
        RatingTable allAbsent = presence(0, 0, 0, 50);
        assertThat(Bootstrap.intervals(allAbsent, Level.NOMINAL, EnumSet.of(Coefficient.COHEN_KAPPA,
                Coefficient.PERCENT_AGREEMENT), 100, 1)).containsOnlyKeys(Coefficient.PERCENT_AGREEMENT);
    }
}
