package org.attune.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.attune.model.Role;
import org.attune.model.Span;
import org.attune.model.Turn;
import org.attune.ui.ProjectFileDump;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long exchange work stopped part way, as the window's Cancel stops it (its progress throws): no file
 * is left, an earlier file of the name stays as it was, and the project file is unchanged to the byte
 * of every row. Each case also runs to the end, to show the work would have written something.
 */
class CancelledWorkTest {

    @TempDir
    Path dir;

    /** Progress that cancels when told of its {@code at}-th item. */
    private static Progress cancelAt(int at) {
        int[] seen = {0};
        return (done, total, item) -> {
            if (seen[0]++ == at) {
                throw new CancellationException();
            }
        };
    }

    @Test
    void aCancelledExportLeavesTheEarlierFileAndNoPart() throws IOException {
        Path project = dir.resolve("demo.attune");
        DemoProject.build(project, Progress.NONE).workbench().close();
        Path out = dir.resolve("out").resolve("demo.qdpx");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "an earlier export");
        Map<String, List<String>> before = ProjectFileDump.of(project);
        try (Workbench workbench = Workbench.open(project)) {
            assertThatThrownBy(() -> workbench.exportProject(out, null, cancelAt(2))).isInstanceOf(CancellationException.class);
        }
        assertThat(Files.readString(out)).isEqualTo("an earlier export");
        assertThat(names(out.getParent())).containsExactly("demo.qdpx");
        assertThat(ProjectFileDump.differences(before, ProjectFileDump.of(project))).isEmpty();
        try (Workbench workbench = Workbench.open(project)) {
            workbench.exportProject(out, null, Progress.NONE);
        }
        assertThat(Files.size(out)).isGreaterThan(10_000);
    }

    @Test
    void aCancelledPackWritesNoPackAndRemembersNoPseudonyms() throws IOException {
        Path project = dir.resolve("demo.attune");
        DemoProject.build(project, Progress.NONE).workbench().close();
        Path names = dir.resolve("names.csv");
        Files.writeString(names, "name,replacement\nHannah Reid,Dr A\nZoë Marchetti,Client B\n");
        try (Workbench workbench = Workbench.open(project)) {
            workbench.createRound("r1", List.of("anna"), List.of("d01-s01", "d01-s02"), List.of(), true);
        }
        for (String file : List.of("anna.attune", "anna.qdpx")) {
            Path copy = dir.resolve("copy-for-" + file + ".attune");
            Files.copy(project, copy);
            Path packs = Files.createDirectories(dir.resolve("packs-" + file));
            Map<String, List<String>> before = ProjectFileDump.of(copy);
            // Cancel at every point the work offers, until it runs to its end.
            int at = 0;
            while (true) {
                int cancelled = at++;
                try (Workbench workbench = Workbench.open(copy)) {
                    workbench.pack("r1", "anna", packs.resolve(file), names, cancelAt(cancelled));
                    break;
                } catch (CancellationException expected) {
                    assertThat(names(packs)).as(file + " cancelled at item " + cancelled).isEmpty();
                    assertThat(names(dir)).as(file + " cancelled at item " + cancelled).noneMatch(n -> n.startsWith("."));
                    assertThat(ProjectFileDump.differences(before, ProjectFileDump.of(copy))).isEmpty();
                }
            }
            assertThat(at).as("points where a pack can be cancelled").isGreaterThan(2);
            // (A project's lock file stays beside it by design: see ProjectLock.)
            assertThat(names(packs).stream().filter(n -> !n.endsWith("-lock"))).containsExactly(file);
            assertThat(ProjectFileDump.differences(before, ProjectFileDump.of(copy))).as("the pseudonyms remembered").isNotEmpty();
        }
    }

    @Test
    void aCancelledMergeChangesNothing() throws IOException {
        Path project = dir.resolve("demo.attune");
        DemoProject.build(project, Progress.NONE).workbench().close();
        Path pack = dir.resolve("anna.attune");
        try (Workbench workbench = Workbench.open(project)) {
            workbench.createRound("r1", List.of("anna"), List.of("d01-s01"), List.of(), true);
            workbench.pack("r1", "anna", pack, null, Progress.NONE);
        }
        try (Workbench coder = Workbench.open(pack)) {
            // A therapist's turn that anna has not called a question: the pack now holds a coding the project lacks.
            Turn turn = coder.transcript("d01-s01").turns().stream().filter(t -> t.role() == Role.THERAPIST)
                    .filter(t -> coder.codings("d01-s01").stream().noneMatch(c -> c.coder().equals("anna")
                            && c.codeId().equals("question") && c.span().startTurn() == t.number()))
                    .findFirst().orElseThrow();
            coder.applyCode("anna", "d01-s01", "question", Span.wholeTurn(turn.number(), turn.text().codePointCount(0,
                    turn.text().length())), null, null);
        }
        Map<String, List<String>> before = ProjectFileDump.of(project);
        for (int at = 0; at < 2; at++) {
            int cancelled = at;
            try (Workbench workbench = Workbench.open(project)) {
                assertThatThrownBy(() -> workbench.merge(List.of(pack), cancelAt(cancelled))).isInstanceOf(CancellationException.class);
            }
            assertThat(ProjectFileDump.differences(before, ProjectFileDump.of(project))).as("cancelled at " + cancelled).isEmpty();
        }
        try (Workbench workbench = Workbench.open(project)) {
            assertThat(workbench.merge(List.of(pack), Progress.NONE).added() + workbench.merge(List.of(pack)).updated())
                    .isPositive();
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
