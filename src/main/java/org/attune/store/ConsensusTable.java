package org.attune.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of consensus coders and their decisions. */
final class ConsensusTable {

    private ConsensusTable() {
    }

    static Optional<List<String>> settledCoders(Connection c, String consensusCoder) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT s.of_coders FROM consensus_coders s JOIN coders k "
                + "ON k.id = s.coder_id WHERE k.name = ?")) {
            q.setString(1, consensusCoder);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(List.of(rs.getString(1).split(","))) : Optional.empty();
            }
        }
    }

    static void register(Connection c, String consensusCoder, List<String> coders, Instant at) throws SQLException {
        long id = CodingTable.coderId(c, consensusCoder, at);
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO consensus_coders (coder_id, of_coders, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setLong(1, id);
            insert.setString(2, String.join(",", coders));
            insert.setString(3, at.toString());
            insert.executeUpdate();
        }
    }

    static List<ConsensusDecision> decisions(Connection c, String consensusCoder) throws SQLException {
        List<ConsensusDecision> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT t.name, d.turn, d.subject, d.compared, d.originals, d.decision, "
                + "d.decided_by, d.decided_at FROM consensus_decisions d JOIN coders k ON k.id = d.coder_id "
                + "JOIN transcripts t ON t.id = d.transcript_id WHERE k.name = ? ORDER BY t.name, d.turn, d.subject")) {
            q.setString(1, consensusCoder);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(new ConsensusDecision(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), Timestamps.parse(rs.getString(8))));
                }
            }
        }
        return out;
    }

    static void record(Connection c, String consensusCoder, ConsensusDecision d) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO consensus_decisions (coder_id, transcript_id, turn, "
                + "subject, compared, originals, decision, decided_by, decided_at) VALUES ((SELECT id FROM coders WHERE name = ?), "
                + "(SELECT id FROM transcripts WHERE name = ?), ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (coder_id, transcript_id, turn, subject, compared) DO UPDATE SET originals = excluded.originals, "
                + "decision = excluded.decision, decided_by = excluded.decided_by, decided_at = excluded.decided_at")) {
            insert.setString(1, consensusCoder);
            insert.setString(2, d.transcript());
            insert.setInt(3, d.turn());
            insert.setString(4, d.subject());
            insert.setString(5, d.compared());
            insert.setString(6, d.originals());
            insert.setString(7, d.decision());
            insert.setString(8, d.decidedBy());
            insert.setString(9, d.decidedAt().toString());
            insert.executeUpdate();
        }
    }
}
