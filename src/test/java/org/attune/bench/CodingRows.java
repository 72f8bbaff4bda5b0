package org.attune.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.model.Coding;

/**
 * Writes codings into a project's {@code codings} table with plain JDBC, as another program
 * would: many rows to an INSERT, one transaction a call. The coders are added as needed.
 */
final class CodingRows {

    private static final int ROWS_PER_INSERT = 100;
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private CodingRows() {
    }

    static Connection connect(Path project) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + project.toAbsolutePath());
        try (var s = connection.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("PRAGMA busy_timeout = 10000");
        }
        return connection;
    }

    static void insert(Connection connection, List<Coding> codings) throws SQLException {
        connection.setAutoCommit(false);
        try {
            Map<String, Long> coders = new HashMap<>();
            Map<String, Long> transcripts = new HashMap<>();
            try (PreparedStatement full = connection.prepareStatement(sql(ROWS_PER_INSERT))) {
                int at = 0;
                while (at < codings.size()) {
                    List<Coding> rows = codings.subList(at, Math.min(codings.size(), at + ROWS_PER_INSERT));
                    if (rows.size() == ROWS_PER_INSERT) {
                        bind(connection, full, rows, coders, transcripts);
                        full.executeUpdate();
                    } else {
                        try (PreparedStatement some = connection.prepareStatement(sql(rows.size()))) {
                            bind(connection, some, rows, coders, transcripts);
                            some.executeUpdate();
                        }
                    }
                    at += rows.size();
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static String sql(int rows) {
        return "INSERT INTO codings (coder_id, transcript_id, code_id, start_turn, start_offset, end_turn, end_offset, "
                + "value, memo, created_at, updated_at) VALUES " + String.join(", ", Collections.nCopies(rows, ROW));
    }

    private static void bind(Connection connection, PreparedStatement insert, List<Coding> rows, Map<String, Long> coders,
                             Map<String, Long> transcripts) throws SQLException {
        int p = 1;
        for (Coding c : rows) {
            insert.setLong(p++, coderId(connection, c, coders));
            insert.setLong(p++, transcriptId(connection, c.transcript(), transcripts));
            insert.setString(p++, c.codeId());
            insert.setInt(p++, c.span().startTurn());
            insert.setInt(p++, c.span().startOffset());
            insert.setInt(p++, c.span().endTurn());
            insert.setInt(p++, c.span().endOffset());
            if (c.value() == null) {
                insert.setNull(p++, Types.REAL);
            } else {
                insert.setDouble(p++, c.value().doubleValue());
            }
            insert.setString(p++, c.memo());
            insert.setString(p++, c.created().toString());
            insert.setString(p++, c.updated().toString());
        }
    }

    private static long coderId(Connection connection, Coding coding, Map<String, Long> ids) throws SQLException {
        Long id = ids.get(coding.coder());
        if (id == null) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO coders (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")) {
                insert.setString(1, coding.coder());
                insert.setString(2, coding.created().toString());
                insert.executeUpdate();
            }
            id = id(connection, "SELECT id FROM coders WHERE name = ?", coding.coder());
            ids.put(coding.coder(), id);
        }
        return id;
    }

    private static long transcriptId(Connection connection, String name, Map<String, Long> ids) throws SQLException {
        Long id = ids.get(name);
        if (id == null) {
            id = id(connection, "SELECT id FROM transcripts WHERE name = ?", name);
            ids.put(name, id);
        }
        return id;
    }

    private static long id(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement q = connection.prepareStatement(sql)) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no row for '" + name + "': " + sql);
                }
                return rs.getLong(1);
            }
        }
    }
}
