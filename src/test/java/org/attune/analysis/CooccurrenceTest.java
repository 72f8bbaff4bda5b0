package org.attune.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attune.analysis.HandCodedSessions.turn;
import static org.attune.model.Role.CLIENT;
import static org.attune.model.Role.THERAPIST;

import java.util.List;
import org.junit.jupiter.api.Test;

class CooccurrenceTest {

    private static final List<String> CODES = List.of("amplification", "feeling", "narrative", "repair", "withdrawal");

    /*
     * HandCodedSessions.shortSessions(), window 0: codes on the same turn.
     * Only a:2 carries two codes (narrative, feeling); the diagonal counts the turns of each code:
     * amplification a:1, a:3; feeling a:2; narrative a:2, b:7; repair a:6, b:8; withdrawal a:5.
     *
     *                 amp feel narr rep with
     *  amplification   2   0    0    0   0
     *  feeling         0   1    1    0   0
     *  narrative       0   1    2    0   0
     *  repair          0   0    0    2   0
     *  withdrawal      0   0    0    0   1
     */
    @Test
    void windowZeroCountsCodesOnTheSameTurn() {
        CooccurrenceTable table = Cooccurrence.of(HandCodedSessions.shortSessions(), 0);

        assertThat(table.window()).isZero();
        assertThat(table.turns()).isEqualTo(8);
        assertThat(table.codes()).isEqualTo(CODES);
        assertThat(table.rows()).containsExactly(
                List.of(2L, 0L, 0L, 0L, 0L),
                List.of(0L, 1L, 1L, 0L, 0L),
                List.of(0L, 1L, 2L, 0L, 0L),
                List.of(0L, 0L, 0L, 2L, 0L),
                List.of(0L, 0L, 0L, 0L, 1L));
        assertThat(table.count("narrative", "feeling")).isEqualTo(1);
        assertThat(table.turnsWith("repair")).isEqualTo(2);
    }

    /*
     * Window 1: each coded turn with the codes of the turns numbered one either side of it (and its own),
     * in its own transcript:
     *   a:1 amplification           with {amplification, narrative, feeling}   (a:1, a:2)
     *   a:2 narrative, feeling      with {amplification, narrative, feeling}   (a:1, a:2, a:3)
     *   a:3 amplification           with {narrative, feeling, amplification}   (a:2, a:3; a:4 left out)
     *   a:5 withdrawal              with {withdrawal, repair}                  (a:5, a:6; a:4 left out)
     *   a:6 repair                  with {withdrawal, repair}                  (a:5, a:6; b:7 is another transcript)
     *   b:7 narrative               with {narrative, repair}                   (b:7, b:8)
     *   b:8 repair                  with {narrative, repair}                   (b:7, b:8, b:9 uncoded)
     *
     *   row = the turn's code,      amp feel narr rep with
     *   amplification (a:1, a:3)     2   2    2    0   0
     *   feeling (a:2)                1   1    1    0   0
     *   narrative (a:2, b:7)         1   1    2    1   0
     *   repair (a:6, b:8)            0   0    1    2   1
     *   withdrawal (a:5)             0   0    0    1   1
     *
     * Not symmetric: two turns of amplification have narrative beside them, one turn of narrative has
     * amplification beside it. amplification and withdrawal are next to each other by position (a:3, a:5)
     * but two apart by number: 0. repair -> narrative would be 2, not 1, across the transcripts a and b.
     */
    @Test
    void windowOneCountsEachTurnOnceForEveryCodeNearIt() {
        CooccurrenceTable table = Cooccurrence.of(HandCodedSessions.shortSessions(), 1);

        assertThat(table.window()).isEqualTo(1);
        assertThat(table.codes()).isEqualTo(CODES);
        assertThat(table.rows()).containsExactly(
                List.of(2L, 2L, 2L, 0L, 0L),
                List.of(1L, 1L, 1L, 0L, 0L),
                List.of(1L, 1L, 2L, 1L, 0L),
                List.of(0L, 0L, 1L, 2L, 1L),
                List.of(0L, 0L, 0L, 1L, 1L));
        assertThat(table.count("amplification", "narrative")).isEqualTo(2);
        assertThat(table.count("narrative", "amplification")).isEqualTo(1);
        assertThat(table.row("repair")).containsExactly(0L, 0L, 1L, 2L, 1L);
    }

    @Test
    void windowZeroIsSymmetric() {
        CooccurrenceTable table = Cooccurrence.of(new GeneratedCorpus(5_000, 17), 0);

        assertThat(table.codes()).hasSizeGreaterThan(30);
        for (String a : table.codes()) {
            for (String b : table.codes()) {
                assertThat(table.count(a, b)).as("%s, %s", a, b).isEqualTo(table.count(b, a));
            }
        }
    }

    @Test
    void aWindowWiderThanATranscriptTakesInTheWholeTranscriptOnly() {
        CooccurrenceTable table = Cooccurrence.of(HandCodedSessions.shortSessions(), 100);

        // a's codes meet all of a's codes; b's turns (narrative, repair) meet each other only.
        assertThat(table.count("amplification", "repair")).isEqualTo(2);
        assertThat(table.count("withdrawal", "amplification")).isEqualTo(1);
        assertThat(table.count("repair", "narrative")).isEqualTo(2);
        assertThat(table.count("repair", "feeling")).isEqualTo(1);
    }

    @Test
    void emptyInputGivesAnEmptyTable() {
        CooccurrenceTable table = Cooccurrence.of(List.of(), 1);

        assertThat(table.turns()).isZero();
        assertThat(table.codes()).isEmpty();
        assertThat(table.rows()).isEmpty();
        assertThat(table.count("repair", "narrative")).isZero();
        assertThat(table.row("repair")).isEmpty();
    }

    @Test
    void uncodedTurnsCountAsTurnsButCarryNoCodes() {
        CooccurrenceTable table = Cooccurrence.of(List.of(turn("s", 1, THERAPIST), turn("s", 2, CLIENT)), 1);

        assertThat(table.turns()).isEqualTo(2);
        assertThat(table.codes()).isEmpty();
    }

    @Test
    void refusesANegativeWindowAndTurnsOutOfOrder() {
        assertThatThrownBy(() -> Cooccurrence.of(List.of(), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window");
        assertThatThrownBy(() -> Cooccurrence.of(List.of(turn("s", 3, CLIENT, "x"), turn("s", 3, THERAPIST, "y")), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("turn 3 of transcript 's' after turn 3");
    }
}
