package org.attune.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.attune.model.Coding;
import org.attune.model.Span;
import org.junit.jupiter.api.Test;

class SpanUnitsTest {

    static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    static Coding span(String coder, String code, int turn, int from, int to) {
        return new Coding(coder, "s1", code, new Span(turn, from, turn, to), null, null, NOW, NOW);
    }

    @Test
    void krippendorffsExampleAsCodingsOfOneTurn() {
        // Krippendorff (2004), p. 254, moved from the continuum 150..450 to a turn of 300 code points.
        SpanUnits units = new SpanUnits(List.of("one", "two"), Set.of());
        assertThat(units.add("s1", new int[] {300}, List.of(
                span("one", "c", 1, 75, 145), span("one", "c", 1, 220, 250), span("one", "k", 1, 30, 90),
                span("one", "k", 1, 150, 200),
                span("two", "c", 1, 70, 150), span("two", "c", 1, 205, 225), span("two", "c", 1, 250, 270),
                span("two", "k", 1, 30, 90), span("two", "k", 1, 150, 200)))).isTrue();
        UnitizingAlpha.Result alpha = units.alpha();
        assertThat(alpha.byCategory().get("c")).isCloseTo(0.7286, within(0.00005));
        assertThat(alpha.byCategory().get("k")).isCloseTo(1.0, within(0.00005));
        assertThat(alpha.overall()).isCloseTo(0.8591, within(0.0005));
    }

    @Test
    void turnsAndTranscriptsLieEndToEnd() {
        SpanUnits units = new SpanUnits(List.of("anna", "ben"), Set.of());
        // A coding from the middle of turn 1 to the middle of turn 2 is one segment across the turns.
        units.add("s1", new int[] {10, 10}, List.of(span("anna", "x", 1, 0, 1),
                new Coding("anna", "s1", "x", new Span(1, 5, 2, 5), null, null, NOW, NOW),
                new Coding("ben", "s1", "x", new Span(1, 5, 2, 5), null, null, NOW, NOW)));
        units.add("s2", new int[] {10}, List.of(span("anna", "x", 1, 0, 10), span("ben", "x", 1, 0, 10)));
        assertThat(units.counted()).containsExactly("s1", "s2");
        SpanUnits.PairOverlap pair = units.overlaps(0.5).get(0);
        // anna: [0,1), [5,15), [20,30); ben: [5,15), [20,30).
        assertThat(pair.byCode().get("x")).isEqualTo(new SpanUnits.Overlap(2, 1, 0));
    }

    @Test
    void theOverlapMatchCountsEachSegmentOnce() {
        SpanUnits units = new SpanUnits(List.of("anna", "ben"), Set.of());
        units.add("s1", new int[] {100}, List.of(
                span("anna", "x", 1, 0, 10), span("anna", "x", 1, 20, 30), span("anna", "y", 1, 40, 50),
                span("ben", "x", 1, 2, 10), span("ben", "x", 1, 50, 60), span("ben", "y", 1, 40, 44)));
        SpanUnits.PairOverlap pair = units.overlaps(0.5).get(0);
        // x: [0,10) and [2,10) overlap 8 of 10: a match; [20,30) and [50,60) alone. y: 4 of 10, below half.
        assertThat(pair.byCode().get("x")).isEqualTo(new SpanUnits.Overlap(1, 1, 1));
        assertThat(pair.byCode().get("y")).isEqualTo(new SpanUnits.Overlap(0, 1, 1));
        assertThat(pair.percentAgreement()).isCloseTo(1.0 / 5, within(1e-12));
        assertThat(units.overlaps(0.4).get(0).byCode().get("y")).isEqualTo(new SpanUnits.Overlap(1, 0, 0));
    }

    @Test
    void aTranscriptOneCoderLeftAloneDoesNotCount() {
        SpanUnits units = new SpanUnits(List.of("anna", "ben"), Set.of());
        assertThat(units.add("s1", new int[] {10}, List.of(span("anna", "x", 1, 0, 5)))).isFalse();
        assertThat(units.counted()).isEmpty();
        assertThat(units.alpha().overall()).isNaN();
    }
}
