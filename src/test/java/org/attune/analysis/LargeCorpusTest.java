package org.attune.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.attune.model.Role;
import org.junit.jupiter.api.Test;

/**
 * A corpus the size of a large study goes through in one streamed pass. It checks that the
 * tables come out whole, not how fast: speed is for benchmarks, not for tests.
 */
class LargeCorpusTest {

    private static final int TURNS = 200_000;

    @Test
    void cooccurrenceOfTwoHundredThousandTurns() {
        CooccurrenceTable table = Cooccurrence.of(new GeneratedCorpus(TURNS, 42), 1);

        assertThat(table.turns()).isEqualTo(TURNS);
        assertThat(table.codes()).hasSize(GeneratedCorpus.CODES);
        long codings = 0;
        for (String code : table.codes()) {
            codings += table.turnsWith(code);
            // A code is near itself on every turn that carries it, and nothing is near more often.
            assertThat(table.row(code)).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(table.turnsWith(code)));
        }
        long expected = 0;
        for (CodedTurn turn : new GeneratedCorpus(TURNS, 42)) {
            expected += turn.codes().size();
        }
        assertThat(codings).isEqualTo(expected);
    }

    @Test
    void lagTableOfTwoHundredThousandTurns() {
        LagTable table = LagSequence.of(new GeneratedCorpus(TURNS, 42), 1, Role.THERAPIST, Role.CLIENT);

        assertThat(table.total()).isGreaterThan(TURNS / 2);
        assertThat(table.transitions()).hasSize(table.givenCodes().size() * table.targetCodes().size());
        long sum = 0;
        for (String given : table.givenCodes()) {
            assertThat(table.row(given).stream().mapToDouble(Transition::probability).sum()).isCloseTo(1.0, within(1e-9));
            sum += table.givenTotal(given);
        }
        assertThat(sum).isEqualTo(table.total());
        assertThat(table.transitions().stream().mapToDouble(Transition::expected).sum())
                .isCloseTo(table.total(), within(1e-6 * table.total()));
    }
}
