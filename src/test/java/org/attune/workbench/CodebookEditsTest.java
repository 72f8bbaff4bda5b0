package org.attune.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.attune.model.AttuneException;
import org.attune.model.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's codebook edits: color, key, group and new codes, each a new version of the codebook. */
class CodebookEditsTest {

    @TempDir
    Path dir;

    private static Code code(Workbench w, String id) {
        return w.codebook().orElseThrow().codebook().code(id).orElseThrow();
    }

    @Test
    void recolorsAndRekeysAsNewVersionsAndRefusesWhatTheCodebookCannotHold() {
        try (Workbench w = DemoProject.build(dir.resolve("demo.attune"), Progress.NONE).workbench()) {
            int versions = w.codebookHistory().size();
            w.recolorCode("statement", "#ff0000");
            assertThat(code(w, "statement").color()).isEqualTo("#ff0000");
            assertThat(w.codebookHistory()).hasSize(versions + 1);
            assertThat(w.codebookHistory().getLast().change()).isEqualTo("recolored code 'statement' to #ff0000");
            assertThatThrownBy(() -> w.recolorCode("statement", "red")).isInstanceOf(AttuneException.class)
                    .hasMessageContaining("is not #RRGGBB");

            assertThatThrownBy(() -> w.rekeyCode("statement", "q")).isInstanceOf(AttuneException.class)
                    .hasMessageContaining("key 'q' is taken by code 'question' (Question)");
            assertThatThrownBy(() -> w.rekeyCode("statement", "j")).hasMessageContaining("not j or k");
            w.rekeyCode("statement", "Z");
            assertThat(code(w, "statement").key()).isEqualTo("Z");
            w.rekeyCode("statement", null);
            assertThat(code(w, "statement").key()).isNull();
            assertThat(w.codebookHistory()).hasSize(versions + 3);
        }
    }

    @Test
    void movesACodeOnlyWhereItsCodingsKeepTheRules() {
        try (Workbench w = DemoProject.build(dir.resolve("demo.attune"), Progress.NONE).workbench()) {
            long metaphors = w.codebook().orElseThrow().codingsOf("metaphor");
            assertThat(metaphors).isPositive();
            assertThatThrownBy(() -> w.moveCode("metaphor", "client-events", false)).isInstanceOf(AttuneException.class)
                    .hasMessageContaining("would orphan or break");
            assertThat(w.codebook().orElseThrow().codebook().groupOf("metaphor").orElseThrow().id()).isEqualTo("pit-features");

            w.moveCode("metaphor", "meares-moves", false);
            assertThat(w.codebook().orElseThrow().codebook().groupOf("metaphor").orElseThrow().id()).isEqualTo("meares-moves");
            assertThat(w.codebook().orElseThrow().codingsOf("metaphor")).isEqualTo(metaphors);
        }
    }

    @Test
    void addsAFlagCodeToAGroup() {
        try (Workbench w = DemoProject.build(dir.resolve("demo.attune"), Progress.NONE).workbench()) {
            w.addCode("client-events", "hope", "Hope");
            assertThat(code(w, "hope").name()).isEqualTo("Hope");
            assertThat(w.codebook().orElseThrow().codebook().groupOf("hope").orElseThrow().id()).isEqualTo("client-events");
            assertThatThrownBy(() -> w.addCode("client-events", "hope", "Hope again")).hasMessageContaining("id 'hope' is already used");
            assertThatThrownBy(() -> w.addCode("nowhere", "x", "X")).hasMessageStartingWith("no group 'nowhere' in the codebook");
        }
    }
}
