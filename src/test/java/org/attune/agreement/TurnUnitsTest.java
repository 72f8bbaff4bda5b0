package org.attune.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.model.AppliesTo;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.CodeKind;
import org.attune.model.Codebook;
import org.attune.model.Coding;
import org.attune.model.Role;
import org.attune.model.ScaleLevel;
import org.attune.model.ScaleMeasure;
import org.attune.model.Span;
import org.junit.jupiter.api.Test;

class TurnUnitsTest {

    static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    static final Code EXPERIENCING = new Code("experiencing", "Experiencing", null, null, null, List.of(), null, null,
            CodeKind.SCALE, ScaleMeasure.ORDINAL, List.of(ScaleLevel.of(1, "one"), ScaleLevel.of(2, "two"), ScaleLevel.of(3, "three")));
    static final Codebook CODEBOOK = new Codebook("Test", "1", null, null, null, null, List.of(
            new CodeGroup("moves", "Moves", null, false, AppliesTo.THERAPIST, List.of(Code.flag("amplification", "Amplification"))),
            new CodeGroup("form", "Form", null, true, AppliesTo.CLIENT, List.of(Code.flag("narrative", "Narrative"),
                    Code.flag("chronicle", "Chronicle"))),
            new CodeGroup("scales", "Scales", null, false, AppliesTo.CLIENT, List.of(EXPERIENCING))));
    static final List<Role> ROLES = List.of(Role.THERAPIST, Role.CLIENT, Role.THERAPIST, Role.CLIENT, Role.OTHER);

    static Coding on(String coder, String code, int turn) {
        return new Coding(coder, "s1", code, new Span(turn, 0, turn, 1), null, null, NOW, NOW);
    }

    static Coding level(String coder, int turn, int value) {
        return new Coding(coder, "s1", "experiencing", new Span(turn, 0, turn, 1), BigDecimal.valueOf(value), null, NOW, NOW);
    }

    static Map<String, Subject> byKey(TurnUnits units) {
        return units.subjects().stream().collect(java.util.stream.Collectors.toMap(s -> s.comparison() + ":" + s.id(), s -> s));
    }

    @Test
    void everyCodeGroupAndScaleOnTheTurnsItAppliesTo() {
        TurnUnits units = new TurnUnits(CODEBOOK, List.of("anna", "ben"), Set.of());
        assertThat(units.add("s1", ROLES, List.of(
                on("anna", "amplification", 1), on("ben", "amplification", 1), on("ben", "amplification", 3),
                on("anna", "narrative", 2), on("ben", "narrative", 2), on("anna", "chronicle", 4),
                level("anna", 2, 3), level("ben", 2, 2), level("anna", 4, 1),
                on("carla", "chronicle", 2)))).isTrue();
        Map<String, Subject> subjects = byKey(units);

        // Amplification: therapist turns 1 and 3 only. Turn 1 both, turn 3 ben alone.
        RatingTable amplification = subjects.get("PRESENCE:amplification").table();
        assertThat(amplification.units()).isEqualTo(2);
        assertThat(amplification.crossTable(0, 1)).isEqualTo(new long[][] {{0, 1}, {0, 1}});
        // Form: client turns 2 and 4: narrative/narrative, chronicle/none.
        RatingTable form = subjects.get("CHOICE:form").table();
        assertThat(form.categories()).containsExactly("narrative", "chronicle", "none");
        assertThat(form.crossTable(0, 1)).isEqualTo(new long[][] {{1, 0, 0}, {0, 0, 1}, {0, 0, 0}});
        // Experiencing levels where given: turn 2 (3 vs 2), turn 4 (1 vs missing).
        Subject experiencing = subjects.get("LEVEL:experiencing");
        assertThat(experiencing.level()).isEqualTo(Level.ORDINAL);
        assertThat(experiencing.table().units()).isEqualTo(2);
        assertThat(experiencing.table().crossTable(0, 1)).isEqualTo(new long[][] {{0, 0, 0}, {0, 0, 0}, {0, 1, 0}});
        // Pooled: every code on every turn it applies to: 2 amplification + 2 x 3 client codes.
        assertThat(subjects.get("POOLED:overall").table().units()).isEqualTo(2 + 2 * 3);
        assertThat(units.counted()).containsExactly("s1");
    }

    @Test
    void aTranscriptCountsOnlyWhenEveryCoderCodedIt() {
        TurnUnits units = new TurnUnits(CODEBOOK, List.of("anna", "ben", "carla"), Set.of("form"));
        assertThat(units.add("s1", ROLES, List.of(on("anna", "narrative", 2), on("ben", "narrative", 2)))).isFalse();
        assertThat(units.leftOut()).isEqualTo(Map.of("s1", List.of("carla")));
        assertThat(units.subjects()).extracting(Subject::id).containsExactly("narrative", "chronicle", "form", "overall");
        assertThat(units.subjects().get(2).table().units()).isZero();
    }
}
