package org.attune.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.attune.model.CodeGroup;
import org.attune.workbench.DemoProject;
import org.attune.workbench.Progress;
import org.attune.workbench.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window follows the core's rules rather than copies of them: the id of a new code, the undo
 * of a codebook change, the agreement defaults, what an import option allows, and how a refusal is
 * worded. Without a frame, on the demo project.
 */
class CoreRulesInWindowTest {

    @TempDir
    Path dir;

    private Path project;
    private ProjectSession session;

    @BeforeEach
    void openDemo() {
        project = dir.resolve("demo.attune");
        session = new ProjectSession(DemoProject.build(project, Progress.NONE).workbench(), "dana");
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aCodeAddedFromTheWindowGetsTheCoresIdWithoutAccents() {
        CodebookEditing editing = new CodebookEditing(session, null, outcome -> { });
        CodeGroup group = session.codebook().orElseThrow().group("pit-features").orElseThrow();

        Outcome added = editing.addCode(group, "Café au lait").join();

        assertThat(added.refused()).as(added.message()).isFalse();
        try (Workbench reader = Workbench.openReadOnly(project)) {
            assertThat(reader.codebook().orElseThrow().codebook().findCode("Café au lait").orElseThrow().id())
                    .isEqualTo("cafe-au-lait");
        }
        assertThat(session.perform(SessionModel::undo).join().refused()).isFalse();
        assertThat(session.codebook().orElseThrow().code("cafe-au-lait")).isEmpty();
    }

    /** Every coding of the project with its times, as another process reads them. */
    private java.util.Set<org.attune.model.Coding> everyCoding() {
        try (Workbench reader = Workbench.openReadOnly(project)) {
            java.util.Set<org.attune.model.Coding> all = new java.util.HashSet<>();
            reader.transcripts().forEach(t -> all.addAll(reader.codings(t.name())));
            return all;
        }
    }

    @Test
    void undoingAMergeInTheWindowIsTheCoresUndoThatPutsTheCodingsBackWithTheirTimes() {
        CodebookEditing editing = new CodebookEditing(session, null, outcome -> { });
        java.util.Set<org.attune.model.Coding> before = everyCoding();
        org.attune.model.Code metaphor = session.codebook().orElseThrow().code("metaphor").orElseThrow();
        assertThat(editing.mergeCode(metaphor, "mutual-language").join().refused()).isFalse();

        Outcome undone = session.perform(SessionModel::undo).join();

        assertThat(undone.refused()).as(undone.message()).isFalse();
        assertThat(everyCoding()).isEqualTo(before);
        try (Workbench reader = Workbench.openReadOnly(project)) {
            assertThat(reader.codebookHistory().getLast().change()).startsWith("undid version");
        }
    }

    @Test
    void theWindowsAgreementRequestTakesTheCoresDefaultBootstrapAndSeed() throws Exception {
        org.attune.workbench.AgreementRequest[] asked = new org.attune.workbench.AgreementRequest[1];
        javax.swing.SwingUtilities.invokeAndWait(() -> {
            AgreementPanel panel = new AgreementPanel(session, new StatusBar());
            panel.coders.setListData(new String[] {"anna", "ben"});
            panel.coders.setSelectionInterval(0, 1);
            asked[0] = panel.request();
        });

        assertThat(asked[0]).isEqualTo(org.attune.workbench.AgreementRequest.withIntervals(java.util.List.of("anna", "ben"),
                java.util.List.of(), java.util.List.of(), java.util.List.of(), false, false));
        assertThat(asked[0].bootstrap()).isEqualTo(org.attune.workbench.AgreementRequest.DEFAULT_BOOTSTRAP);
        assertThat(asked[0].seed()).isEqualTo(org.attune.workbench.AgreementRequest.DEFAULT_SEED);
    }

    @Test
    void aCodebookThatWouldOrphanCodingsIsOfferedAsReplaceAnywayWithTheListAndNoFlag() throws Exception {
        Path small = java.nio.file.Files.writeString(dir.resolve("small.yaml"), """
                name: Small
                version: "1"
                groups:
                  - id: client-form
                    name: Client conversation form
                    exclusive: true
                    applies_to: client
                    codes:
                      - id: narrative
                        name: Narrative
                """);
        Throwable failure = session.change(w -> w.useCodebook(small, false)).handle((change, e) -> e).join();
        while (failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null) {
            failure = failure.getCause();
        }

        assertThat(CodebookRefusal.forcible(failure)).as(String.valueOf(failure)).isTrue();
        org.attune.workbench.CodingsAtStakeException refusal = (org.attune.workbench.CodingsAtStakeException) failure;
        assertThat(refusal.codings()).extracting(org.attune.workbench.CodingsAtStakeException.CodeCodings::code)
                .contains("statement", "metaphor");
        String shown = CodebookRefusal.describe(refusal);
        assertThat(shown).contains("<li>'statement': ", CodebookRefusal.REPLACE_ANYWAY).doesNotContain("--");
        assertThat(refusal.getMessage()).doesNotContain("--");
        try (Workbench reader = Workbench.openReadOnly(project)) {
            assertThat(reader.codebook().orElseThrow().codebook().code("statement")).isPresent();
        }
        // Deleting a code that has codings is no replacement: the window does not offer to replace anything.
        Throwable delete = session.change(w -> w.deleteCode("statement", false)).handle((change, e) -> e).join();
        while (delete instanceof java.util.concurrent.CompletionException && delete.getCause() != null) {
            delete = delete.getCause();
        }
        assertThat(delete).isInstanceOf(org.attune.workbench.CodingsAtStakeException.class);
        assertThat(CodebookRefusal.forcible(delete)).isFalse();
    }

    @Test
    void aMergeThatWouldBreakCodingsIsRefusedWithItsListAndCanBeMadeAnyway() {
        CodebookEditing editing = new CodebookEditing(session, null, outcome -> { });
        org.attune.model.Code metaphor = session.codebook().orElseThrow().code("metaphor").orElseThrow();
        java.util.Set<org.attune.model.Coding> before = everyCoding();
        java.util.List<org.attune.workbench.CodingsAtStakeException> refused = new java.util.ArrayList<>();

        // Metaphor is a therapist code; narrative a client one: the moved codings would be on the wrong turns.
        Outcome outcome = editing.mergeCode(metaphor, "narrative", false, refused::add).join();

        assertThat(outcome.refused()).isTrue();
        assertThat(outcome.message()).doesNotContain("--");
        assertThat(refused).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(org.attune.workbench.CodingsAtStakeException.Kind.MERGE_WOULD_BREAK);
            assertThat(r.count()).isEqualTo(before.stream().filter(c -> c.codeId().equals("metaphor")).count());
            assertThat(CodebookRefusal.describe(r, "Merging Metaphor into Narrative would break", CodebookRefusal.MERGE_ANYWAY))
                    .contains("'narrative': ", CodebookRefusal.MERGE_ANYWAY + " deletes those codings");
        });
        assertThat(everyCoding()).isEqualTo(before);

        Outcome anyway = editing.mergeCode(metaphor, "narrative", true, refused::add).join();
        assertThat(anyway.refused()).as(anyway.message()).isFalse();
        assertThat(everyCoding()).noneMatch(c -> c.codeId().equals("metaphor"));
        assertThat(session.perform(SessionModel::undo).join().refused()).isFalse();
        assertThat(everyCoding()).isEqualTo(before);
    }
}
