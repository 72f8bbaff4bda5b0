package org.attune.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.attune.model.CoderSummary;
import org.junit.jupiter.api.Test;

/** An analysis counts one coder's codes by default, never every coder's pooled. */
class AnalysisCoderTest {

    private static final List<CoderSummary> CODERS = List.of(new CoderSummary("anna", 120, 3),
            new CoderSummary("ben", 300, 4), new CoderSummary("team", 80, 2), new CoderSummary("zoe", 300, 4));

    @Test
    void theConsensusCoderWhenThereIsOne() {
        assertThat(AnalysisCoder.choose(CODERS, Set.of("team")::contains)).contains("team");
    }

    @Test
    void elseTheCoderWhoCodedMostTheFirstByNameOnATie() {
        assertThat(AnalysisCoder.choose(CODERS, name -> false)).contains("ben");
        assertThat(AnalysisCoder.choose(List.of(new CoderSummary("anna", 5, 1), new CoderSummary("ben", 9, 1)), name -> false))
                .contains("ben");
    }

    @Test
    void ofSeveralConsensusCodersTheOneWithTheMostCodings() {
        List<CoderSummary> coders = List.of(new CoderSummary("panel-a", 10, 1), new CoderSummary("panel-b", 40, 2),
                new CoderSummary("ben", 500, 4));
        assertThat(AnalysisCoder.choose(coders, name -> name.startsWith("panel"))).contains("panel-b");
    }

    @Test
    void neverACoderWithoutCodingsAndNoOneWhenNoOneHasCoded() {
        List<CoderSummary> coders = List.of(new CoderSummary("team", 0, 0), new CoderSummary("anna", 3, 1));
        assertThat(AnalysisCoder.choose(coders, Set.of("team")::contains)).contains("anna");
        assertThat(AnalysisCoder.choose(List.of(new CoderSummary("anna", 0, 0)), name -> false)).isEmpty();
        assertThat(AnalysisCoder.choose(List.of(), name -> true)).isEmpty();
    }
}
