package org.attune.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attune.model.Round;

/** The SQL of coding rounds. */
final class RoundTable {

    private RoundTable() {
    }

    static void add(Connection c, Round round, long[] coderIds) throws SQLException {
        long id;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO rounds (name, blind, created_at) VALUES (?, ?, ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, round.name());
            insert.setInt(2, round.blind() ? 1 : 0);
            insert.setString(3, round.created().toString());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO round_transcripts (round_id, transcript_id) "
                + "VALUES (?, (SELECT id FROM transcripts WHERE name = ?))")) {
            for (String t : round.transcripts()) {
                insert.setLong(1, id);
                insert.setString(2, t);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO round_coders (round_id, coder_id) VALUES (?, ?)")) {
            for (long coder : coderIds) {
                insert.setLong(1, id);
                insert.setLong(2, coder);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static List<Round> all(Connection c) throws SQLException {
        List<Round> out = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT id, name, blind, created_at FROM rounds ORDER BY created_at, name");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getInt(3) == 1, rs.getString(4)});
            }
        }
        for (Object[] row : rows) {
            long id = (Long) row[0];
            out.add(new Round((String) row[1], (Boolean) row[2],
                    names(c, "SELECT k.name FROM round_coders r JOIN coders k ON k.id = r.coder_id WHERE r.round_id = ? "
                            + "ORDER BY r.rowid", id),
                    names(c, "SELECT t.name FROM round_transcripts r JOIN transcripts t ON t.id = r.transcript_id "
                            + "WHERE r.round_id = ? ORDER BY t.name", id),
                    Timestamps.parse((String) row[3])));
        }
        return out;
    }

    static Optional<Round> named(Connection c, String name) throws SQLException {
        return all(c).stream().filter(r -> r.name().equals(name)).findFirst();
    }

    private static List<String> names(Connection c, String sql, long id) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
