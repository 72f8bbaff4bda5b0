package org.attune.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.attune.model.Role;
import org.attune.model.SessionInfo;
import org.attune.model.Transcript;
import org.attune.model.TranscriptSummary;
import org.attune.model.Turn;
import org.attune.model.TurnStretch;

/** The SQL of the transcripts and turns tables. */
final class TranscriptTable {

    private static final String SUMMARY_COLUMNS = "t.name, t.source_file, t.source_format, t.content_hash, "
            + "t.imported_at, t.dyad, t.session, t.session_date, "
            // Turns are numbered from 1 without gaps: the highest number, found in the index, is their count.
            + "(SELECT coalesce(max(number), 0) FROM turns WHERE transcript_id = t.id) AS turn_count";

    private TranscriptTable() {
    }

    /** Inserts a transcript's row with what is known before its turns are read; {@link #complete} fills in the rest. */
    static long insertPending(Connection c, String name, String sourceFile, Instant importedAt) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO transcripts "
                + "(name, source_file, source_format, content_hash, imported_at) VALUES (?, ?, 'pending', ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setString(2, sourceFile);
            // Unique like every content hash, until the real one is known.
            insert.setString(3, "pending:" + UUID.randomUUID());
            insert.setString(4, importedAt.toString());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Fills in what was learnt from reading a transcript: its format, content hash and session. */
    static void complete(Connection c, long id, TranscriptSummary transcript) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE transcripts SET name = ?, source_file = ?, "
                + "source_format = ?, content_hash = ?, imported_at = ?, dyad = ?, session = ?, session_date = ? WHERE id = ?")) {
            SessionInfo session = transcript.session();
            update.setString(1, transcript.name());
            update.setString(2, transcript.sourceFile());
            update.setString(3, transcript.sourceFormat());
            update.setString(4, transcript.contentHash());
            update.setString(5, transcript.importedAt().toString());
            update.setString(6, session.dyad());
            setInteger(update, 7, session.session());
            update.setString(8, session.date() == null ? null : session.date().toString());
            update.setLong(9, id);
            update.executeUpdate();
        }
    }

    /**
     * Inserts turns, many rows to a statement: the JDBC driver's cost is per statement run and per
     * value bound, and a batch of one-row statements took twice as long as the rows' own storing.
     */
    static final class TurnInserter implements AutoCloseable {

        static final int ROWS_PER_INSERT = 100;

        private final Connection connection;
        private PreparedStatement full;

        TurnInserter(Connection connection) {
            this.connection = connection;
        }

        /** Inserts up to {@link #ROWS_PER_INSERT} turns in one statement. */
        void insert(long transcriptId, List<Turn> turns) throws SQLException {
            if (turns.size() == ROWS_PER_INSERT) {
                if (full == null) {
                    full = connection.prepareStatement(sql(ROWS_PER_INSERT));
                }
                bind(full, transcriptId, turns);
                full.executeUpdate();
            } else if (!turns.isEmpty()) {
                try (PreparedStatement some = connection.prepareStatement(sql(turns.size()))) {
                    bind(some, transcriptId, turns);
                    some.executeUpdate();
                }
            }
        }

        private static String sql(int rows) {
            return "INSERT INTO turns (transcript_id, number, speaker, role, start_ms, end_ms, text) VALUES "
                    + String.join(", ", Collections.nCopies(rows, "(?, ?, ?, ?, ?, ?, ?)"));
        }

        private static void bind(PreparedStatement insert, long transcriptId, List<Turn> rows) throws SQLException {
            int p = 1;
            for (Turn t : rows) {
                insert.setLong(p++, transcriptId);
                insert.setInt(p++, t.number());
                insert.setString(p++, t.speaker());
                insert.setString(p++, t.role().label());
                setLong(insert, p++, t.startMs());
                setLong(insert, p++, t.endMs());
                insert.setString(p++, t.text());
            }
        }

        @Override
        public void close() throws SQLException {
            if (full != null) {
                full.close();
            }
        }
    }

    static Optional<String> nameWithHash(Connection c, String hash) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT name FROM transcripts WHERE content_hash = ?")) {
            q.setString(1, hash);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    static List<TranscriptSummary> list(Connection c) throws SQLException {
        List<TranscriptSummary> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT " + SUMMARY_COLUMNS + " FROM transcripts t "
                + "ORDER BY t.dyad IS NULL, t.dyad, t.session IS NULL, t.session, t.name");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                out.add(summary(rs));
            }
        }
        return out;
    }

    static Optional<TranscriptSummary> summary(Connection c, String name) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT " + SUMMARY_COLUMNS + " FROM transcripts t WHERE t.name = ?")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(summary(rs)) : Optional.empty();
            }
        }
    }

    static Optional<Transcript> load(Connection c, String name) throws SQLException {
        Optional<TranscriptSummary> found = summary(c, name);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TranscriptSummary s = found.get();
        List<Turn> turns = new ArrayList<>(s.turnCount());
        try (PreparedStatement q = c.prepareStatement("SELECT number, speaker, role, start_ms, end_ms, text FROM turns "
                + "WHERE transcript_id = (SELECT id FROM transcripts WHERE name = ?) ORDER BY number")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    turns.add(new Turn(rs.getInt(1), rs.getString(2), Role.fromLabel(rs.getString(3)),
                            getLong(rs, 4), getLong(rs, 5), rs.getString(6)));
                }
            }
        }
        return Optional.of(new Transcript(s.name(), s.sourceFile(), s.sourceFormat(), s.contentHash(), s.importedAt(),
                s.session(), turns));
    }

    /** Turns {@code from} to {@code to} of a transcript, those of them it has. */
    static Optional<TurnStretch> stretch(Connection c, String name, int from, int to) throws SQLException {
        Optional<TranscriptSummary> found = summary(c, name);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<Turn> turns = new ArrayList<>(Math.max(0, Math.min(to - from + 1, 64)));
        try (PreparedStatement q = c.prepareStatement("SELECT number, speaker, role, start_ms, end_ms, text FROM turns "
                + "WHERE transcript_id = (SELECT id FROM transcripts WHERE name = ?) AND number BETWEEN ? AND ? ORDER BY number")) {
            q.setString(1, name);
            q.setInt(2, from);
            q.setInt(3, to);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    turns.add(new Turn(rs.getInt(1), rs.getString(2), Role.fromLabel(rs.getString(3)),
                            getLong(rs, 4), getLong(rs, 5), rs.getString(6)));
                }
            }
        }
        return Optional.of(new TurnStretch(found.get(), turns));
    }

    private static TranscriptSummary summary(ResultSet rs) throws SQLException {
        String date = rs.getString("session_date");
        int session = rs.getInt("session");
        Integer sessionNumber = rs.wasNull() ? null : session;
        return new TranscriptSummary(rs.getString("name"), rs.getString("source_file"), rs.getString("source_format"),
                rs.getString("content_hash"), Instant.parse(rs.getString("imported_at")),
                new SessionInfo(rs.getString("dyad"), sessionNumber, date == null ? null : LocalDate.parse(date)),
                rs.getInt("turn_count"));
    }

    private static void setInteger(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setLong(index, value);
        }
    }

    private static Long getLong(ResultSet rs, int index) throws SQLException {
        long value = rs.getLong(index);
        return rs.wasNull() ? null : value;
    }
}
