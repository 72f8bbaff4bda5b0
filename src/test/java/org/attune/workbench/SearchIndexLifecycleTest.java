package org.attune.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.attune.index.CorpusIndex;
import org.attune.index.ResultOrder;
import org.attune.index.SearchRequest;
import org.attune.index.SearchResult;
import org.attune.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index is derived data: it follows every change made through the workbench in the same
 * action, and whatever happens to it or behind its back, a search gives the project's answer.
 */
class SearchIndexLifecycleTest {

    @TempDir
    Path dir;

    private static long count(Workbench workbench, String query) {
        return workbench.search(new SearchRequest(query, null, 0, ResultOrder.TRANSCRIPT, false, false), Progress.NONE).total();
    }

    private Path demo() {
        Path project = dir.resolve("demo.attune");
        DemoProject.build(project, Progress.NONE).workbench().close();
        return project;
    }

    private static long codedTurns(Workbench workbench, String code) {
        return workbench.transcripts().stream().flatMap(t -> workbench.codings(t.name()).stream())
                .filter(c -> c.codeId().equals(code)).map(c -> c.transcript() + "#" + c.span().startTurn()).distinct().count();
    }

    @Test
    void everyChangeThroughTheWorkbenchReachesTheIndexInTheSameAction() {
        Path project = demo();
        try (Workbench workbench = Workbench.open(project)) {
            assertThat(workbench.index(false, Progress.NONE).rebuilt()).isTrue();
            long before = count(workbench, "code:amplification");
            String transcript = workbench.transcripts().get(0).name();
            int turn = workbench.transcript(transcript).turns().stream()
                    .filter(t -> t.role() == org.attune.model.Role.THERAPIST).filter(t -> count(workbench,
                            "code:amplification AND transcript:" + transcript + " AND turn:" + t.number()) == 0)
                    .findFirst().orElseThrow().number();
            Span whole = Span.wholeTurn(turn, workbench.transcript(transcript).turn(turn).codePoints());

            workbench.applyCode("dora", transcript, "amplification", whole, null, null);
            assertThat(count(workbench, "code:amplification")).isEqualTo(before + 1);
            assertThat(count(workbench, "coder:dora")).isEqualTo(1);
            assertThat(count(workbench, "prev.code:amplification AND turn:" + (turn + 1) + " AND transcript:" + transcript)).isEqualTo(1);
            // Updated, not rebuilt: the index is current with the project as it now is.
            assertThat(workbench.index(false, Progress.NONE).rebuilt()).isFalse();

            workbench.removeCode("dora", transcript, "amplification", whole);
            assertThat(count(workbench, "code:amplification")).isEqualTo(before);
            assertThat(count(workbench, "coder:dora")).isZero();

            workbench.mergeCodes("coupling", "amplification", true);
            assertThat(count(workbench, "code:amplification")).isEqualTo(codedTurns(workbench, "amplification"));
            assertThat(count(workbench, "code:amplification")).isGreaterThan(before);
            workbench.deleteCode("amplification", true);
            assertThat(codedTurns(workbench, "amplification")).isZero();
            assertThat(workbench.index(false, Progress.NONE).rebuilt()).isFalse();
            assertThat(workbench.saveQuery("moves", "code:repair", null).name()).isEqualTo("moves");
            assertThat(workbench.index(false, Progress.NONE).rebuilt()).isFalse();
        }
        // And the next process finds it current too.
        try (Workbench reader = Workbench.openReadOnly(project)) {
            assertThat(reader.index(false, Progress.NONE).rebuilt()).isFalse();
        }
    }

    @Test
    void aDeletedIndexIsRebuilt() throws IOException {
        Path project = demo();
        long expected;
        try (Workbench workbench = Workbench.openReadOnly(project)) {
            expected = count(workbench, "code:narrative");
            assertThat(expected).isEqualTo(codedTurns(workbench, "narrative"));
        }
        deleteTree(CorpusIndex.locationOf(project));
        try (Workbench workbench = Workbench.openReadOnly(project)) {
            assertThat(count(workbench, "code:narrative")).isEqualTo(expected);
        }
        assertThat(CorpusIndex.locationOf(project)).isDirectory();
    }

    @Test
    void aDamagedIndexIsRebuiltNotBelieved() throws IOException {
        Path project = demo();
        long expected;
        try (Workbench workbench = Workbench.openReadOnly(project)) {
            expected = count(workbench, "feel");
        }
        Path largest;
        try (Stream<Path> files = Files.list(CorpusIndex.locationOf(project))) {
            largest = files.filter(f -> !f.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(SearchIndexLifecycleTest::size)).orElseThrow();
        }
        try (RandomAccessFile file = new RandomAccessFile(largest.toFile(), "rw")) {
            file.setLength(file.length() / 2);
        }
        try (Workbench workbench = Workbench.openReadOnly(project)) {
            IndexReport report = workbench.index(false, Progress.NONE);
            assertThat(report.rebuilt()).as("rebuilt after " + largest.getFileName() + " was cut short").isTrue();
            assertThat(count(workbench, "feel")).isEqualTo(expected);
        }
    }

    @Test
    void aTruncatedCommitIsRebuiltToo() throws IOException {
        Path project = demo();
        long expected;
        try (Workbench workbench = Workbench.openReadOnly(project)) {
            expected = count(workbench, "role:client");
        }
        try (Stream<Path> files = Files.list(CorpusIndex.locationOf(project))) {
            for (Path segments : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(segments, new byte[] {1, 2, 3});
            }
        }
        try (Workbench workbench = Workbench.open(project)) {
            assertThat(count(workbench, "role:client")).isEqualTo(expected);
        }
    }

    @Test
    void codingsChangedBehindItsBackAreSeen() throws SQLException {
        Path project = demo();
        long narrative;
        try (Workbench workbench = Workbench.openReadOnly(project)) {
            narrative = count(workbench, "code:narrative");
            assertThat(narrative).isPositive();
            assertThat(workbench.index(false, Progress.NONE).rebuilt()).isFalse();
        }
        // Another program (R, Python, sqlite3) edits the project file.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE codings SET code_id = 'chronicle' WHERE code_id = 'narrative' AND coder_id = "
                    + "(SELECT id FROM coders WHERE name = 'anna')");
        }
        try (Workbench workbench = Workbench.openReadOnly(project)) {
            assertThat(count(workbench, "code:narrative")).isEqualTo(codedTurns(workbench, "narrative")).isLessThan(narrative);
            assertThat(count(workbench, "code:\"anna/narrative\"")).isZero();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM codings WHERE code_id = 'chronicle'");
        }
        try (Workbench workbench = Workbench.openReadOnly(project)) {
            assertThat(count(workbench, "code:chronicle")).isZero();
        }
    }

    @Test
    void aNewProjectDoesNotTakeAnOldIndexLeftBesideIt() throws IOException {
        Path project = demo();
        try (Workbench workbench = Workbench.openReadOnly(project)) {
            assertThat(count(workbench, "")).isPositive();
        }
        Files.delete(project);
        try (Workbench fresh = Workbench.create(project)) {
            assertThat(count(fresh, "")).isZero();
        }
    }

    @Test
    void aReaderSearchesAPrivateCopyWhileTheWriterHoldsAStaleIndex() throws SQLException {
        Path project = demo();
        try (Workbench writer = Workbench.open(project)) {
            assertThat(count(writer, "code:narrative")).isPositive();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project); Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM codings WHERE code_id = 'narrative'");
            }
            try (Workbench reader = Workbench.openReadOnly(project)) {
                IndexReport report = reader.index(false, Progress.NONE);
                assertThat(report.inMemory()).isTrue();
                assertThat(count(reader, "code:narrative")).isZero();
            }
            // The writer notices too.
            assertThat(count(writer, "code:narrative")).isZero();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
