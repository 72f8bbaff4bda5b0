package org.attune.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.attune.model.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one-pass tallies give the counts of the definitions, on generated corpora with gaps and many sessions. */
class ByDefinitionAgreementTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void cooccurrenceCountsAreTheDefinitions(long seed) {
        List<CodedTurn> turns = corpus(seed);
        for (int window : new int[] {0, 1, 2, 5}) {
            CooccurrenceTable table = Cooccurrence.of(turns, window);
            Map<List<String>, Long> expected = ByDefinition.cooccurrence(turns, window);

            assertThat(table.turns()).isEqualTo(turns.size());
            for (String a : table.codes()) {
                for (String b : table.codes()) {
                    assertThat(table.count(a, b)).as("window %d: %s, %s", window, a, b)
                            .isEqualTo(expected.getOrDefault(List.of(a, b), 0L));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void lagCountsAndStatisticsAreTheDefinitions(long seed) {
        List<CodedTurn> turns = corpus(seed);
        Role[][] roles = {{null, null}, {Role.THERAPIST, Role.CLIENT}, {Role.CLIENT, Role.THERAPIST}, {Role.THERAPIST, null}};
        for (int lag = 1; lag <= 3; lag++) {
            for (Role[] fromTo : roles) {
                LagTable table = LagSequence.of(turns, lag, fromTo[0], fromTo[1]);
                Map<List<String>, Long> expected = ByDefinition.transitions(turns, lag, fromTo[0], fromTo[1]);

                long total = expected.values().stream().mapToLong(Long::longValue).sum();
                assertThat(table.total()).isEqualTo(total);
                assertThat(table.givenCodes()).containsExactlyElementsOf(
                        expected.keySet().stream().map(k -> k.get(0)).distinct().sorted().toList());
                assertThat(table.targetCodes()).containsExactlyElementsOf(
                        expected.keySet().stream().map(k -> k.get(1)).distinct().sorted().toList());
                Map<String, Long> rows = margins(expected, 0);
                Map<String, Long> columns = margins(expected, 1);
                for (Transition t : table.transitions()) {
                    long n = expected.getOrDefault(List.of(t.given(), t.target()), 0L);
                    double row = rows.get(t.given());
                    double column = columns.get(t.target());
                    double e = row * column / total;
                    assertThat(t.count()).isEqualTo(n);
                    assertThat(t.probability()).isCloseTo(n / row, within(1e-12));
                    assertThat(t.expected()).isCloseTo(e, within(1e-9));
                    assertThat(t.adjustedResidual()).isCloseTo(
                            (n - e) / Math.sqrt(e * (1 - row / total) * (1 - column / total)), within(1e-9));
                }
            }
        }
    }

    private static Map<String, Long> margins(Map<List<String>, Long> counts, int side) {
        Map<String, Long> totals = new HashMap<>();
        counts.forEach((pair, count) -> totals.merge(pair.get(side), count, Long::sum));
        return totals;
    }

    private static List<CodedTurn> corpus(long seed) {
        // Over 2,000 turns: several sessions, gaps and uncoded turns, small enough for the definitions' nested loops.
        return new ArrayList<>(StreamSupport.stream(new GeneratedCorpus(2_500, seed).spliterator(), false).toList());
    }
}
