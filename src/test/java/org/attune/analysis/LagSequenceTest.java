package org.attune.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.attune.analysis.HandCodedSessions.turn;
import static org.attune.model.Role.CLIENT;
import static org.attune.model.Role.THERAPIST;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class LagSequenceTest {

    private static final Offset<Double> FOUR_DECIMALS = within(0.00005);

    /*
     * HandCodedSessions.twoSessions(), therapist turn -> the client turn numbered one after it.
     *
     *   1 -> 2    amplification -> narrative
     *   3 -> 4    amplification -> narrative, amplification -> feeling
     *   5 -> 6    repair -> withdrawal
     *   7 -> 8    none: turn 8 was left out (a tally by position would pair 7 with 9)
     *  10 -> 11   none: turn 10 is uncoded
     *  12 -> 13   none: 13 is in another transcript
     *  14 -> 15   repair -> narrative, repair -> withdrawal
     *  16 -> 17   amplification -> feeling
     *  The client -> therapist pairs (2 -> 3: narrative -> amplification, ...) are left out by the roles.
     *
     *  counts n_ab     feeling  narrative  withdrawal | n_a+
     *  amplification      2        2          0       |  4
     *  repair             0        1          2       |  3
     *  n_+b               2        3          2       |  N = 7
     *
     *  p(b|a) = n_ab / n_a+      e_ab = n_a+ n_+b / N
     *  z_ab = (n_ab - e_ab) / sqrt(e_ab (1 - n_a+/N) (1 - n_+b/N))
     *  Yule's Q from A = n_ab, B = n_a+ - n_ab, C = n_+b - n_ab, D = N - n_a+ - n_+b + n_ab
     *
     *  a -> b                       n    p       e = a+ b+ / N    variance          z          A B C D    Q
     *  amplification -> feeling     2  0.5000  8/7 = 1.1429  8/7 3/7 5/7 = 120/343   1.4491     2 2 0 3   (6-0)/(6+0) =  1
     *  amplification -> narrative   2  0.5000 12/7 = 1.7143 12/7 3/7 4/7 = 144/343   0.4410     2 2 1 2   (4-2)/(4+2) =  0.3333
     *  amplification -> withdrawal  0  0.0000  8/7 = 1.1429  8/7 3/7 5/7 = 120/343  -1.9322     0 4 2 1   (0-8)/(0+8) = -1
     *  repair -> feeling            0  0.0000  6/7 = 0.8571  6/7 4/7 5/7 = 120/343  -1.4491     0 3 2 2   (0-6)/(0+6) = -1
     *  repair -> narrative          1  0.3333  9/7 = 1.2857  9/7 4/7 4/7 = 144/343  -0.4410     1 2 2 2   (2-4)/(2+4) = -0.3333
     *  repair -> withdrawal         2  0.6667  6/7 = 0.8571  6/7 4/7 5/7 = 120/343   1.9322     2 1 0 4   (8-0)/(8+0) =  1
     *
     *  e.g. z(amplification -> feeling) = (2 - 8/7) / sqrt(120/343) = 0.8571 / 0.5915 = 1.4491.
     */
    @Test
    void therapistToNextClientTurnMatchesTheTableWorkedByHand() {
        LagTable table = LagSequence.of(HandCodedSessions.twoSessions(), 1, THERAPIST, CLIENT);

        assertThat(table.lag()).isEqualTo(1);
        assertThat(table.fromRole()).isEqualTo(THERAPIST);
        assertThat(table.toRole()).isEqualTo(CLIENT);
        assertThat(table.total()).isEqualTo(7);
        assertThat(table.givenCodes()).containsExactly("amplification", "repair");
        assertThat(table.targetCodes()).containsExactly("feeling", "narrative", "withdrawal");
        assertThat(table.transitions()).extracting(Transition::given, Transition::target, Transition::count)
                .containsExactly(
                        tuple("amplification", "feeling", 2L),
                        tuple("amplification", "narrative", 2L),
                        tuple("amplification", "withdrawal", 0L),
                        tuple("repair", "feeling", 0L),
                        tuple("repair", "narrative", 1L),
                        tuple("repair", "withdrawal", 2L));
        assertThat(table.givenTotal("amplification")).isEqualTo(4);
        assertThat(table.givenTotal("repair")).isEqualTo(3);
        assertThat(table.targetTotal("feeling")).isEqualTo(2);
        assertThat(table.targetTotal("narrative")).isEqualTo(3);
        assertThat(table.targetTotal("withdrawal")).isEqualTo(2);

        assertCell(table, "amplification", "feeling", 2, 0.5000, 1.1429, 1.4491, 1.0);
        assertCell(table, "amplification", "narrative", 2, 0.5000, 1.7143, 0.4410, 0.3333);
        assertCell(table, "amplification", "withdrawal", 0, 0.0000, 1.1429, -1.9322, -1.0);
        assertCell(table, "repair", "feeling", 0, 0.0000, 0.8571, -1.4491, -1.0);
        assertCell(table, "repair", "narrative", 1, 0.3333, 1.2857, -0.4410, -0.3333);
        assertCell(table, "repair", "withdrawal", 2, 0.6667, 0.8571, 1.9322, 1.0);
    }

    private static void assertCell(LagTable table, String given, String target, long count, double probability,
                                   double expected, double adjustedResidual, double yulesQ) {
        Transition t = table.transition(given, target).orElseThrow();
        assertThat(t.count()).as("count").isEqualTo(count);
        assertThat(t.probability()).as("p(%s|%s)", target, given).isCloseTo(probability, FOUR_DECIMALS);
        assertThat(t.expected()).as("expected").isCloseTo(expected, FOUR_DECIMALS);
        assertThat(t.adjustedResidual()).as("adjusted residual").isCloseTo(adjustedResidual, FOUR_DECIMALS);
        assertThat(t.yulesQ()).as("Yule's Q").isCloseTo(yulesQ, FOUR_DECIMALS);
    }

    /*
     * Any role, lag 1, the same sessions: every pair of neighbouring coded turns.
     *   1->2 amp->narr; 2->3 narr->amp; 3->4 amp->narr, amp->feel; 4->5 narr->rep, feel->rep;
     *   5->6 rep->with; 6->7 with->amp, with->rep; (7->8, 8->9 gone with turn 8; 9->10, 10->11 uncoded);
     *   11->12 narr->rep; (12->13 across transcripts); 13->14 with->rep; 14->15 rep->narr, rep->with;
     *   15->16 narr->amp, with->amp; 16->17 amp->feel.   N = 16.
     */
    @Test
    void anyRoleAtLagOneCountsEveryNeighbouringPairWithinATranscript() {
        LagTable table = LagSequence.of(HandCodedSessions.twoSessions(), 1, null, null);

        assertThat(table.total()).isEqualTo(16);
        List<String> all = List.of("amplification", "feeling", "narrative", "repair", "withdrawal");
        assertThat(table.givenCodes()).isEqualTo(all);
        assertThat(table.targetCodes()).isEqualTo(all);
        assertThat(table.transitions()).hasSize(25);
        assertThat(table.count("narrative", "amplification")).isEqualTo(2);
        assertThat(table.count("withdrawal", "repair")).isEqualTo(2);
        assertThat(table.count("withdrawal", "amplification")).isEqualTo(2);
        assertThat(table.count("feeling", "repair")).isEqualTo(1);
        // 3 if s1:12 (repair) -> s2:13 (withdrawal) had counted.
        assertThat(table.count("repair", "withdrawal")).isEqualTo(2);
        // 1 if turn 7 (amplification, repair) -> turn 9 (withdrawal) had counted across the gap.
        assertThat(table.count("amplification", "withdrawal")).isZero();
        assertThat(table.transition("withdrawal", "withdrawal")).get().extracting(Transition::count).isEqualTo(0L);
    }

    /*
     * Lag 2, any role: t -> t+2 by number.
     *   1->3 amp->amp; 2->4 narr->narr, narr->feel; 3->5 amp->rep; 4->6 narr->with, feel->with;
     *   5->7 rep->amp, rep->rep; (6->8 gone); 7->9 amp->with, rep->with (9 is two after 7 whether
     *   or not 8 is there); (8->10 gone; 10->12 uncoded); 9->11 with->narr; (11->13 across transcripts);
     *   13->15 with->narr, with->with; 14->16 rep->amp; 15->17 narr->feel, with->feel.   N = 16.
     */
    @Test
    void lagTwoPairsTurnsTwoNumbersApart() {
        LagTable table = LagSequence.of(HandCodedSessions.twoSessions(), 2, null, null);

        assertThat(table.lag()).isEqualTo(2);
        assertThat(table.total()).isEqualTo(16);
        assertThat(table.count("amplification", "amplification")).isEqualTo(1);
        assertThat(table.count("repair", "amplification")).isEqualTo(2);
        assertThat(table.count("withdrawal", "narrative")).isEqualTo(2);
        assertThat(table.count("narrative", "feeling")).isEqualTo(2);
        assertThat(table.count("amplification", "withdrawal")).isEqualTo(1);
        assertThat(table.count("narrative", "withdrawal")).isEqualTo(1);
        assertThat(table.givenTotal("narrative")).isEqualTo(4);
        assertThat(table.targetTotal("withdrawal")).isEqualTo(5);
    }

    @Test
    void emptyInputGivesAnEmptyTable() {
        LagTable table = LagSequence.of(List.of(), 1, THERAPIST, CLIENT);

        assertThat(table.total()).isZero();
        assertThat(table.givenCodes()).isEmpty();
        assertThat(table.targetCodes()).isEmpty();
        assertThat(table.transitions()).isEmpty();
        assertThat(table.transition("repair", "narrative")).isEmpty();
        assertThat(table.count("repair", "narrative")).isZero();
    }

    @Test
    void uncodedTurnsMakeNoTransitions() {
        LagTable table = LagSequence.of(List.of(turn("s", 1, THERAPIST), turn("s", 2, CLIENT), turn("s", 3, THERAPIST)),
                1, null, null);

        assertThat(table.total()).isZero();
        assertThat(table.transitions()).isEmpty();
    }

    @Test
    void aCodeThatOnlyBeginsTransitionsIsAGivenCodeOnly() {
        // "opening" is on the first turn only: it precedes, and is never preceded.
        LagTable table = LagSequence.of(List.of(
                turn("s", 1, THERAPIST, "opening"),
                turn("s", 2, CLIENT, "narrative"),
                turn("s", 3, THERAPIST, "amplification"),
                turn("s", 4, CLIENT, "narrative")), 1, null, null);

        assertThat(table.givenCodes()).containsExactly("amplification", "narrative", "opening");
        assertThat(table.targetCodes()).containsExactly("amplification", "narrative");
        assertThat(table.targetTotal("opening")).isZero();
        assertThat(table.transition("narrative", "opening")).isEmpty();
        assertThat(table.row("opening")).extracting(Transition::target, Transition::count)
                .containsExactly(tuple("amplification", 0L),
                        tuple("narrative", 1L));
        assertThat(table.total()).isEqualTo(3);
    }

    @Test
    void statisticsWithoutVarianceAreNotANumber() {
        // One transition: every margin is the whole table, so z and Q have nothing to compare.
        LagTable table = LagSequence.of(List.of(turn("s", 1, THERAPIST, "amplification"), turn("s", 2, CLIENT, "narrative")),
                1, THERAPIST, CLIENT);

        Transition only = table.transition("amplification", "narrative").orElseThrow();
        assertThat(only.count()).isEqualTo(1);
        assertThat(only.probability()).isEqualTo(1.0);
        assertThat(only.expected()).isEqualTo(1.0);
        assertThat(only.adjustedResidual()).isNaN();
        assertThat(only.yulesQ()).isNaN();
    }

    @Test
    void aGivenCodeOfEveryTransitionHasNoAdjustedResidual() {
        // amplification begins all 3 transitions: 1 - n_a+/N = 0. Q for (amplification, narrative):
        // A = 2, B = 1, C = 0, D = 0, AD + BC = 0.
        LagTable table = LagSequence.of(List.of(
                turn("s", 1, THERAPIST, "amplification"), turn("s", 2, CLIENT, "narrative", "feeling"),
                turn("s", 3, THERAPIST, "amplification"), turn("s", 4, CLIENT, "narrative")), 1, THERAPIST, CLIENT);

        assertThat(table.total()).isEqualTo(3);
        assertThat(table.transitions()).allSatisfy(t -> assertThat(t.adjustedResidual()).isNaN());
        assertThat(table.transition("amplification", "narrative").orElseThrow().yulesQ()).isNaN();
    }

    @Test
    void refusesALagBelowOneAndTurnsOutOfOrder() {
        assertThatThrownBy(() -> LagSequence.of(List.of(), 0, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lag");
        assertThatThrownBy(() -> LagSequence.of(List.of(turn("s", 2, CLIENT, "x"), turn("s", 1, THERAPIST, "y")), 1, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("turn 1 of transcript 's' after turn 2");
        assertThatThrownBy(() -> LagSequence.of(List.of(turn("s", 1, CLIENT, "x"), turn("t", 1, CLIENT, "x"),
                turn("s", 2, CLIENT, "x")), 1, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("transcript 's' comes back");
    }

    @Test
    void transitionStatisticsFromMarginsAgreeWithTheTable() {
        Transition cell = Transition.of("amplification", "withdrawal", 0, 4, 2, 7);

        assertThat(cell.expected()).isCloseTo(1.1429, FOUR_DECIMALS);
        assertThat(cell.adjustedResidual()).isCloseTo(-1.9322, FOUR_DECIMALS);
        assertThat(cell.yulesQ()).isEqualTo(-1.0);
        assertThatThrownBy(() -> Transition.of("a", "b", 5, 4, 6, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Transition.of("a", "b", 1, 4, 6, 8)).isInstanceOf(IllegalArgumentException.class);
    }
}
