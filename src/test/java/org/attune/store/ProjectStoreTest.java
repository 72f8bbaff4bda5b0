package org.attune.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.attune.model.AttuneException;
import org.attune.model.Role;
import org.attune.model.SessionInfo;
import org.attune.model.Transcript;
import org.attune.model.Turn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectStoreTest {

    @TempDir
    Path dir;

    static Transcript transcript(String name, int turns) {
        List<Turn> list = new ArrayList<>();
        for (int i = 1; i <= turns; i++) {
            list.add(new Turn(i, i % 2 == 1 ? "Therapist" : "Client", i % 2 == 1 ? Role.THERAPIST : Role.CLIENT,
                    i * 1000L, i * 1000L + 900, "words of turn " + i + " in " + name));
        }
        return new Transcript(name, name + ".txt", "txt", "hash-of-" + name, Instant.parse("2025-03-03T10:00:00Z"),
                new SessionInfo("d01", 2, null), list);
    }

    private static List<String> query(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    cells.add(rs.getString(i));
                }
                rows.add(String.join("|", cells));
            }
            return rows;
        }
    }

    @Test
    void aNewProjectHasTheWholeSchemaInWalModeWithForeignKeys() throws SQLException {
        Path file = dir.resolve("study.attune");
        try (ProjectStore store = ProjectStore.create(file)) {
            assertThat(store.schemaVersion()).isEqualTo(SchemaMigrations.CURRENT);
            assertThat(store.counts()).isEqualTo(new ProjectCounts(0, 0, 0, 0));
        }
        assertThat(query(file, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
                .containsExactly("code_groups", "code_levels", "codebook_versions", "coders", "codes", "codings",
                        "consensus_coders", "consensus_decisions", "project_info", "round_coders", "round_transcripts", "rounds",
                        "saved_queries", "schema_migrations", "transcripts", "transcripts_done", "turns");
        assertThat(query(file, "PRAGMA journal_mode")).containsExactly("wal");
        assertThat(query(file, "PRAGMA application_id")).containsExactly(String.valueOf(ProjectHeader.APPLICATION_ID));
        assertThat(query(file, "SELECT version, name FROM schema_migrations")).containsExactly("1|initial", "2|codebook", "3|search",
                "4|consensus", "5|done", "6|rounds", "7|span-length");
    }

    @Test
    void storesAndReadsTranscriptsWithTurnsNumberedFromOne() {
        Path file = dir.resolve("study.attune");
        Transcript t = transcript("d01-s02", 5);
        try (ProjectStore store = ProjectStore.create(file)) {
            store.addTranscripts(List.of(t));
        }
        try (ProjectStore store = ProjectStore.open(file, ProjectStore.Access.READ_ONLY)) {
            assertThat(store.transcript("d01-s02")).contains(t);
            assertThat(store.transcripts()).singleElement().satisfies(s -> {
                assertThat(s.turnCount()).isEqualTo(5);
                assertThat(s.session()).isEqualTo(new SessionInfo("d01", 2, null));
            });
            assertThat(store.transcriptWithHash("hash-of-d01-s02")).contains("d01-s02");
            assertThat(store.counts()).isEqualTo(new ProjectCounts(1, 5, 0, 0));
            assertThat(store.changeCount()).isEqualTo(2);
        }
    }

    @Test
    void aFailedChangeLeavesNothingBehind() {
        Path file = dir.resolve("study.attune");
        try (ProjectStore store = ProjectStore.create(file)) {
            store.addTranscripts(List.of(transcript("a", 3)));
            long changes = store.changeCount();
            Transcript sameName = new Transcript("a", "x.txt", "txt", "another-hash", Instant.EPOCH, SessionInfo.UNKNOWN,
                    transcript("x", 2).turns());
            assertThatThrownBy(() -> store.addTranscripts(List.of(transcript("b", 4), sameName)))
                    .isInstanceOf(AttuneException.class);
            assertThat(store.counts()).isEqualTo(new ProjectCounts(1, 3, 0, 0));
            assertThat(store.changeCount()).isEqualTo(changes);
        }
    }

    @Test
    void aFullDiskIsReportedAsSuchAndLeavesTheProjectAsItWas() throws Exception {
        Path file = dir.resolve("study.attune");
        try (ProjectStore store = ProjectStore.create(file)) {
            store.addTranscripts(List.of(transcript("a", 3)));
            long changes = store.changeCount();
            // A disk with no room left, as SQLite meets it: the file may grow by no page more.
            java.lang.reflect.Field field = ProjectStore.class.getDeclaredField("connection");
            field.setAccessible(true);
            java.sql.Connection connection = (java.sql.Connection) field.get(store);
            try (java.sql.Statement s = connection.createStatement()) {
                var pages = s.executeQuery("PRAGMA page_count");
                pages.next();
                s.execute("PRAGMA max_page_count = " + pages.getLong(1));
            }
            assertThatThrownBy(() -> store.addTranscripts(List.of(transcript("b", 4000))))
                    .isInstanceOf(AttuneException.class).hasMessageContaining("the disk is full")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("no transaction is active"));
            assertThat(store.counts()).isEqualTo(new ProjectCounts(1, 3, 0, 0));
            assertThat(store.changeCount()).isEqualTo(changes);
        }
    }

    @Test
    void refusesToCreateOverAnExistingFile() throws IOException {
        Path file = Files.writeString(dir.resolve("x.attune"), "precious");
        assertThatThrownBy(() -> ProjectStore.create(file)).hasMessage(file + " already exists: choose another name, or open it");
        assertThat(Files.readString(file)).isEqualTo("precious");
    }

    @Test
    void refusesFilesThatAreNotProjectsAndLeavesThemAlone() throws IOException, SQLException {
        Path text = Files.writeString(dir.resolve("notes.attune"), "Therapist: hello\n".repeat(20));
        assertThatThrownBy(() -> ProjectStore.open(text, ProjectStore.Access.READ_WRITE))
                .hasMessage("notes.attune is not an Attune project (it is not an SQLite database)");
        assertThat(Files.readString(text)).isEqualTo("Therapist: hello\n".repeat(20));

        Path empty = Files.createFile(dir.resolve("empty.attune"));
        assertThatThrownBy(() -> ProjectStore.open(empty, ProjectStore.Access.READ_WRITE))
                .hasMessage("empty.attune is not an Attune project (it is not an SQLite database)");
        assertThat(Files.size(empty)).isZero();

        Path other = dir.resolve("other.attune");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE things (x)");
        }
        byte[] before = Files.readAllBytes(other);
        assertThatThrownBy(() -> ProjectStore.open(other, ProjectStore.Access.READ_WRITE))
                .hasMessage("other.attune is an SQLite database but not an Attune project");
        assertThat(Files.readAllBytes(other)).isEqualTo(before);

        assertThatThrownBy(() -> ProjectStore.open(dir.resolve("none.attune"), ProjectStore.Access.READ_ONLY))
                .hasMessage("no project at " + dir.resolve("none.attune") + ": create one with 'attune init "
                        + dir.resolve("none.attune") + "'");
        assertThat(dir.resolve("none.attune")).doesNotExist();
    }

    @Test
    void refusesAProjectFromANewerAttune() throws SQLException {
        Path file = dir.resolve("future.attune");
        ProjectStore.create(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (SchemaMigrations.CURRENT + 5));
        }
        assertThatThrownBy(() -> ProjectStore.open(file, ProjectStore.Access.READ_WRITE))
                .hasMessage("future.attune was written by a newer Attune (project format " + (SchemaMigrations.CURRENT + 5)
                        + "; this Attune reads up to " + SchemaMigrations.CURRENT + "): update Attune to open it");
        assertThatThrownBy(() -> ProjectStore.open(file, ProjectStore.Access.READ_ONLY))
                .hasMessageContaining("was written by a newer Attune");
    }

    @Test
    void upgradesAProjectFromAnOlderAttuneAndKeepsItsTranscripts() throws SQLException {
        Path file = dir.resolve("old.attune");
        // A project as the first version of Attune wrote it: schema 1 only, with a transcript.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + ProjectHeader.APPLICATION_ID);
            try (Statement wal = c.createStatement()) {
                wal.executeQuery("PRAGMA journal_mode = WAL").close();
            }
            SchemaMigrations.migrateTo(c, 0, 1);
            s.execute("INSERT INTO transcripts (name, source_file, source_format, content_hash, imported_at) "
                    + "VALUES ('old', 'old.txt', 'txt', 'h', '2025-01-01T00:00:00Z')");
            s.execute("INSERT INTO turns (transcript_id, number, speaker, role, text) VALUES (1, 1, 'T', 'therapist', 'Hello.')");
        }
        try (ProjectStore store = ProjectStore.open(file, ProjectStore.Access.READ_ONLY)) {
            assertThat(store.schemaVersion()).isEqualTo(SchemaMigrations.CURRENT);
            assertThat(store.counts()).isEqualTo(new ProjectCounts(1, 1, 0, 0));
            assertThat(store.codebook()).isEmpty();
        }
        assertThat(query(file, "SELECT version FROM schema_migrations ORDER BY version"))
                .containsExactly("1", "2", "3", "4", "5", "6", "7");
    }

    @Test
    void aReaderAloneTidiesUpAndCannotWrite() {
        Path file = dir.resolve("tidy.attune");
        ProjectStore.create(file).close();
        try (ProjectStore reader = ProjectStore.open(file, ProjectStore.Access.READ_ONLY)) {
            assertThat(reader.counts().transcripts()).isZero();
            assertThatThrownBy(() -> reader.addTranscripts(List.of(transcript("a", 1))))
                    .isInstanceOf(IllegalStateException.class);
        }
        assertThat(dir.resolve("tidy.attune-wal")).doesNotExist();
        assertThat(dir.resolve("tidy.attune-shm")).doesNotExist();
    }

    @Test
    void aSecondWriterInThisProcessIsToldTheProjectIsInUse() {
        Path file = dir.resolve("busy.attune");
        try (ProjectStore first = ProjectStore.create(file)) {
            assertThatThrownBy(() -> ProjectStore.open(file, ProjectStore.Access.READ_WRITE))
                    .isInstanceOf(AttuneException.class)
                    .hasMessageStartingWith("busy.attune is in use by another Attune (process " + ProcessHandle.current().pid());
            try (ProjectStore reader = ProjectStore.open(file, ProjectStore.Access.READ_ONLY)) {
                assertThat(reader.counts().transcripts()).isZero();
                assertThat(reader.readOnly()).isTrue();
            }
        }
        ProjectStore.open(file, ProjectStore.Access.READ_WRITE).close();
    }

    @Test
    void anotherProcessHoldingTheProjectIsNamedAndItsCrashFreesIt() throws Exception {
        Path file = dir.resolve("shared.attune");
        try (ProjectStore store = ProjectStore.create(file)) {
            store.addTranscripts(List.of(transcript("a", 3)));
        }
        Process holder = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("open 1");

            assertThatThrownBy(() -> ProjectStore.open(file, ProjectStore.Access.READ_WRITE))
                    .hasMessageStartingWith("shared.attune is in use by another Attune (process " + holder.pid() + " on ")
                    .hasMessageEndingWith(": close it there, or wait until it is done, then try again");
            try (ProjectStore reader = ProjectStore.open(file, ProjectStore.Access.READ_ONLY)) {
                assertThat(reader.counts().turns()).isEqualTo(3);
            }
        } finally {
            holder.destroyForcibly(); // as a crash would
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (ProjectStore store = ProjectStore.open(file, ProjectStore.Access.READ_WRITE)) {
            assertThat(store.counts().turns()).isEqualTo(3);
        }
        assertThat(query(file, "PRAGMA integrity_check")).containsExactly("ok");
    }
}
