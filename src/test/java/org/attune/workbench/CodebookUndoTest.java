package org.attune.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attune.model.AttuneException;
import org.attune.model.Coding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Undo of a merge or deletion of a code as one operation of the core: the codebook and exactly the
 * codings the change took away or wrote come back as they were (compared row by row in the file),
 * and an undo that would lose later work is refused without writing anything.
 */
class CodebookUndoTest {

    @TempDir
    Path dir;

    private Path project;

    @BeforeEach
    void buildDemo() {
        project = dir.resolve("demo.attune");
        DemoProject.build(project, Progress.NONE).workbench().close();
    }

    private static List<Coding> codingsOf(Workbench w, String code) {
        return w.transcripts().stream().flatMap(t -> w.codings(t.name()).stream()).filter(c -> c.codeId().equals(code)).toList();
    }

    /**
     * A metaphor coding that also gets mutual-language on the same span (the merge drops it), and memos that need
     * escaping where the undo keeps them: tabs, line breaks, backslashes, the text of the null marker.
     */
    private static void overlap(Workbench w) {
        Coding metaphor = codingsOf(w, "metaphor").getFirst();
        w.applyCode(metaphor.coder(), metaphor.transcript(), "mutual-language", metaphor.span(), null, "shared words");
        w.applyCode(metaphor.coder(), metaphor.transcript(), "metaphor", metaphor.span(), null, "a river,\there\r\nand \\N, \\t");
        // One the merge moves, with a memo that needs escaping as well.
        Coding moved = codingsOf(w, "metaphor").getLast();
        w.applyCode(moved.coder(), moved.transcript(), "metaphor", moved.span(), null, "\\N");
    }

    /** Merges metaphor into mutual-language, and returns one of the codings the merge moved. */
    private static Coding movedByMerge(Workbench w) {
        List<Coding> shared = codingsOf(w, "mutual-language");
        Coding metaphor = codingsOf(w, "metaphor").stream().filter(m -> shared.stream().noneMatch(c -> c.coder().equals(m.coder())
                && c.transcript().equals(m.transcript()) && c.span().equals(m.span()))).findFirst().orElseThrow();
        w.mergeCodes("metaphor", "mutual-language", false);
        return codingsOf(w, "mutual-language").stream().filter(c -> c.coder().equals(metaphor.coder())
                && c.transcript().equals(metaphor.transcript()) && c.span().equals(metaphor.span())).findFirst().orElseThrow();
    }

    @Test
    void aMergeUndoneLeavesTheCodingsAndCodebookAsBefore() {
        Map<String, List<String>> before;
        try (Workbench w = Workbench.open(project)) {
            overlap(w);
            before = ProjectRows.codingsAndCodebook(project);
            CodebookChange merged = w.mergeCodes("metaphor", "mutual-language", false);
            assertThat(merged.effects()).anyMatch(e -> e.contains("dropped"));
            assertThat(ProjectRows.codingsAndCodebook(project)).isNotEqualTo(before);

            CodebookChange undone = w.undoCodebookChange();

            assertThat(undone.change()).isEqualTo("undid version " + merged.version() + " (merged code 'metaphor' into 'mutual-language')");
            assertThat(undone.version()).isEqualTo(merged.version() + 1);
        }
        assertThat(ProjectRows.codingsAndCodebook(project)).isEqualTo(before);
    }

    @Test
    void aDeletionUndoneLeavesTheCodingsAndCodebookAsBefore() {
        Map<String, List<String>> before;
        try (Workbench w = Workbench.open(project)) {
            overlap(w);
            before = ProjectRows.codingsAndCodebook(project);
            assertThat(codingsOf(w, "metaphor")).isNotEmpty();
            w.deleteCode("metaphor", true);
            assertThat(codingsOf(w, "metaphor")).isEmpty();

            w.undoCodebookChange();
        }
        assertThat(ProjectRows.codingsAndCodebook(project)).isEqualTo(before);
    }

    @Test
    void changesUndoLastFirstAndANewSessionCanUndoWhatAnEarlierOneDid() {
        Map<String, List<String>> before = ProjectRows.codingsAndCodebook(project);
        try (Workbench w = Workbench.open(project)) {
            w.mergeCodes("metaphor", "mutual-language", false);
        }
        Map<String, List<String>> merged = ProjectRows.codingsAndCodebook(project);
        try (Workbench w = Workbench.open(project)) {
            w.deleteCode("mutual-language", true);
        }
        try (Workbench w = Workbench.open(project)) {
            assertThat(w.undoCodebookChange().change()).contains("deleted code 'mutual-language'");
            assertThat(ProjectRows.codingsAndCodebook(project)).isEqualTo(merged);
            assertThat(w.undoCodebookChange().change()).contains("merged code 'metaphor'");
            assertThat(ProjectRows.codingsAndCodebook(project)).isEqualTo(before);
            assertThatThrownBy(w::undoCodebookChange).isInstanceOf(AttuneException.class).hasMessageStartingWith("nothing to undo");
        }
        assertThat(ProjectRows.codingsAndCodebook(project)).isEqualTo(before);
    }

    @Test
    void anUndoThatWouldLoseACodingChangedSinceIsRefusedAndWritesNothing() {
        try (Workbench w = Workbench.open(project)) {
            Coding moved = movedByMerge(w);
            w.applyCode(moved.coder(), moved.transcript(), moved.codeId(), moved.span(), null, "a memo written after the merge");
            Map<String, List<String>> now = ProjectRows.everything(project);

            assertThatThrownBy(w::undoCodebookChange).isInstanceOf(AttuneException.class)
                    .hasMessageContaining("was changed or removed since version").hasMessageContaining("(merged code 'metaphor' into 'mutual-language')")
                    .hasMessageEndingWith("nothing was undone");

            assertThat(ProjectRows.everything(project)).isEqualTo(now);
        }
    }

    @Test
    void anUndoAfterTheCodebookChangedAgainIsRefusedAndWritesNothing() {
        try (Workbench w = Workbench.open(project)) {
            w.deleteCode("metaphor", true);
            w.renameCode("mutual-language", "Shared language");
            Map<String, List<String>> now = ProjectRows.everything(project);

            assertThatThrownBy(w::undoCodebookChange).isInstanceOf(AttuneException.class)
                    .hasMessageStartingWith("the codebook was changed since version").hasMessageContaining("(deleted code 'metaphor')")
                    .hasMessageContaining("(renamed code 'mutual-language'").hasMessageEndingWith("nothing was undone");

            assertThat(ProjectRows.everything(project)).isEqualTo(now);
            // Once the codebook is back as the deletion left it, the deletion can be undone.
            w.renameCode("mutual-language", "Mutual language");
            assertThat(w.undoCodebookChange().change()).contains("deleted code 'metaphor'");
            assertThat(codingsOf(w, "metaphor")).isNotEmpty();
        }
    }

    @Test
    void anUndoThatWouldBringBackACodingRemovedSinceIsRefusedAndWritesNothing() {
        try (Workbench w = Workbench.open(project)) {
            Coding moved = movedByMerge(w);
            assertThat(w.removeCode(moved.coder(), moved.transcript(), moved.codeId(), moved.span())).isTrue();
            Map<String, List<String>> now = ProjectRows.everything(project);

            assertThatThrownBy(w::undoCodebookChange).isInstanceOf(AttuneException.class)
                    .hasMessageContaining("changed or removed since");

            assertThat(ProjectRows.everything(project)).isEqualTo(now);
        }
    }

    @Test
    void withNothingToUndoTheProjectIsLeftAlone() {
        Map<String, List<String>> now = ProjectRows.everything(project);
        try (Workbench w = Workbench.open(project)) {
            assertThatThrownBy(() -> w.deleteCode("metaphor", false)).isInstanceOf(AttuneException.class);
            assertThatThrownBy(w::undoCodebookChange).isInstanceOf(AttuneException.class).hasMessageStartingWith("nothing to undo");
        }
        assertThat(ProjectRows.everything(project)).isEqualTo(now);
    }
}
