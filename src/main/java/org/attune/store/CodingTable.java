package org.attune.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.model.CoderSummary;
import org.attune.model.Coding;
import org.attune.model.Span;

/** The SQL of the coders and codings tables. */
final class CodingTable {

    private static final String SELECT = "SELECT k.name, t.name, c.code_id, c.start_turn, c.start_offset, c.end_turn, "
            + "c.end_offset, c.value, c.memo, c.created_at, c.updated_at FROM codings c "
            + "JOIN coders k ON k.id = c.coder_id JOIN transcripts t ON t.id = c.transcript_id ";
    private static final String ORDER = " ORDER BY t.name, c.start_turn, c.start_offset, k.name, c.code_id";

    private CodingTable() {
    }

    static long coderId(Connection c, String name, Instant at) throws SQLException {
        Optional<Long> existing = longValue(c, "SELECT id FROM coders WHERE name = ?", name);
        if (existing.isPresent()) {
            return existing.get();
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO coders (name, created_at) VALUES (?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setString(2, at.toString());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static long transcriptId(Connection c, String name) throws SQLException {
        return longValue(c, "SELECT id FROM transcripts WHERE name = ?", name)
                .orElseThrow(() -> new SQLException("no transcript '" + name + "'"));
    }

    /** Adds a coding, or updates the value and memo of the same coder's same code on the same span. */
    static void put(Connection c, Coding coding) throws SQLException {
        put(c, coding, coderId(c, coding.coder(), coding.created()), transcriptId(c, coding.transcript()));
    }

    /** {@link #put(Connection, Coding)} with the coder's and transcript's row ids known. */
    static void put(Connection c, Coding coding, long coder, long transcript) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO codings (coder_id, transcript_id, code_id, start_turn, "
                + "start_offset, end_turn, end_offset, value, memo, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (coder_id, transcript_id, code_id, start_turn, start_offset, end_turn, end_offset) "
                + "DO UPDATE SET value = excluded.value, memo = excluded.memo, updated_at = excluded.updated_at")) {
            Span s = coding.span();
            insert.setLong(1, coder);
            insert.setLong(2, transcript);
            insert.setString(3, coding.codeId());
            insert.setInt(4, s.startTurn());
            insert.setInt(5, s.startOffset());
            insert.setInt(6, s.endTurn());
            insert.setInt(7, s.endOffset());
            if (coding.value() == null) {
                insert.setNull(8, Types.REAL);
            } else {
                insert.setDouble(8, coding.value().doubleValue());
            }
            insert.setString(9, coding.memo());
            insert.setString(10, coding.created().toString());
            insert.setString(11, coding.updated().toString());
            insert.executeUpdate();
        }
    }

    /** Removes a coding (matched by coder, transcript, code and span); says whether there was one. */
    static boolean remove(Connection c, Coding coding) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM codings WHERE coder_id = "
                + "(SELECT id FROM coders WHERE name = ?) AND transcript_id = (SELECT id FROM transcripts WHERE name = ?) "
                + "AND code_id = ? AND start_turn = ? AND start_offset = ? AND end_turn = ? AND end_offset = ?")) {
            Span s = coding.span();
            delete.setString(1, coding.coder());
            delete.setString(2, coding.transcript());
            delete.setString(3, coding.codeId());
            delete.setInt(4, s.startTurn());
            delete.setInt(5, s.startOffset());
            delete.setInt(6, s.endTurn());
            delete.setInt(7, s.endOffset());
            return delete.executeUpdate() > 0;
        }
    }

    static List<Coding> all(Connection c) throws SQLException {
        return query(c, SELECT + ORDER);
    }

    static List<Coding> ofTranscript(Connection c, String transcript) throws SQLException {
        return query(c, SELECT + "WHERE t.name = ?" + ORDER, transcript);
    }

    static List<Coding> ofCoder(Connection c, String coder) throws SQLException {
        return query(c, SELECT + "WHERE k.name = ?" + ORDER, coder);
    }

    static List<Coding> ofCode(Connection c, String codeId) throws SQLException {
        return query(c, SELECT + "WHERE c.code_id = ?" + ORDER, codeId);
    }

    /** A coder's codings that cover a turn, by the coder's and transcript's row ids. */
    static List<Coding> onTurn(Connection c, long coder, long transcript, int turn) throws SQLException {
        return query(c, SELECT + "WHERE c.transcript_id = ? AND c.start_turn BETWEEN ? AND ? AND c.end_turn >= ? "
                + "AND c.coder_id = ?" + ORDER, transcript, turn - longestSpan(c, transcript), turn, turn, coder);
    }

    /**
     * Every coder's codings that cover any of turns {@code from} to {@code to} of a transcript. Only
     * codings that start at most the transcript's longest coding before {@code from} can reach it:
     * the range read is as short in a long transcript as in a short one.
     */
    static List<Coding> onTurns(Connection c, String transcript, int from, int to) throws SQLException {
        Optional<Long> id = longValue(c, "SELECT id FROM transcripts WHERE name = ?", transcript);
        if (id.isEmpty()) {
            return List.of();
        }
        return query(c, SELECT + "WHERE c.transcript_id = ? AND c.start_turn BETWEEN ? AND ? AND c.end_turn >= ?" + ORDER,
                id.get(), from - longestSpan(c, id.get()), to, from);
    }

    /** How many turns the longest coding of a transcript reaches past its first (0 for codings of one turn). */
    private static int longestSpan(Connection c, long transcript) throws SQLException {
        // codings_by_span_length answers this from one index entry.
        try (PreparedStatement q = c.prepareStatement("SELECT coalesce(max(end_turn - start_turn), 0) FROM codings "
                + "WHERE transcript_id = ?")) {
            q.setLong(1, transcript);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** Moves codings from one code to another; where the coder already has the other code on that span, drops the one moved. */
    static int[] move(Connection c, String from, String to) throws SQLException {
        int moved;
        try (PreparedStatement update = c.prepareStatement("UPDATE OR IGNORE codings SET code_id = ? WHERE code_id = ?")) {
            update.setString(1, to);
            update.setString(2, from);
            moved = update.executeUpdate();
        }
        return new int[] {moved, deleteOfCode(c, from)};
    }

    /** The names of the transcripts that have codings of any of these codes, or of any code when none is given. */
    static List<String> transcriptsCodedWith(Connection c, Collection<String> codeIds) throws SQLException {
        String where = codeIds.isEmpty() ? "" : " WHERE c.code_id IN (" + String.join(", ", Collections.nCopies(codeIds.size(), "?")) + ")";
        List<String> names = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT DISTINCT t.name FROM codings c JOIN transcripts t "
                + "ON t.id = c.transcript_id" + where + " ORDER BY t.name")) {
            int i = 1;
            for (String id : codeIds) {
                q.setString(i++, id);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    static int deleteOfCode(Connection c, String codeId) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM codings WHERE code_id = ?")) {
            delete.setString(1, codeId);
            return delete.executeUpdate();
        }
    }

    static Map<String, Long> countsByCode(Connection c) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT code_id, count(*) FROM codings GROUP BY code_id ORDER BY code_id")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    static List<CoderSummary> coders(Connection c) throws SQLException {
        List<CoderSummary> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT k.name, count(c.id), "
                + "count(DISTINCT c.transcript_id) FROM coders k LEFT JOIN codings c ON c.coder_id = k.id "
                + "GROUP BY k.id ORDER BY k.name")) {
            while (rs.next()) {
                out.add(new CoderSummary(rs.getString(1), rs.getLong(2), rs.getInt(3)));
            }
        }
        return out;
    }

    static List<String> coderNames(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM coders ORDER BY name")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static List<Coding> query(Connection c, String sql, Object... parameters) throws SQLException {
        List<Coding> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    double value = rs.getDouble(8);
                    BigDecimal level = rs.wasNull() ? null : BigDecimal.valueOf(value);
                    out.add(new Coding(rs.getString(1), rs.getString(2), rs.getString(3),
                            new Span(rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7)), level, rs.getString(9),
                            Timestamps.parse(rs.getString(10)), Timestamps.parse(rs.getString(11))));
                }
            }
        }
        return out;
    }

    private static Optional<Long> longValue(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, parameter);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }
}
