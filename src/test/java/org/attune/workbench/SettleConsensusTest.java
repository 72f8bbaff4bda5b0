package org.attune.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.attune.agreement.Comparison;
import org.attune.agreement.Disagreement;
import org.attune.model.AttuneException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Disagreements settled one at a time, as the window's consensus queue does. */
class SettleConsensusTest {

    @TempDir
    Path dir;

    private static final AgreementRequest ANNA_AND_BEN =
            new AgreementRequest(List.of("anna", "ben"), List.of("d01-s01"), List.of(), List.of(), 0, 1);

    @Test
    void aSettledDisagreementLeavesTheQueueAndBecomesTheConsensusCoding() {
        try (Workbench workbench = DemoProject.build(dir.resolve("demo.attune"), Progress.NONE).workbench()) {
            ConsensusReport started = workbench.startConsensus(ANNA_AND_BEN, "agreed", Progress.NONE);
            Disagreement first = started.open().stream().filter(d -> d.comparison() == Comparison.PRESENCE).findFirst().orElseThrow();
            String bens = first.ratings().get(1);
            ConsensusReport settled = workbench.settleConsensus(ANNA_AND_BEN, "agreed",
                    List.of(new Settlement(first.transcript(), first.turn(), first.id(), first.comparison(), bens)), "carla",
                    Progress.NONE);
            assertThat(settled.settled()).isEqualTo(1);
            assertThat(settled.open()).hasSize(started.open().size() - 1).doesNotContain(first);
            boolean present = workbench.codings(first.transcript()).stream().anyMatch(c -> c.coder().equals("agreed")
                    && c.span().startTurn() == first.turn() && c.codeId().equals(first.id()));
            assertThat(present).isEqualTo(bens.equals("present"));
        }
    }

    @Test
    void aDecisionTheUnitCannotTakeIsRefusedAndNothingChanges() {
        try (Workbench workbench = DemoProject.build(dir.resolve("demo.attune"), Progress.NONE).workbench()) {
            ConsensusReport started = workbench.startConsensus(ANNA_AND_BEN, "agreed", Progress.NONE);
            Disagreement first = started.open().getFirst();
            long before = workbench.codings(first.transcript()).size();
            assertThatThrownBy(() -> workbench.settleConsensus(ANNA_AND_BEN, "agreed",
                    List.of(new Settlement(first.transcript(), first.turn(), first.id(), first.comparison(), "maybe")), "carla",
                    Progress.NONE))
                    .isInstanceOf(AttuneException.class).hasMessageStartingWith("'maybe' is no decision for " + first.id());
            assertThat(workbench.codings(first.transcript())).hasSize((int) before);
        }
    }
}
