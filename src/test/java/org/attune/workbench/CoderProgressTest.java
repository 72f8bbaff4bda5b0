package org.attune.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.attune.workbench.RoundProgress.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each coder's stage on each transcript, and who codes blind where: what the window's project tree and stripes obey. */
class CoderProgressTest {

    @TempDir
    Path dir;

    @Test
    void everyCoderHasAStageOnEveryTranscript() {
        try (Workbench workbench = DemoProject.build(dir.resolve("demo.attune"), Progress.NONE).workbench()) {
            CoderProgress before = workbench.coderProgress();
            assertThat(before.coders()).containsExactly("anna", "ben", "carla");
            assertThat(before.stages()).containsOnlyKeys(workbench.transcripts().stream().map(t -> t.name()).toList());
            assertThat(before.stage("d01-s01", "anna")).isEqualTo(Stage.STARTED);
            assertThat(before.stage("d01-s01", "carla")).isEqualTo(Stage.NOT_STARTED);

            workbench.markDone("anna", List.of("d01-s01"), true);
            assertThat(workbench.coderProgress().stage("d01-s01", "anna")).isEqualTo(Stage.DONE);
            assertThat(workbench.coderProgress().stage("d01-s01", "ben")).isEqualTo(Stage.STARTED);
        }
    }

    @Test
    void aCoderCodesBlindOnlyOnTheTranscriptsOfTheirBlindRounds() {
        try (Workbench workbench = DemoProject.build(dir.resolve("demo.attune"), Progress.NONE).workbench()) {
            assertThat(workbench.codesBlind("anna", "d01-s01")).isFalse();
            workbench.createRound("first", List.of("anna", "ben"), List.of("d01-s01"), List.of(), true);
            workbench.createRound("open", List.of("anna", "carla"), List.of("d01-s02"), List.of(), false);
            assertThat(workbench.codesBlind("anna", "d01-s01")).isTrue();
            assertThat(workbench.codesBlind("ben", "d01-s01")).isTrue();
            assertThat(workbench.codesBlind("carla", "d01-s01")).isFalse();
            assertThat(workbench.codesBlind("anna", "d01-s02")).isFalse();
        }
    }
}
