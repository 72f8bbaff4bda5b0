package org.attune.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.attune.model.Transcript;
import org.attune.model.TranscriptSummary;
import org.attune.model.Turn;

/**
 * Writes transcripts into a project turn by turn, while they are still being read, inside the
 * transaction of {@link ProjectStore#writeTranscripts}. A transcript is begun by its name, gets its
 * turns, and is then either finished, with what reading it found (format, content hash, session),
 * or discarded, which takes back its row and turns and nothing else.
 */
public final class TranscriptWriter {

    private final Path project;
    private final Connection connection;
    private final TranscriptTable.TurnInserter inserter;
    private final List<Turn> pending = new ArrayList<>(TranscriptTable.TurnInserter.ROWS_PER_INSERT);
    private long transcriptId = -1;

    TranscriptWriter(Path project, Connection connection) {
        this.project = project;
        this.connection = connection;
        this.inserter = new TranscriptTable.TurnInserter(connection);
    }

    /** Begins a transcript; its name must be free in the project. */
    public void begin(String name, String sourceFile, Instant importedAt) {
        if (transcriptId >= 0) {
            throw new IllegalStateException("transcript " + transcriptId + " is neither finished nor discarded");
        }
        run(() -> {
            execute("SAVEPOINT transcript_write");
            transcriptId = TranscriptTable.insertPending(connection, name, sourceFile, importedAt);
        });
    }

    public void add(Turn turn) {
        requireBegun();
        pending.add(turn);
        if (pending.size() == TranscriptTable.TurnInserter.ROWS_PER_INSERT) {
            flush();
        }
    }

    public void addAll(List<Turn> turns) {
        turns.forEach(this::add);
    }

    /** Stores the last turns and what reading found; {@code transcript} holds the name begun with. */
    public void finish(TranscriptSummary transcript) {
        requireBegun();
        flush();
        run(() -> {
            TranscriptTable.complete(connection, transcriptId, transcript);
            execute("RELEASE transcript_write");
        });
        transcriptId = -1;
    }

    /** Takes back the transcript begun, as if it had never been begun. */
    public void discard() {
        requireBegun();
        pending.clear();
        run(() -> {
            execute("ROLLBACK TO transcript_write");
            execute("RELEASE transcript_write");
        });
        transcriptId = -1;
    }

    /** Writes a whole transcript. */
    public void write(Transcript transcript) {
        begin(transcript.name(), transcript.sourceFile(), transcript.importedAt());
        addAll(transcript.turns());
        finish(TranscriptSummary.of(transcript));
    }

    void close() {
        run(inserter::close);
    }

    private void flush() {
        run(() -> inserter.insert(transcriptId, pending));
        pending.clear();
    }

    private void requireBegun() {
        if (transcriptId < 0) {
            throw new IllegalStateException("no transcript begun");
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private interface SqlStep {
        void run() throws SQLException;
    }

    private void run(SqlStep step) {
        try {
            step.run();
        } catch (SQLException e) {
            throw ProjectStore.failure(project, "save to", e);
        }
    }
}
